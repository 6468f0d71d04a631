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
        let log = folder.url("watch.log")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: runner.executable)
        process.arguments = ["build", "--watch", "--content", "Content", "--templates", "T", "--output", "Public"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let logText = { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        try waitUntil("it watches", log: log) { logText().contains("for changes") }

        // The content folder goes (the rebuild fails), then comes back (the rebuild succeeds).
        try move(folder.url("Content"), to: folder.url("Away"))
        try waitUntil("the failed rebuild", log: log) { logText().contains("no content folder here") }
        let failedAt = logText().count
        try move(folder.url("Away"), to: folder.url("Content"))
        try waitUntil("a rebuild after the folder came back", log: log) { logText().dropFirst(failedAt).contains("rebuilt") }
        let article = try XCTUnwrap(
            FileManager.default.contentsOfDirectory(atPath: folder.url("Content/articles")).sorted().first)
        let path = folder.url("Content/articles/" + article)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Retitled after coming back, ", range: text.range(of: "\ntitle: "))
            .write(toFile: path, atomically: true, encoding: .utf8)
        try waitUntil("the edit is built", log: log) {
            ((try? String(contentsOfFile: folder.url("Public/articles/index.html"), encoding: .utf8)) ?? "")
                .contains("Retitled after coming back")
        }

        // `mv T ../T.bak && cp -r ../T.bak T`, then a style sheet edit.
        try move(folder.url("T"), to: folder.url("T.bak"))
        try folder.copy(folder.url("T.bak"), to: "T")
        let beforeEdit = logText().count
        try waitUntil("a rebuild after the theme was replaced", log: log) { logText().dropFirst(beforeEdit).contains("rebuilt") }
        let css = try String(contentsOfFile: folder.url("T/assets/site.css"), encoding: .utf8) + "\n/* edited by the watch test */\n"
        try css.write(toFile: folder.url("T/assets/site.css"), atomically: false, encoding: .utf8)
        try waitUntil("the style sheet is published", log: log) {
            (try? String(contentsOfFile: folder.url("Public/assets/site.css"), encoding: .utf8)) == css
        }

        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, logText())
    }

    private func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno)) }
    }

    /// Polls `condition` for up to 60 s (a cold machine may take a while for the first build).
    private func waitUntil(_ what: String, log: String, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if condition() { return }
            usleep(50_000)
        }
        XCTFail("timed out waiting until \(what); dossier said:\n" + ((try? String(contentsOfFile: log, encoding: .utf8)) ?? ""))
        throw XCTSkip("gave up")
    }
}
