import XCTest

@testable import DossierKit

/// `dossier init`'s report: it builds with the built-in theme and no problem, under any title.
final class ReportScaffoldTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
    }

    override func tearDown() {
        folder = nil
    }

    private func build(_ report: String) -> BuildResult {
        var options = BuildOptions(
            contentDirectory: report + "/Content", templatesDirectory: report + "/Templates", outputDirectory: report + "/Public")
        options.templatesFolderIsOptional = true
        return SiteBuilder(options: options).build()
    }

    func testTheScaffoldBuildsWithoutAProblem() throws {
        let report = folder.url("my-report")
        let written = try ReportScaffold().write(into: report)
        XCTAssertEqual(written.map { $0.replacingOccurrences(of: report + "/", with: "") }, ReportScaffold().files.map(\.path))
        let result = build(report)
        XCTAssertEqual(result.diagnostics.map(\.headline), [])
        XCTAssertTrue(FileTree.text(report + "/Public/claims/kirby-north-korean-missile/index.html").contains("<mark"))
        // A report without topics yet has no "The questions" heading over an empty list.
        let home = FileTree.text(report + "/Public/index.html")
        XCTAssertFalse(home.contains("topics-heading"), home)
        XCTAssertTrue(home.contains("latest-heading"), home)
    }

    /// A title is any text: site.yml reads it back as it was typed, without the spaces around it.
    func testEveryTitleReadsBackAsTyped() throws {
        let titles = [
            "My report", "Iran: \"drones\" & more", "yes", "#1 report", "- dashed", "Ünïcødé — report", "tab\there", "C:\\path",
            "trailing ", "It's 100% true", "[draft] report", "null",
        ]
        for (number, title) in titles.enumerated() {
            let report = folder.url("r\(number)")
            _ = try ReportScaffold(title: title).write(into: report)
            let result = build(report)
            XCTAssertEqual(result.diagnostics.map(\.headline), [], title)
            let home = FileTree.text(report + "/Public/index.html")
            let typed = title.trimmingCharacters(in: .whitespaces)
            XCTAssertTrue(home.contains("<title>\(HTMLEscaping.escapeHTML(typed))</title>"), "\(title): \(home.prefix(400))")
        }
    }

    func testNeverWritesOverAReport() throws {
        let report = folder.url("my-report")
        XCTAssertNil(ReportScaffold.problem(in: report))
        _ = try ReportScaffold().write(into: report)
        XCTAssertEqual(
            ReportScaffold.problem(in: report), "'\(report)/Content' is there already: init starts a new report and never writes over one")
        // In the current folder, paths read as the author types them.
        XCTAssertEqual(ReportScaffold.path("Content", in: "."), "Content")
        let file = try folder.write("notes.txt", "x")
        XCTAssertEqual(ReportScaffold.problem(in: file), "'\(file)' is a file, not a folder")
    }
}
