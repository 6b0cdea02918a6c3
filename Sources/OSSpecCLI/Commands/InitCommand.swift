internal import OSSpecDiagnostics
internal import OSSpecModel
internal import OSSpecPlatform

/// `osspec init [FILE]`: writes a complete starter spec that lints clean.
struct InitCommand {
    static let spec = CommandSpec(
        name: "init",
        abstract: "Write a starter spec: every row filled and explained, clean under `osspec lint --strict`.",
        discussion: "Refuses to replace an existing file unless --force is given. The file is written whole "
            + "(a temporary file in the same directory, then moved into place), so it is never left half-written. "
            + "With --force a symbolic link is followed to the file it names; a folder, a pipe or a device is never replaced.",
        arguments: [ArgumentSpec("file", isOptional: true, help: "Where to write the spec (default: \(StarterSpec.defaultFileName)).")],
        options: [
            .value("name", valueName: "name", help: "The system's name: a letter, then letters, digits, '_' or '-' (default: X for a file X.osspec.yaml, else 'my-system')."),
            .flag("force", short: "f", help: "Replace the file if it exists."),
        ],
        examples: [
            ("osspec init", "Write osspec.yaml in the current directory."),
            ("osspec init --name support-desk specs/support.osspec.yaml", "Write a spec for 'support-desk'."),
        ])

    let environment: CLIEnvironment

    func run(_ arguments: [String]) -> Int32 {
        let invocation = SubcommandInvocation(spec: Self.spec, environment: environment)
        let parsed: ParsedArguments
        switch invocation.parse(arguments) {
        case .proceed(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        guard parsed.positionals.count <= 1 else {
            return invocation.usageError("Unexpected argument '\(parsed.positionals[1])'.")
        }
        let path = parsed.positionals.first ?? StarterSpec.defaultFileName
        guard !path.isEmpty, !path.hasSuffix("/") else { return invocation.usageError("'\(path)' is not a file name.") }
        let name = parsed.value("name", in: Self.spec) ?? StarterSpec.defaultName(forPath: path)
        guard Identifier.isValid(name) else {
            return invocation.usageError(
                "'\(name)' is not a valid name: use a letter, then letters, digits, '_' or '-' (at most \(Identifier.maxLength) characters).")
        }
        // A new project may not have the folder yet (`osspec init specs/app.osspec.yaml`).
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            do throws(FileError) {
                try FileSystem.makeDirectories(String(path[..<slash]))
            } catch {
                environment.writeError("Error: Cannot create the folder '\(error.path)': \(error.reason).\n")
                return ExitCode.usage
            }
        }
        var destination = path
        if parsed.flag("force") {
            switch ReplacedFile.destination(of: path) {
            case .success(let resolved): destination = resolved
            case .failure(let refusal):
                environment.writeError("Error: Cannot replace '\(path)': \(refusal.reason).\n")
                return ExitCode.usage
            }
        }
        do {
            try FileSystem.writeAtomically(Array(StarterSpec.text(name: name).utf8), to: destination, replace: parsed.flag("force"))
        } catch {
            switch error {
            case .exists: environment.writeError("Error: '\(path)' already exists; use --force to replace it.\n")
            case .io(let failure): environment.writeError("Error: Cannot write '\(path)': \(failure.reason).\n")
            }
            return ExitCode.usage
        }
        environment.writeOutput("Wrote \(path) for '\(name)'. Next: edit it, then run '\(ToolInfo.name) lint \(path)'.\n")
        return ExitCode.success
    }
}
