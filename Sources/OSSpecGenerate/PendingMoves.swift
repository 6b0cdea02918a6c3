internal import OSSpecPlatform

/// The journal that makes regenerating into an existing folder all or nothing, even when the run
/// is killed part way.
///
/// A folder that already exists cannot be replaced in one rename (it may hold the user's own
/// files, `.git/` or `.build/`), so new files go in one move each. Once every file is staged,
/// the name of the staging folder is written to `<out>/.osspec-pending` in one rename: from then
/// on the regeneration is committed. Each later run (of `osspec generate`) first finishes a
/// committed regeneration by moving what is still staged, and `--check` reports one as
/// unfinished. A run killed before the commit leaves the output as it was and an abandoned
/// staging folder, which the next run deletes. Runs on one output folder take turns through a
/// lock on the folder that holds it.
struct PendingMoves {
    static let journalName = ".osspec-pending"

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

    /// Marks the staging folder complete: its files now belong in the output.
    func commit(staging: String) throws(GenerateError) {
        let temporary = journalPath + ".tmp"
        PathOperations.removeTree(temporary)
        try PathOperations.createFile(temporary, Array((OutputWriter.lastComponent(staging) + "\n").utf8))
        try PathOperations.move(temporary, to: journalPath)
    }

    /// Moves what a committed regeneration left staged into the output, then forgets it.
    /// Returns the number of files moved.
    func finish() throws(GenerateError) -> Int {
        guard isPending else { return 0 }
        guard PathOperations.kind(journalPath) == .file, let bytes = PathOperations.read(journalPath) else {
            throw GenerateError("'\(journalPath)' is not a file osspec wrote; remove it and generate again.")
        }
        var name = String(decoding: bytes, as: UTF8.self)
        if name.hasSuffix("\n") { name.removeLast() }
        guard name.hasPrefix(stagingPrefix), !name.contains("/"), name.count > stagingPrefix.count else {
            throw GenerateError("'\(journalPath)' does not name a staging folder of this output; remove it and generate again.")
        }
        let staging = parent + "/" + name
        var moved = 0
        if PathOperations.kind(staging) == .directory {
            try moveTree(from: staging, to: outputPath, moved: &moved)
            PathOperations.removeTree(staging)
        }
        PathOperations.removeTree(journalPath)
        return moved
    }

    /// Deletes staging folders of this output that no committed regeneration names: what runs
    /// killed before their commit left behind. Only under the lock, so no run is using them.
    func removeAbandonedStaging() {
        guard !isPending else { return }
        PathOperations.removeTree(journalPath + ".tmp")
        for entry in (try? FileSystem.entries(of: parent)) ?? [] where entry.name.hasPrefix(stagingPrefix) {
            PathOperations.removeTree(parent + "/" + entry.name)
        }
    }

    /// Moves every file under `source` to the same place under `destination`, making folders as
    /// needed; a link or a file where a folder should be is refused, never followed.
    private func moveTree(from source: String, to destination: String, moved: inout Int) throws(GenerateError) {
        for entry in (try? FileSystem.entries(of: source)) ?? [] {
            let from = source + "/" + entry.name
            let to = destination + "/" + entry.name
            switch PathOperations.kind(from) {
            case .directory:
                switch PathOperations.kind(to) {
                case .missing: try PathOperations.makeDirectory(to)
                case .directory: break
                default: throw GenerateError("Cannot finish the earlier run: '\(to)' is in the way of a folder.")
                }
                try moveTree(from: from, to: to, moved: &moved)
            case .file:
                guard PathOperations.kind(to) != .directory else {
                    throw GenerateError("Cannot finish the earlier run: the folder '\(to)' is in the way of a file.")
                }
                try PathOperations.move(from, to: to)
                moved += 1
            default:
                continue
            }
        }
    }
}
