internal import OSSpecDiagnostics

/// JUnit XML, which CI systems (GitLab, Jenkins, Azure DevOps, CircleCI) show as test results:
///
///     <testsuites name="osspec" tests="2" failures="1" errors="0">
///       <testsuite name="specs/a.osspec.yaml" tests="2" failures="1" errors="0" skipped="0">
///         <testcase classname="unknown-key" name="specs/a.osspec.yaml:12:5" file="specs/a.osspec.yaml" line="12">
///           <failure type="error" message="Unknown key 'modle'.">...</failure>
///         </testcase>
///         ...
///
/// One test suite per file, one test case per finding. A finding is a `<failure>` when it fails
/// the run: errors always, warnings with `--strict` (or past `--max-warnings`); other findings
/// are passing test cases that carry their text in `<system-out>`. A file without findings is
/// one passing test case, so it shows as checked. An unreadable path is a suite with an `<error>`.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let summary = "JUnit XML, for CI test reports (GitLab, Jenkins, Azure DevOps)"

    /// Whether warnings fail the run, and so are failures rather than passing test cases.
    public var warningsFail: Bool

    public init(warningsFail: Bool = false) {
        self.warningsFail = warningsFail
    }

    public func render(_ run: LintRun) -> String {
        var suites = ""
        var totals = (tests: 0, failures: 0, errors: 0)
        for file in run.files {
            let suite = renderSuite(file)
            suites += suite.text
            totals.tests += suite.tests
            totals.failures += suite.failures
        }
        for error in run.inputErrors {
            let path = XMLText.attribute(error.path)
            suites += "  <testsuite name=\"\(path)\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
            suites += "    <testcase classname=\"\(ToolInfo.name)\" name=\"\(path)\" file=\"\(path)\">\n"
            suites += "      <error type=\"input\" message=\"\(XMLText.attribute(error.message))\">"
                + XMLText.content(error.message) + "</error>\n"
            suites += "    </testcase>\n  </testsuite>\n"
            totals.tests += 1
            totals.errors += 1
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(ToolInfo.name)\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\" errors=\"\(totals.errors)\">\n"
            + suites + "</testsuites>\n"
    }

    private func renderSuite(_ file: FileReport) -> (text: String, tests: Int, failures: Int) {
        let path = XMLText.attribute(file.path)
        var cases = ""
        var failures = 0
        for diagnostic in file.diagnostics {
            let start = diagnostic.range.start
            cases += "    <testcase classname=\"\(XMLText.attribute(diagnostic.rule))\" name=\"\(path):\(start.line):\(start.column)\""
                + " file=\"\(path)\" line=\"\(start.line)\">\n"
            let details = XMLText.content(self.details(diagnostic, path: file.path))
            if fails(diagnostic.severity) {
                failures += 1
                cases += "      <failure type=\"\(diagnostic.severity.rawValue)\" message=\"\(XMLText.attribute(diagnostic.message))\">"
                    + details + "</failure>\n"
            } else {
                cases += "      <system-out>\(details)</system-out>\n"
            }
            cases += "    </testcase>\n"
        }
        var tests = file.diagnostics.count
        if file.diagnostics.isEmpty {
            cases += "    <testcase classname=\"\(ToolInfo.name)\" name=\"\(path)\" file=\"\(path)\"/>\n"
            tests = 1
        }
        let header = "  <testsuite name=\"\(path)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        return (header + cases + "  </testsuite>\n", tests, failures)
    }

    private func fails(_ severity: Severity) -> Bool {
        severity == .error || (severity == .warning && warningsFail)
    }

    /// The finding as the text format's first line, its hint and its notes.
    private func details(_ diagnostic: Diagnostic, path: String) -> String {
        let start = diagnostic.range.start
        var text = "\(path):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
        if let hint = diagnostic.hint { text += "\nhint: \(hint)" }
        for related in diagnostic.related {
            text += "\n\(path):\(related.range.start.line):\(related.range.start.column): note: \(related.message)"
        }
        return text
    }
}
