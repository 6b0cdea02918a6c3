internal import OSSpecDiagnostics
internal import OSSpecPlatform
internal import OSSpecReview
internal import OSSpecYAML

/// How the review commands read a spec argument: a file, `-` for standard input, or
/// `git:REV:PATH` for a version in git history (`git show REV:PATH`, run without a shell).
/// Each is linted as `osspec lint` would lint it, with its configuration: the `.osspec.yml`
/// files above it (for `git:REV:PATH`, above PATH in the working tree, read as git reads it:
/// from the repository's root unless it starts with `./` or `../`), or `--config`.
struct ReviewSpecInput {
    let environment: CLIEnvironment
    private var configurations: SpecConfiguration

    init(environment: CLIEnvironment, configPath: String?) {
        self.environment = environment
        configurations = SpecConfiguration(environment: environment, configPath: configPath)
    }

    /// The spec, or nil after writing "Error: ..." (the caller exits 2).
    mutating func read(_ argument: String) -> ReviewedSpec? {
        let limit = LoaderLimits.default.maxFileBytes
        if argument.hasPrefix("git:") {
            return readFromGit(String(argument.dropFirst(4)), argument: argument, limit: limit)
        }
        let contents: FileContents
        do throws(FileError) {
            contents = argument == "-" ? try environment.readStandardInput(limit) : try FileSystem.read(path: argument, maxBytes: limit)
        } catch {
            environment.writeError("Error: Cannot read '\(error.path)': \(error.reason).\n")
            return nil
        }
        return reviewed(contents, path: argument == "-" ? "<stdin>" : argument, configuredAs: argument == "-" ? nil : argument, limit: limit)
    }

    private mutating func readFromGit(_ revisionAndPath: String, argument: String, limit: Int) -> ReviewedSpec? {
        guard let colon = revisionAndPath.firstIndex(of: ":"), colon != revisionAndPath.startIndex,
            revisionAndPath.index(after: colon) != revisionAndPath.endIndex
        else {
            environment.writeError("Error: '\(argument)' is not of the form git:REV:PATH (for example git:HEAD~1:specs/app.osspec.yaml).\n")
            return nil
        }
        let revision = revisionAndPath[..<colon]
        // A revision starting with '-' would be read by git as an option.
        guard !revision.hasPrefix("-") else {
            environment.writeError("Error: '\(revision)' is not a git revision.\n")
            return nil
        }
        let result: Subprocess.Result
        do throws(FileError) {
            result = try Subprocess.run("git", ["show", "--end-of-options", revisionAndPath], maxBytes: limit)
        } catch {
            environment.writeError("Error: Cannot run git to read '\(argument)': \(error.reason).\n")
            return nil
        }
        guard result.status == 0 || result.truncated else {
            let message = result.errorOutput.split(separator: "\n").first.map(String.init) ?? "exit status \(result.status)"
            environment.writeError("Error: Cannot read '\(argument)' from git: \(message)\n")
            return nil
        }
        let contents: FileContents = result.truncated ? .tooLarge(size: result.output.count, isExact: false) : .bytes(result.output)
        return reviewed(contents, path: argument, configuredAs: Self.workingTreePath(String(revisionAndPath[revisionAndPath.index(after: colon)...])), limit: limit)
    }

    /// PATH of `git:REV:PATH` as a path from the current directory, for its configuration: git
    /// reads PATH from the repository's root, unless it starts with `./` or `../`.
    static func workingTreePath(_ path: String) -> String {
        if path.hasPrefix("./") || path.hasPrefix("../") || path.hasPrefix("/") { return path }
        guard let result = try? Subprocess.run("git", ["rev-parse", "--show-toplevel"], maxBytes: 64 * 1024),
            result.status == 0, !result.truncated
        else { return path }
        var root = String(decoding: result.output, as: UTF8.self)
        while root.hasSuffix("\n") || root.hasSuffix("\r") { root.removeLast() }
        return root.isEmpty ? path : root + "/" + path
    }

    /// `configuredAs`: the file whose configuration applies (nil: standard input's).
    private mutating func reviewed(_ contents: FileContents, path: String, configuredAs file: String?, limit: Int) -> ReviewedSpec? {
        switch contents {
        case .bytes(let bytes):
            guard let configuration = configurations.configuration(forFile: file) else { return nil }
            return ReviewedSpec(bytes: bytes, path: path, adjusting: configuration.apply(to:))
        case .tooLarge(let size, _):
            environment.writeError("Error: '\(path)' is \(size) bytes or more, larger than the limit of \(limit) bytes.\n")
            return nil
        }
    }
}
