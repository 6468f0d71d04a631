import Foundation
import XCTest

/// The README's first report, taken from the README itself and built by the real binary as a
/// newcomer would: if the README and the tool drift apart, this fails.
final class ReadmeFirstReportTests: XCTestCase {
    /// Each `Content/…` file the README's first-report section gives, with its text.
    private func firstReportFiles() throws -> [(path: String, text: String)] {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: "A first report of your own"), "the README lost its first report")
        let end = try XCTUnwrap(readme.range(of: "Run `dossier` in the folder", range: start.upperBound..<readme.endIndex))
        let section = String(readme[start.lowerBound..<end.lowerBound])
        let block = try NSRegularExpression(pattern: "`(Content/[^`]+)`:\\n\\n```[a-z]*\\n(.*?)```", options: .dotMatchesLineSeparators)
        let whole = NSRange(section.startIndex..., in: section)
        return block.matches(in: section, range: whole).compactMap { match in
            guard let path = Range(match.range(at: 1), in: section), let text = Range(match.range(at: 2), in: section) else { return nil }
            return (String(section[path]), String(section[text]))
        }
    }

    /// `dossier init` writes the README's first report, file for file.
    func testInitWritesTheREADMEsFirstReport() throws {
        let files = try firstReportFiles()
        let folder = try ScratchFolder()
        let dossier = try DossierRunner.locate()
        let initialised = try dossier.run(["init", "my-report"], in: folder.path)
        XCTAssertEqual(initialised.status, 0, initialised.stderr)
        XCTAssertEqual(
            initialised.stdoutLines,
            files.map { "wrote my-report/" + $0.path } + ["Next: cd my-report && dossier serve, and open the address it prints."])
        for file in files {
            XCTAssertEqual(try String(contentsOfFile: folder.url("my-report/" + file.path), encoding: .utf8), file.text, file.path)
        }
        let built = try dossier.run(["build", "--quiet"], in: folder.url("my-report"))
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertEqual(built.stderr, "")

        // Again: the report stays as it is.
        let again = try dossier.run(["init", "my-report", "--title", "Another"], in: folder.path)
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(
            again.stderrLines,
            [
                "error: 'my-report/Content' is there already: init starts a new report and never writes over one",
                "    hint: name a new folder: dossier init my-report",
            ])
        XCTAssertEqual(try String(contentsOfFile: folder.url("my-report/Content/site.yml"), encoding: .utf8), "title: My report\n")
    }

    func testTheREADMEsFirstReportChecksAndBuildsWithNoProblems() throws {
        let files = try firstReportFiles()
        XCTAssertEqual(
            files.map(\.path),
            [
                "Content/site.yml", "Content/articles/2024-01-04-kirby-briefing.md", "Content/actors/john-kirby.md",
                "Content/claims/kirby.yml",
            ])
        let folder = try ScratchFolder()
        for file in files { try folder.write(file.path, file.text) }
        let dossier = try DossierRunner.locate()

        // As the README says: in the folder that holds Content/, with the built-in theme.
        let checked = try dossier.run(["check"], in: folder.path)
        XCTAssertEqual(checked.status, 0, checked.stderr)
        XCTAssertEqual(checked.stderr, "")
        XCTAssertTrue(checked.stdout.hasSuffix("no problems\n"), checked.stdout)

        let built = try dossier.run(["build"], in: folder.path)
        XCTAssertEqual(built.status, 0, built.stderr)
        let claim = try String(contentsOfFile: folder.url("Public/claims/kirby-north-korean-missile/index.html"), encoding: .utf8)
        XCTAssertTrue(claim.contains("<mark"), "the quote is marked in its source: \(claim)")
        // One of a kind is counted in the singular on the front page, none in the plural.
        let home = try String(contentsOfFile: folder.url("Public/index.html"), encoding: .utf8)
        for count in [
            "<strong>1</strong> claim<", "<strong>1</strong> article<", "<strong>1</strong> actor<", "<strong>0</strong> weapons<",
        ] {
            XCTAssertTrue(home.contains(count), "\(count) in \(home)")
        }
        // One claim, one date: not "from 4 Jan 2024 to 4 Jan 2024".
        XCTAssertTrue(home.contains("Statements of <strong>4 Jan 2024</strong>."), home)
    }
}
