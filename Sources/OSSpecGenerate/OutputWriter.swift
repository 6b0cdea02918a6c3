internal import OSSpecPlatform

/// Writes a generated project into its output folder, or compares it with what is there.
///
/// Safety: every output path is relative and made of plain names; no symbolic link inside the
/// output folder is followed (a path through one is refused); files are first written into a
/// temporary folder beside the output, and only moved into place once all of them are written,
/// so a failed or interrupted run leaves no half-written project. A new output folder appears
/// in one rename; an existing one is updated under a journal (`PendingMoves`) that the next run
/// finishes if this one is killed while moving files in. Files the user owns are written only
/// when absent.
public struct OutputWriter: Sendable {
    public var outputPath: String
    /// The journal of a regeneration that was committed but not finished (see `PendingMoves`).
    public static let journalFile = PendingMoves.journalName

    public init(outputPath: String) {
        var path = outputPath
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.outputPath = path
    }

    /// A file that differs between the spec and the project on disk.
    public struct Drift: Sendable, Equatable {
        public var path: String
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// What a write did.
    public struct Summary: Sendable, Equatable {
        public var written: [String]
        /// User-owned files left as they were.
        public var kept: [String]
        /// Files an earlier, interrupted run had staged, moved into place before this run.
        public var finishedFromEarlierRun: Int = 0
    }

    /// Stops a write after this many moves into an existing folder, as a kill would: for tests
    /// of the journal.
    var interruptAfterMoves: Int?

    /// The files that differ from what generation gives now. User-owned files are compared only
    /// for presence: their content is the user's.
    public func drift(_ files: [GeneratedFile]) -> [Drift] {
        if let (recorded, wanted) = targetMismatch(files) {
            return [Drift(path: Generator.markerFile, reason: "generated for the \(recorded) target, not \(wanted)")]
        }
        let unfinished = PathOperations.kind(outputPath + "/" + PendingMoves.journalName) == .missing
            ? [] : [Drift(path: PendingMoves.journalName, reason: "unfinished (an earlier osspec generate was interrupted)")]
        return unfinished + files.compactMap { file in
            let path = outputPath + "/" + file.path
            guard let bytes = PathOperations.read(path) else {
                return Drift(path: file.path, reason: PathOperations.kind(path) == .missing ? "missing" : "not a regular file")
            }
            if file.isUserOwned || bytes == Array(file.contents.utf8) { return nil }
            return Drift(path: file.path, reason: "differs")
        }
    }

    /// The target an earlier run recorded in the output's marker file and the one `files` are
    /// for, when they differ: one target over another would leave the first one's files behind.
    func targetMismatch(_ files: [GeneratedFile]) -> (recorded: String, wanted: String)? {
        guard let marker = PathOperations.read(outputPath + "/" + Generator.markerFile),
            let recorded = Self.target(in: String(decoding: marker, as: UTF8.self)),
            let wanted = files.first(where: { $0.path == Generator.markerFile }).flatMap({ Self.target(in: $0.contents) }),
            recorded != wanted
        else { return nil }
        return (recorded, wanted)
    }

    private static func target(in marker: String) -> String? {
        marker.split(separator: "\n").first { $0.hasPrefix("target ") }.map { String($0.dropFirst("target ".count)) }
    }

