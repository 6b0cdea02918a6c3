internal import OSSpecConfig
internal import OSSpecDiagnostics
internal import OSSpecLint
internal import OSSpecPlatform
internal import OSSpecReport
internal import OSSpecYAML

/// `osspec lint`: the first job. Lints files, directories and standard input, prints findings
/// in the chosen format, and exits 0 (clean), 1 (findings that fail) or 2 (usage or input).
struct LintCommand {
    static let spec = CommandSpec(
        name: "lint",
        abstract: "Check specs: every row filled, references, permissions, budgets, routing, tracing.",
        discussion: "Reports every finding with its file, line and column, rule id, severity and a fix hint. "
            + "Exits 0 when there are no errors, 1 when there are (or warnings with --strict), 2 on a usage or input error.",
        arguments: [
            ArgumentSpec(
                "path", repeats: true,
                help: "Spec files or directories (searched for *.osspec.yaml, *.osspec.yml, osspec.yaml, osspec.yml); '-' reads standard input.")
        ],
        options: [
            .value("format", valueName: "format", allowed: ReporterList.identifiers, default: "text",
                help: "Output format: text for people, json for programs, sarif for code scanning, "
                    + "github for Actions annotations, junit for CI test reports."),
            .flag("strict", help: "Fail (exit 1) on warnings too."),
            .flag("quiet", short: "q", help: "Report errors only (and warnings when --strict or --max-warnings makes them fail)."),
            .value("max-warnings", valueName: "count", help: "Fail (exit 1) when there are more warnings than this."),
            .value("color", valueName: "when", allowed: ["auto", "always", "never"], default: "auto",
                help: "Colour the text output; auto means on a terminal, unless NO_COLOR is set or TERM is dumb."),
            .value("stdin-filename", valueName: "name", help: "The path to report for standard input (default: <stdin>)."),
            .value("max-file-size", valueName: "bytes", default: String(LoaderLimits.default.maxFileBytes),
                help: "Refuse files larger than this."),
            .value("max-depth", valueName: "levels", default: String(LoaderLimits.default.maxDepth),
                help: "Refuse nesting deeper than this (at most \(Self.maxDepthCeiling))."),
            .value("max-nodes", valueName: "count", default: String(LoaderLimits.default.maxNodes),
                help: "Refuse documents with more nodes than this (at most \(Int32.max))."),
            .value("max-alias-nodes", valueName: "count", default: String(LoaderLimits.default.aliasExpansionFloor),
                help: "Refuse documents whose aliases expand past this many nodes, or \(LoaderLimits.default.aliasExpansionFactor) times the nodes written if more."),
            .value("max-findings", valueName: "count", default: String(LoaderLimits.default.maxFindingsPerFile),
                help: "List at most this many findings per file; the rest are counted in one too-many-findings finding."),
            .value("jobs", short: "j", valueName: "count",
                help: "Use this many threads (default: the processors osspec may use): files side by side, and a large spec's own work over the threads the files leave. The output is the same whatever it is."),
        ] + configurationOptions,
        examples: [
            ("osspec lint specs/interviewlm.osspec.yaml", "Lint one spec, with source snippets and hints."),
            ("osspec lint --format json a.osspec.yaml b.osspec.yaml", "Lint two specs; one JSON object on standard output."),
            ("cat x.yaml | osspec lint --stdin-filename x.yaml -", "Lint standard input, reporting it as x.yaml."),
            ("osspec lint --strict .", "Lint every spec under the current directory; warnings fail too."),
            ("osspec lint --format sarif . > osspec.sarif", "SARIF for GitHub code scanning (upload-sarif)."),
        ])

    /// libyaml's own time grows faster than linearly with nesting (2 s at 20,000 levels), so
    /// the depth limit can be raised only this far.
    static let maxDepthCeiling = 4096

    let environment: CLIEnvironment

