import DossierKit
import Foundation
import XCTest

/// The built-in theme through the binary: a report folder without `Templates/` builds, and
/// `dossier theme` copies out the files an author wants to change.
final class ThemeCommandTests: XCTestCase {
    private var dossier: DossierRunner!
    private var folder: ScratchFolder!

    override func setUpWithError() throws {
        dossier = try DossierRunner.locate()
        folder = try ScratchFolder()
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
    }

    override func tearDown() {
        folder = nil
    }

    private func text(_ relative: String) -> String {
        (try? String(contentsOfFile: folder.url(relative), encoding: .utf8)) ?? ""
    }

    func testAReportWithoutATemplatesFolderBuildsWithTheBuiltInTheme() throws {
        let outcome = try dossier.run(["build", "--quiet"], in: folder.path)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stderr, "")
        XCTAssertTrue(text("Public/actors/iran/index.html").contains("<article class=\"claim"))
        XCTAssertEqual(
            text("Public/assets/site.css"), try String(contentsOfFile: PackagePaths.templates + "/assets/site.css", encoding: .utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url("Templates")))
    }

    func testACopiedPartialIsWhatTheNextBuildUses() throws {
        let copied = try dossier.run(["theme", "partials/claim.mustache"], in: folder.path)
        XCTAssertEqual(copied.status, 0, copied.stderr)
        XCTAssertEqual(copied.stdoutLines, ["wrote Templates/partials/claim.mustache"])
        XCTAssertEqual(
            text("Templates/partials/claim.mustache"),
            try String(contentsOfFile: PackagePaths.templates + "/partials/claim.mustache", encoding: .utf8))
        try text("Templates/partials/claim.mustache").replacingOccurrences(
            of: "<article class=\"claim", with: "<article class=\"mine claim"
        )
        .write(toFile: folder.url("Templates/partials/claim.mustache"), atomically: true, encoding: .utf8)

        let built = try dossier.run(["build", "--quiet"], in: folder.path)
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertTrue(text("Public/actors/iran/index.html").contains("<article class=\"mine claim"))

        // Asked again, the author's file stays.
        let again = try dossier.run(["theme", "partials/claim"], in: folder.path)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stdoutLines, ["kept Templates/partials/claim.mustache: it is there already"])
        XCTAssertTrue(text("Templates/partials/claim.mustache").contains("<article class=\"mine claim"))
    }

    func testAnUnknownNameExitsOneAndWritesNothing() throws {
        let outcome = try dossier.run(["theme", "partials/claim", "clam"], in: folder.path)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(
            outcome.stderrLines,
            [
                "error: the built-in theme has no file 'clam'; did you mean 'claim.mustache'?",
                "    hint: 'dossier theme --list' lists its files",
            ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url("Templates")))
    }

    func testListNamesEveryFileAndCopiesNothing() throws {
        let outcome = try dossier.run(["theme", "--list"], in: folder.path)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stdoutLines, DefaultTheme.paths)
        XCTAssertTrue(outcome.stdoutLines.contains("partials/claim.mustache"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url("Templates")))
    }

    func testAnotherFolderWithTemplates() throws {
        let outcome = try dossier.run(["theme", "--templates", "my-theme", "assets"], in: folder.path)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(
            outcome.stdoutLines, ["wrote my-theme/assets/custom.css", "wrote my-theme/assets/search.js", "wrote my-theme/assets/site.css"])
        try "body { color: teal; }\n".write(toFile: folder.url("my-theme/assets/site.css"), atomically: true, encoding: .utf8)
        let built = try dossier.run(["build", "--quiet", "--templates", "my-theme"], in: folder.path)
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertEqual(text("Public/assets/site.css"), "body { color: teal; }\n")
    }
}