    public func write(_ files: [GeneratedFile], force: Bool) throws(GenerateError) -> Summary {
        // The staging folder goes beside the output, so `--out .` stages in the parent folder.
        let located = PathOperations.kind(outputPath) == .directory ? FileSystem.canonicalPath(outputPath) ?? outputPath : outputPath
        // Resolved, as a link there is where the user asked for the output (on macOS /tmp is a
        // link to /private/tmp); links inside the output are another matter, refused below.
        let parent = FileSystem.canonicalPath(Self.parent(of: located)) ?? Self.parent(of: located)
        guard PathOperations.kind(parent) == .directory else {
            throw GenerateError("The folder '\(parent)' that should hold '\(outputPath)' does not exist.")
        }
        // Runs into one output take turns; what is there is examined only under the lock.
        let lock = PathOperations.lockFolder(parent)
        defer { PathOperations.unlockFolder(lock) }

        let outputKind = PathOperations.kind(outputPath)
        let journal = PendingMoves(outputPath: outputPath, parent: parent, outputName: Self.lastComponent(located))
        switch outputKind {
        case .symbolicLink:
            throw GenerateError("'\(outputPath)' is a symbolic link; give the folder it points to as --out.")
        case .file, .other:
            throw GenerateError("'\(outputPath)' exists and is not a folder.")
        case .directory:
            if let (recorded, wanted) = targetMismatch(files) {
                throw GenerateError(
                    "'\(outputPath)' holds the \(recorded) target's project; generating the \(wanted) target over it would "
                        + "leave the \(recorded) files behind. Give another --out, or remove the folder first.")
            }
            let entries = (try? FileSystem.entries(of: outputPath)) ?? []
            let isOurs = PathOperations.kind(outputPath + "/" + Generator.markerFile) == .file || journal.isPending
            if !entries.isEmpty, !isOurs, !force {
                throw GenerateError(
                    "'\(outputPath)' is not empty and was not generated by osspec (no \(Generator.markerFile)); "
                        + "use --force to generate into it anyway (files osspec generates are replaced; others are left alone).")
            }
        case .missing:
            break
        }

        var finished = 0
        if outputKind == .directory {
            finished = try journal.finish()
        }
        // Without a lock another run may be staging right now: leave staging folders alone.
        if lock != nil {
            journal.removeAbandonedStaging()
        }

        // Decide everything before touching the output: what to write, what to keep, and that
        // no path runs through a link or a file.
        var toWrite: [GeneratedFile] = []
        var kept: [String] = []
        for file in files {
            let components = try RelativePath.validate(file.path)
            if outputKind == .directory {
                try checkRoute(components)
            }
            if file.isUserOwned, outputKind == .directory, PathOperations.kind(outputPath + "/" + file.path) != .missing {
                kept.append(file.path)
            } else {
                toWrite.append(file)
            }
        }

        let staging = try PathOperations.makeStagingDirectory(prefix: parent + "/" + journal.stagingPrefix)
        do throws(GenerateError) {
            for file in toWrite {
                try Self.makeParents(of: file.path, under: staging)
                try PathOperations.createFile(staging + "/" + file.path, Array(file.contents.utf8))
            }
            if outputKind == .missing {
                try PathOperations.move(staging, to: outputPath)
                return Summary(written: toWrite.map(\.path), kept: kept, finishedFromEarlierRun: finished)
            }
            try journal.commit(staging: staging, userOwned: toWrite.filter(\.isUserOwned).map(\.path))
        } catch {
            PathOperations.removeTree(staging)
            throw error
        }
        // Committed: from here a failure leaves the journal, and the next run finishes the moves.
        for (index, file) in toWrite.enumerated() {
            if index == interruptAfterMoves { throw GenerateError("interrupted after \(index) moves (test)") }
            do throws(GenerateError) {
                try Self.makeParents(of: file.path, under: outputPath)
                try PathOperations.move(staging + "/" + file.path, to: outputPath + "/" + file.path)
            } catch {
                throw GenerateError("\(error.message) The other new files wait in '\(staging)'; run osspec generate again to finish.")
            }
        }
        _ = try journal.finish()
        return Summary(written: toWrite.map(\.path), kept: kept, finishedFromEarlierRun: finished)
    }

    /// Every folder on the way to a file must be a real folder (or not exist yet), and the
    /// file itself a regular file, a link (replaced, not followed) or absent.
    private func checkRoute(_ components: [String]) throws(GenerateError) {
        var path = outputPath
        for (index, component) in components.enumerated() {
            path += "/" + component
            let kind = PathOperations.kind(path)
            let isLast = index == components.count - 1
            switch kind {
            case .missing: return
            case .directory where !isLast: continue
            case .file where isLast, .symbolicLink where isLast: return
            case .symbolicLink:
                throw GenerateError("Refusing to write through the symbolic link '\(path)' inside the output folder.")
            default:
                throw GenerateError("Cannot write '\(path)': something else is in the way (a \(isLast ? "folder" : "file")).")
            }
        }
    }

    private static func makeParents(of relativePath: String, under root: String) throws(GenerateError) {
        var path = root
        for component in relativePath.split(separator: "/").dropLast() {
            path += "/" + component
            try PathOperations.makeDirectory(path)
        }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? "output"
    }
}