    func run(_ arguments: [String]) -> Int32 {
        let invocation = SubcommandInvocation(spec: Self.spec, environment: environment)
        let usageError = invocation.usageError
        let parsed: ParsedArguments
        switch invocation.parse(arguments) {
        case .proceed(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        if let path = parsed.value("print-config", in: Self.spec) {
            guard parsed.positionals.isEmpty else { return usageError("'--print-config' takes no other paths.") }
            return printConfiguration(for: path, configPath: parsed.value("config", in: Self.spec))
        }
        guard !parsed.positionals.isEmpty else { return usageError("Missing expected argument '<path> ...'.") }
        guard parsed.positionals.filter({ $0 == "-" }).count <= 1 else {
            return usageError("Standard input ('-') can be given only once.")
        }
        var limits = LoaderLimits.default
        guard let maxFileBytes = Self.positiveInteger(parsed.value("max-file-size", in: Self.spec)), maxFileBytes <= Int(Int32.max) else {
            return usageError("'--max-file-size' needs a whole number of bytes from 1 to \(Int32.max).")
        }
        guard let maxDepth = Self.positiveInteger(parsed.value("max-depth", in: Self.spec)), maxDepth <= Self.maxDepthCeiling
        else {
            return usageError("'--max-depth' needs a whole number from 1 to \(Self.maxDepthCeiling).")
        }
        // Node indices and offsets are 32-bit: the limits stop below that.
        guard let maxNodes = Self.positiveInteger(parsed.value("max-nodes", in: Self.spec)), maxNodes <= Int(Int32.max) else {
            return usageError("'--max-nodes' needs a whole number from 1 to \(Int32.max).")
        }
        guard let maxAliasNodes = Self.positiveInteger(parsed.value("max-alias-nodes", in: Self.spec)) else {
            return usageError("'--max-alias-nodes' needs a whole number above 0.")
        }
        guard let maxFindings = Self.positiveInteger(parsed.value("max-findings", in: Self.spec)) else {
            return usageError("'--max-findings' needs a whole number above 0.")
        }
        limits.aliasExpansionFloor = maxAliasNodes
        limits.maxFindingsPerFile = maxFindings
        limits.maxFileBytes = maxFileBytes
        limits.maxDepth = maxDepth
        limits.maxNodes = maxNodes
        var maxWarnings: Int?
        if let text = parsed.value("max-warnings", in: Self.spec) {
            guard let value = Int(text), value >= 0 else {
                return usageError("'--max-warnings' needs a whole number of warnings, 0 or more.")
            }
            maxWarnings = value
        }
        // The processor budget reads a few files of the kernel's: only when --jobs does not say.
        let threads: Int
        if let text = parsed.value("jobs", in: Self.spec) {
            guard let value = Self.positiveInteger(text) else { return usageError("'--jobs' needs a whole number of threads above 0.") }
            threads = value
        } else {
            threads = ParallelWork.processorCount
        }
        if parsed.value("stdin-filename", in: Self.spec) != nil, !parsed.positionals.contains("-") {
            return usageError("'--stdin-filename' names standard input, but no '-' is given.")
        }

        // Every path must exist before anything is linted: a typo is a usage error (exit 2).
        for path in parsed.positionals + [parsed.value("config", in: Self.spec)].compactMap({ $0 })
        where path != "-" && FileSystem.kind(of: path) == nil {
            environment.writeError("Error: Cannot read '\(path)': no such file or directory.\n")
            return ExitCode.usage
        }

        // Each spec's .osspec.yml (or --config) applies; a broken one stops its specs (exit 2).
        // Standard input is linted alone, so it may use every thread (if it is large).
        var linter = ConfiguredLinter(
            linter: Linter(limits: limits, parallelism: Parallelism(threads: threads)), configPath: parsed.value("config", in: Self.spec))
        var inputErrors: [InputError] = []
        // First, in input order: discovery, configuration and standard input. Then the files
        // are linted in parallel, their reports kept in that order.
        var jobs: [LintJob] = []
        // A file named twice (directly and through its folder) is linted once.
        var linted = Set<String>()
        let firstTime = { (path: String) in linted.insert(FileSystem.canonicalPath(path) ?? path).inserted }
        // A name that is not UTF-8 cannot be resolved itself, but its folder can.
        var unreadableNames = Set<String>()
        let firstTimeUnreadable = { (path: String) -> Bool in
            guard let slash = path.lastIndex(of: "/") else { return unreadableNames.insert(path).inserted }
            let folder = slash == path.startIndex ? "/" : String(path[..<slash])
            return unreadableNames.insert((FileSystem.canonicalPath(folder) ?? folder) + path[slash...]).inserted
        }
        func addFile(_ file: String) {
            guard firstTime(file), let configuration = linter.configurationToLint(filePath: file) else { return }
            jobs.append(.file(file, configuration))
        }
        for path in parsed.positionals {
            do throws(LintInputError) {
                if path == "-" {
                    let contents = try environment.readStandardInput(limits.maxFileBytes)
                    if let report = linter.lint(standardInput: contents, name: parsed.value("stdin-filename", in: Self.spec)) {
                        jobs.append(.linted(report))
                    }
                } else if FileSystem.kind(of: path) == .directory {
                    let walked = try SpecDiscovery.walk(path)
                    let found = walked.specs
                    for spec in walked.specsNotUTF8 where firstTimeUnreadable(spec) {
                        let inputError = InputError(
                            path: spec, message: "Cannot read '\(spec)': its name is not valid UTF-8, so osspec cannot open it; rename it.")
                        environment.writeError("Error: \(inputError.message)\n")
                        inputErrors.append(inputError)
                    }
                    for folder in walked.foldersNotUTF8 where firstTimeUnreadable(folder) {
                        environment.writeError(
                            "Note: skipped the folder '\(folder)': its name is not valid UTF-8, so osspec cannot look inside; rename it to lint the specs in it.\n")
                    }
                    if found.isEmpty && walked.specsNotUTF8.isEmpty {
                        let inputError = InputError(
                            path: path,
                            message: "No spec files under '\(path)' (looked for *.osspec.yaml, *.osspec.yml, osspec.yaml, osspec.yml).")
                        environment.writeError("Error: \(inputError.message)\n")
                        inputErrors.append(inputError)
                    }
                    found.forEach(addFile)
                } else {
                    addFile(path)
                }
            } catch {
                let inputError = InputError(path: error.path, message: "Cannot read '\(error.path)': \(error.reason).")
                environment.writeError("Error: \(inputError.message)\n")
                inputErrors.append(inputError)
            }
        }
        // Threads the files leave over go to each file's own work: one large spec gets them all.
        let fileCount = jobs.count { if case .file = $0 { true } else { false } }
        linter.linter.parallelism = Parallelism(threads: threads / max(1, fileCount))
        var reports: [FileReport] = []
        for outcome in LintJob.run(jobs, with: linter, threads: threads) {
            switch outcome {
            case .success(let report): reports.append(report)
            case .failure(let error):
                let inputError = InputError(path: error.path, message: "Cannot read '\(error.path)': \(error.reason).")
                environment.writeError("Error: \(inputError.message)\n")
                inputErrors.append(inputError)
            }
        }
        let configFailed = ConfigProblemReport(environment: environment).write(linter.configProblems)
        // The exit status counts every finding; --quiet only hides what is printed.
        let summary = LintRun(files: reports, toolVersion: ToolInfo.version).summary
        let tooManyWarnings = maxWarnings.map { summary.warnings > $0 } ?? false
        let warningsFail = parsed.flag("strict") || tooManyWarnings
        // --quiet hides what cannot fail the run: with --strict (or past --max-warnings),
        // warnings fail and stay shown.
        if parsed.flag("quiet") {
            let shown: Set<Severity> = warningsFail ? [.error, .warning] : [.error]
            reports = reports.map { report in
                var filtered = report
                filtered.diagnostics = report.diagnostics.filter { shown.contains($0.severity) }
                return filtered
            }
        }

        let run = LintRun(files: reports, toolVersion: ToolInfo.version, inputErrors: inputErrors)
        if (inputErrors.isEmpty && !configFailed) || !reports.isEmpty {
            environment.writeOutput(
                render(
                    run, format: parsed.value("format", in: Self.spec) ?? "text", color: parsed.value("color", in: Self.spec) ?? "auto",
                    warningsFail: warningsFail))
        }
        if !inputErrors.isEmpty || configFailed { return ExitCode.usage }
        if let maxWarnings, tooManyWarnings {
            environment.writeError(
                "Too many warnings: \(summary.warnings), more than the maximum of \(maxWarnings) (--max-warnings).\n")
        }
        let fails = summary.errors > 0 || (warningsFail && summary.warnings > 0)
        return fails ? ExitCode.findings : ExitCode.success
    }

    private func render(_ run: LintRun, format: String, color: String, warningsFail: Bool) -> String {
        switch format {
        case JSONReporter.identifier:
            return JSONReporter().render(run)
        case SARIFReporter.identifier:
            return SARIFReporter(rules: RuleHelpCatalogue.rules(), workingDirectory: FileSystem.currentDirectory()).render(run)
        case GitHubReporter.identifier:
            return GitHubReporter(workingDirectory: FileSystem.currentDirectory()).render(run)
        case JUnitReporter.identifier:
            return JUnitReporter(warningsFail: warningsFail).render(run)
        default:
            return TextReporter(style: ANSIStyle(enabled: useColor(color))).render(run)
        }
    }

    /// `always` and `never` are explicit; `auto` colours a terminal unless NO_COLOR is set
    /// (https://no-color.org: any non-empty value) or TERM is `dumb`.
    private func useColor(_ choice: String) -> Bool {
        switch choice {
        case "always": return true
        case "never": return false
        default:
            if let noColor = environment.environmentVariable("NO_COLOR"), !noColor.isEmpty { return false }
            if environment.environmentVariable("TERM") == "dumb" { return false }
            return environment.outputIsTerminal
        }
    }

    private static func positiveInteger(_ text: String?) -> Int? {
        guard let text, let value = Int(text), value > 0 else { return nil }
        return value
    }
}
