import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// `dossier build --watch` run as a user runs it, while its source folders are moved away,
/// deleted and put back.
final class WatchCommandTests: XCTestCase {
    /// A tester's report: after the content folder went away and came back, or the theme folder
    /// was replaced by a copy, no later edit was ever rebuilt until a restart.
    func testRebuildsAgainAfterTheSourceFoldersWentAwayAndCameBack() throws {
        let runner = try DossierRunner.locate()
        let folder = try ScratchFolder()
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        try folder.copy(PackagePaths.templates, to: "T")
        let dossier = try RunningDossier(
            runner, ["build", "--watch", "--content", "Content", "--templates", "T", "--output", "Public"], in: folder.path)
        defer { dossier.terminateIfRunning() }
        try dossier.waitUntil("it watches") { dossier.text.contains("for changes") }

        // The content folder goes (the rebuild fails), then comes back (the rebuild succeeds).
        try move(folder.url("Content"), to: folder.url("Away"))
        try dossier.waitUntil("the failed rebuild") { dossier.text.contains("no content folder here") }
        let failedAt = dossier.text.count
        try move(folder.url("Away"), to: folder.url("Content"))
        try dossier.waitUntil("a rebuild after the folder came back") { dossier.text.dropFirst(failedAt).contains("rebuilt") }
        let article = try XCTUnwrap(
            FileManager.default.contentsOfDirectory(atPath: folder.url("Content/articles")).sorted().first)
        let path = folder.url("Content/articles/" + article)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Retitled after coming back, ", range: text.range(of: "\ntitle: "))
            .write(toFile: path, atomically: true, encoding: .utf8)
        try dossier.waitUntil("the edit is built") {
            ((try? String(contentsOfFile: folder.url("Public/articles/index.html"), encoding: .utf8)) ?? "")
                .contains("Retitled after coming back")
        }

        // `mv T ../T.bak && cp -r ../T.bak T`, then a style sheet edit.
        try move(folder.url("T"), to: folder.url("T.bak"))
        try folder.copy(folder.url("T.bak"), to: "T")
        let beforeEdit = dossier.text.count
        try dossier.waitUntil("a rebuild after the theme was replaced") { dossier.text.dropFirst(beforeEdit).contains("rebuilt") }
        let css = try String(contentsOfFile: folder.url("T/assets/site.css"), encoding: .utf8) + "\n/* edited by the watch test */\n"
        try css.write(toFile: folder.url("T/assets/site.css"), atomically: false, encoding: .utf8)
        try dossier.waitUntil("the style sheet is published") {
            (try? String(contentsOfFile: folder.url("Public/assets/site.css"), encoding: .utf8)) == css
        }

        dossier.stop()
        XCTAssertEqual(dossier.process.terminationStatus, 0, dossier.text)
    }

    /// Without a theme folder the built-in theme builds; a `Templates/` made while watching
    /// (`dossier theme partials/claim`) is picked up, and deleting its file brings the built-in
    /// one back.
    func testATemplatesFolderMadeWhileWatchingReplacesTheBuiltInFiles() throws {
        let runner = try DossierRunner.locate()
        let folder = try ScratchFolder()
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        let dossier = try RunningDossier(runner, ["build", "--watch"], in: folder.path)
        defer { dossier.terminateIfRunning() }
        try dossier.waitUntil("it watches") { dossier.text.contains("for changes") }
        // Nothing is amiss: the built-in theme stands in for the folder.
        XCTAssertFalse(dossier.text.contains("no such folder"), dossier.text)
        let page = folder.url("Public/actors/iran/index.html")
        func built() -> String { (try? String(contentsOfFile: page, encoding: .utf8)) ?? "" }
        XCTAssertTrue(built().contains("<article class=\"claim"))

        XCTAssertEqual(try runner.run(["theme", "partials/claim"], in: folder.path).status, 0)
        let partial = folder.url("Templates/partials/claim.mustache")
        let text = try String(contentsOfFile: partial, encoding: .utf8)
        try text.replacingOccurrences(of: "<article class=\"claim", with: "<article class=\"mine claim")
            .write(toFile: partial, atomically: true, encoding: .utf8)
        try dossier.waitUntil("the folder's partial is used") { built().contains("<article class=\"mine claim") }

        try FileManager.default.removeItem(atPath: partial)
        try dossier.waitUntil("the built-in partial is back") {
            !built().contains("mine claim") && built().contains("<article class=\"claim")
        }
        dossier.stop()
        XCTAssertEqual(dossier.process.terminationStatus, 0, dossier.text)
    }

    private func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno)) }
    }
}
