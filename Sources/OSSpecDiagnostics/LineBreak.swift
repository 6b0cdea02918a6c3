/// The line breaks libyaml counts: LF, CR LF, a lone CR, and the UTF-8 forms of NEL (U+0085),
/// LS (U+2028) and PS (U+2029). One definition for every place that turns bytes into lines
/// (source snippets, positions of bad bytes, comments), so they all agree with the loader.
public enum LineBreak {
    /// The number of bytes of the line break that starts at `index`, or 0 when none does.
    @inlinable
    public static func length<Bytes: RandomAccessCollection>(at index: Int, in bytes: Bytes) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let end = bytes.endIndex
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < end && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }
}
