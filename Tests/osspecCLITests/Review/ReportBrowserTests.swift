import Foundation
import Testing

/// The report in a real browser: Debian's headless Chromium loads it, the DOM it builds holds
/// every section, and the page logs nothing to the console.
@Suite(
    "osspec report in Chromium", .serialized,
    .enabled(if: ExternalTool.isAvailableOrRequired("chromium", "chromium-browser"), "chromium is not on PATH (apt-get install chromium)"))
struct ReportBrowserTests {
    static let screenshot = TestFiles.packageRoot.appendingPathComponent("docs/images/report.png")

    static func chromium() throws -> URL {
        try #require(
            ExternalTool.find("chromium") ?? ExternalTool.find("chromium-browser"),
            "chromium is not on PATH; .ci/run installs it (apt-get install chromium).")
    }

    static let flags = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]

    @Test("Each section is in the DOM and nothing is logged to the console", arguments: ReviewFixtures.exampleSpecs + [ReviewFixtures.hostile])
    func dom(spec: String) throws {
        let chromium = try Self.chromium()
        let directory = try TemporaryDirectory()
        let page = directory.url.appendingPathComponent("report.html")
        let result = try OSSpec.run(["report", "-o", page.path, spec], directory: TestFiles.packageRoot)
        try #require(result.exitCode == 0, "\(result)")
        let run = try ExternalTool.capture(
            chromium, Self.flags + ["--user-data-dir=\(directory.url.path)/profile", "--dump-dom", page.absoluteString], timeout: 90)
        #expect(run.status == 0, "\(run.stderr)")
        for id in ReportCommandTests.sectionIDs {
            #expect(run.stdout.contains("<section id=\"\(id)\">"), "section \(id) in the DOM")
        }
        #expect(run.stdout.contains("<svg class=\"agent-graph\""))
        #expect(!run.stdout.contains("<script"), "no script element, even from a hostile spec")
        let console = run.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        #expect(console.isEmpty, "console messages: \(console)")
    }

    /// Chromium writes a console line for a script error: the check above can fail.
    @Test("The console check sees a script error")
    func consoleCheckWorks() throws {
        let chromium = try Self.chromium()
        let directory = try TemporaryDirectory()
        let page = try directory.write("<!DOCTYPE html><p>x</p><script>undefinedFunction()</script>", to: "bad.html")
        let run = try ExternalTool.capture(
            chromium, Self.flags + ["--user-data-dir=\(directory.url.path)/profile", "--dump-dom", page.absoluteString], timeout: 90)
        #expect(run.stderr.contains(":CONSOLE"), "\(run.stderr)")
    }

    @Test("A screenshot of the interviewlm report (kept in docs/images with OSSPEC_UPDATE_GOLDENS=1)")
    func screenshotRenders() throws {
        let chromium = try Self.chromium()
        let directory = try TemporaryDirectory()
        let page = directory.url.appendingPathComponent("report.html")
        let png = directory.url.appendingPathComponent("report.png")
        _ = try OSSpec.run(["report", "-o", page.path, "specs/interviewlm.osspec.yaml"], directory: TestFiles.packageRoot)
        let run = try ExternalTool.capture(
            chromium,
            Self.flags + ["--user-data-dir=\(directory.url.path)/profile", "--window-size=1280,2000", "--screenshot=\(png.path)", page.absoluteString],
            timeout: 90)
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        #expect(bytes.count > 50_000, "a page with content, not a blank one")
        if ProcessInfo.processInfo.environment["OSSPEC_UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.removeItem(at: Self.screenshot)
            try FileManager.default.copyItem(at: png, to: Self.screenshot)
        }
    }
}
