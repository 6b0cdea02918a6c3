internal import OSSpecDiagnostics
internal import OSSpecGenerate
internal import OSSpecPlatform
internal import OSSpecReport

/// `osspec generate SPEC`: the second job. Wiring only; the work is in OSSpecGenerate.
struct GenerateCommand {
    static let spec = CommandSpec(
        name: "generate",
        abstract: "Generate a runnable orchestrator project that enforces the spec.",
        discussion: "The spec is linted first, with its .osspec.yml (or --config) and suppression comments as osspec lint does, "
            + "and refused (exit 1) when it has errors; errors that the configuration or a comment waives refuse it too, since the "
            + "generated code could not enforce the architecture. Generated files are replaced on every run; "
            + "files meant for you (tool implementations, prompts) are written once and never overwritten. "
            + "Exits 0 on success, 1 when the spec has errors, generation fails or --check finds drift, 2 on a usage or input error.",
        arguments: [ArgumentSpec("spec", help: "The spec file.")],
        options: [
            .value("target", valueName: "target", allowed: GenerationTarget.allCases.map(\.rawValue),
                help: "What to generate (default: from kernel.orchestrator)."),
            .value("out", valueName: "dir", help: "The output folder (default: ./<name>)."),
            .value("templates", valueName: "dir", help: "Use the templates in this folder instead of the built-in ones."),
            .flag("force", help: "Generate into a non-empty folder that osspec did not generate."),
            .flag("check", help: "Write nothing; exit 1 listing the files that differ from what the spec generates."),
            SpecConfiguration.option,
        ],
        examples: [
            ("osspec generate specs/minimal.osspec.yaml --out minimal", "Generate the Swift package of a spec."),
            ("osspec generate specs/minimal.osspec.yaml --out minimal --check", "Is the generated code in sync with the spec?"),
        ])

    let environment: CLIEnvironment

    func run(_ arguments: [String]) -> Int32 {
        let invocation = SubcommandInvocation(spec: Self.spec, environment: environment)
        let usageError = invocation.usageError
        let parsed: ParsedArguments
        switch invocation.parse(arguments) {
        case .proceed(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        guard parsed.positionals.count == 1, let specPath = parsed.positionals.first else {
            return usageError(parsed.positionals.isEmpty ? "Missing expected argument '<spec>'." : "Give one spec file.")
        }
        // A file: its .osspec.yml is found from its folder, as lint finds it.
        guard specPath != "-" else { return usageError("generate reads a spec file, not standard input ('-').") }
        guard FileSystem.kind(of: specPath) == .regular else {
            environment.writeError("Error: Cannot read '\(specPath)': \(FileSystem.kind(of: specPath) == nil ? "no such file or directory" : "not a file").\n")
            return ExitCode.usage
        }
        var configurations = SpecConfiguration(environment: environment, configPath: parsed.value("config", in: Self.spec))
        guard let configuration = configurations.configuration(forFile: specPath) else { return ExitCode.usage }
        let loaded: LoadedSpec
        do { loaded = try LoadedSpec.load(path: specPath, adjusting: configuration.apply(to:)) } catch {
            environment.writeError("Error: Cannot read '\(error.path)': \(error.reason).\n")
            return ExitCode.usage
        }
        guard let spec = loaded.spec else {
            if loaded.report.count(of: .error) > 0 {
                environment.writeError(TextReporter(style: .plain).render(LintRun(files: [loaded.report], toolVersion: ToolInfo.version)))
                environment.writeError("Error: '\(specPath)' has lint errors; fix them before generating.\n")
            } else {
                var waived = loaded.report
                waived.diagnostics = loaded.waivedErrors
                environment.writeError(TextReporter(style: .plain).render(LintRun(files: [waived], toolVersion: ToolInfo.version)))
                environment.writeError(
                    "Error: '\(specPath)' has errors that its configuration or suppression comments waive for osspec lint, but not for "
                        + "generating: the generated code enforces the architecture, and cannot with these. Fix them before generating.\n")
            }
            return ExitCode.findings
        }

        // Warnings do not stop generation, but they are worth seeing before the code exists.
        if loaded.report.count(of: .warning) > 0 {
            environment.writeError(TextReporter(style: .plain).render(LintRun(files: [loaded.report], toolVersion: ToolInfo.version)))
        }
        let orchestrator = spec.kernel.content?.orchestrator?.value
        guard let target = parsed.value("target", in: Self.spec).flatMap(GenerationTarget.init(rawValue:))
            ?? GenerationTarget.forOrchestrator(orchestrator)
        else {
            return usageError("kernel.orchestrator is '\(orchestrator ?? "")', which osspec has no target for; choose one with --target swift|langgraph.")
        }
        let templates: [String: String]
        if let folder = parsed.value("templates", in: Self.spec) {
            do { templates = try TemplateSource.directory(folder) } catch {
                environment.writeError("Error: \(error.message)\n")
                return ExitCode.usage
            }
        } else if let embedded = TemplateSource.embedded(target) {
            templates = embedded
        } else {
            environment.writeError("Error: This osspec has no built-in templates for the '\(target.rawValue)' target yet; give them with --templates.\n")
            return ExitCode.findings
        }

        let output = parsed.value("out", in: Self.spec) ?? spec.name?.value ?? "."
        do throws(GenerateError) {
            let files = try Generator().generate(spec: spec, specBytes: loaded.bytes, target: target, templates: templates)
            let writer = OutputWriter(outputPath: output)
            if parsed.flag("check") {
                let drift = writer.drift(files)
                if drift.isEmpty {
                    environment.writeOutput("'\(output)' is in sync with '\(specPath)' (\(Self.files(files.count))).\n")
                    return ExitCode.success
                }
                environment.writeOutput(drift.map { "\($0.reason): \($0.path)\n" }.joined())
                if drift.count == 1, drift[0].path == Generator.markerFile, drift[0].reason.hasPrefix("generated for the ") {
                    environment.writeOutput("'\(output)' holds another target's project: check it with that --target, or generate this one elsewhere.\n")
                    return ExitCode.findings
                }
                if drift.contains(where: { $0.path == Generator.markerFile && $0.reason == "differs" }) {
                    // The marker names the spec's digest, as every header does: all of them differ.
                    environment.writeOutput(
                        "The spec (or osspec) changed since '\(output)' was generated: every generated file's header names the spec's sha256 and osspec's version.\n")
                }
                let differing = drift.filter { $0.path != OutputWriter.journalFile }.count
                environment.writeOutput("\(differing) of \(files.count) files differ from what '\(specPath)' generates; run osspec generate to update them.\n")
                return ExitCode.findings
            }
            let summary = try writer.write(files, force: parsed.flag("force"))
            if summary.finishedFromEarlierRun > 0 {
                environment.writeOutput(
                    "Finished an earlier, interrupted run first: moved its remaining \(Self.files(summary.finishedFromEarlierRun)) into '\(output)'.\n")
            }
            var message = "Generated \(Self.files(summary.written.count)) for the \(target.rawValue) target in '\(output)'"
            message += summary.kept.isEmpty ? ".\n" : "; kept \(Self.files(summary.kept.count)) you own.\n"
            environment.writeOutput(message)
            return ExitCode.success
        } catch {
            environment.writeError("Error: \(error.message)\n")
            return ExitCode.findings
        }
    }

    /// "1 file", "25 files".
    static func files(_ count: Int) -> String { count == 1 ? "1 file" : "\(count) files" }
}
