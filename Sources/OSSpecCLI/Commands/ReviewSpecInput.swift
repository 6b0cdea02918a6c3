internal import OSSpecDiagnostics
internal import OSSpecPlatform
internal import OSSpecReview
internal import OSSpecYAML

/// How the review commands read a spec argument: a file, `-` for standard input, or
/// `git:REV:PATH` for a version in git history (`git show REV:PATH`, run without a shell).
struct ReviewSpecInput {
    let environment: CLIEnvironment

    /// The spec, or nil after writing "Error: ..." (the caller exits 2).
    func read(_ argument: String) -> ReviewedSpec? {
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
        return reviewed(contents, path: argument == "-" ? "<stdin>" : argument, limit: limit)
    }

    private func readFromGit(_ revisionAndPath: String, argument: String, limit: Int) -> ReviewedSpec? {
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
        return reviewed(contents, path: argument, limit: limit)
    }

    private func reviewed(_ contents: FileContents, path: String, limit: Int) -> ReviewedSpec? {
        switch contents {
        case .bytes(let bytes):
            return ReviewedSpec(bytes: bytes, path: path)
        case .tooLarge(let size, _):
            environment.writeError("Error: '\(path)' is \(size) bytes or more, larger than the limit of \(limit) bytes.\n")
            return nil
        }
    }
}
