internal import OSSpecPlatform

/// The journal that makes regenerating into an existing folder finish as a whole, even when the
/// run is killed part way.
///
/// A folder that already exists cannot be replaced in one rename (it may hold the user's own
/// files, `.git/` or `.build/`), so new files go in one move each. Once every file is staged,
/// a journal naming the staging folder (and the files in it that the user owns) is written
/// inside it and renamed to `<out>/.osspec-pending`: from then on the regeneration is
/// committed. That rename also proves the staging folder and the output are on one file system,
/// so every later move is a rename that cannot fail for that reason. Each later run first
/// finishes a committed regeneration by moving what is still staged, and `--check` reports one
/// as unfinished. A run killed before the commit leaves the output as it was and an abandoned
/// staging folder, which the next run deletes. This covers a killed process, not a power loss
/// (nothing is synced to disk).
struct PendingMoves {
    static let journalName = ".osspec-pending"
    /// `mkdtemp` replaces six X's with letters and digits, on glibc and on macOS.
    static let randomSuffixLength = 6

    /// The output folder, as given.
    let outputPath: String
    /// The folder that holds the output and its staging folders.
    let parent: String
    /// What every staging folder of this output is named, before its random suffix.
    let stagingPrefix: String

    init(outputPath: String, parent: String, outputName: String) {
        self.outputPath = outputPath
        self.parent = parent
        self.stagingPrefix = "." + outputName + ".osspec-tmp-"
    }

    var journalPath: String { outputPath + "/" + Self.journalName }

    var isPending: Bool { PathOperations.kind(journalPath) != .missing }

    /// Whether `name` is a staging folder of this output and not, say, of a sibling output whose
    /// own name starts like this one's staging folders.
    func isStagingName(_ name: String) -> Bool {
        guard name.hasPrefix(stagingPrefix) else { return false }
        let suffix = name.utf8.dropFirst(stagingPrefix.utf8.count)
        return suffix.count == Self.randomSuffixLength && suffix.allSatisfy { $0.isASCIILetterOrDigit }
    }

    /// Marks the staging folder complete: its files now belong in the output. `userOwned` are
    /// the staged files the user owns, which finishing never puts over a file that is there.
    func commit(staging: String, userOwned: [String]) throws(GenerateError) {
        let text = ([OutputWriter.lastComponent(staging)] + userOwned.map { "user " + $0 }).joined(separator: "\n") + "\n"
        try PathOperations.createFile(staging + "/" + Self.journalName, Array(text.utf8))
        try PathOperations.move(staging + "/" + Self.journalName, to: journalPath)
    }

    /// Moves what a committed regeneration left staged into the output, then forgets it.
    /// Returns the number of files moved.
    func finish() throws(GenerateError) -> Int {
        guard isPending else { return 0 }
        guard PathOperations.kind(journalPath) == .file, let bytes = PathOperations.read(journalPath) else {
            throw GenerateError("'\(journalPath)' is not a file osspec wrote; remove it and generate again.")
        }
        let lines = bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        guard let name = lines.first, isStagingName(name) else {
            throw GenerateError("'\(journalPath)' does not name a staging folder of this output; remove it and generate again.")
        }
        let userOwned = Set(lines.dropFirst().compactMap { $0.hasPrefix("user ") ? String($0.dropFirst(5)) : nil })
        let staging = parent + "/" + name
        var moved = 0
        if PathOperations.kind(staging) == .directory {
            do throws(GenerateError) {
                try moveTree(from: staging, to: outputPath, relative: "", userOwned: userOwned, moved: &moved)
            } catch {
                throw GenerateError(
                    "Cannot finish an earlier, interrupted osspec generate into '\(outputPath)': \(error.message) "
                        + "To abandon it instead, remove '\(journalPath)' and '\(staging)'.")
            }
            PathOperations.removeTree(staging)
        }
        PathOperations.removeTree(journalPath)
        return moved
    }

    /// Deletes staging folders of this output that no committed regeneration names: what runs
    /// killed before their commit left behind. Only under the lock, so no run is using them.
    func removeAbandonedStaging() {
        guard !isPending else { return }
        for entry in (try? FileSystem.entries(of: parent)) ?? [] where isStagingName(entry.name) {
            PathOperations.removeTree(parent + "/" + entry.name)
        }
    }

    /// Moves every file under `source` to the same place under `destination`, making folders as
    /// needed; a link or a file where a folder should be is refused, never followed. A staged
    /// file the user owns is dropped when the user has made that file since.
    private func moveTree(
        from source: String, to destination: String, relative: String, userOwned: Set<String>, moved: inout Int
    ) throws(GenerateError) {
        for entry in (try? FileSystem.entries(of: source)) ?? [] {
            let from = source + "/" + entry.name
            let to = destination + "/" + entry.name
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            switch PathOperations.kind(from) {
            case .directory:
                switch PathOperations.kind(to) {
                case .missing: try PathOperations.makeDirectory(to)
                case .directory: break
                default: throw GenerateError("'\(to)' is in the way of a folder.")
                }
                try moveTree(from: from, to: to, relative: path, userOwned: userOwned, moved: &moved)
            case .file:
                let existing = PathOperations.kind(to)
                if existing == .directory { throw GenerateError("the folder '\(to)' is in the way of a file.") }
                if userOwned.contains(path), existing != .missing { continue }
                try PathOperations.move(from, to: to)
                moved += 1
            default:
                continue
            }
        }
    }
}

extension UInt8 {
    fileprivate var isASCIILetterOrDigit: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
            || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9"))
    }
}
