/// A path inside the output folder: relative, made of plain names, never `.` or `..`.
enum RelativePath {
    static func validate(_ path: String) throws(GenerateError) -> [String] {
        let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for component in components {
            guard !component.isEmpty, component != ".", component != "..",
                component.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0 != "\\" && $0.value != 0x7F })
            else {
                throw GenerateError("Refusing to write '\(path)': an output path must be relative, with plain names (no '.', '..', empty parts or control characters).")
            }
        }
        return components
    }
}
