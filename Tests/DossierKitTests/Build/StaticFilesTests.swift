import XCTest

@testable import DossierKit

/// The report's static/ folder: copied into the site as it is, never over a file the site makes,
/// and kept up to date by rebuilds.
final class StaticFilesTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var content: String!
    private var output: String!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        output = folder.url("Public")
        try folder.write("Content/static/CNAME", "report.example.org\n")
        try folder.write("Content/static/robots.txt", "User-agent: *\n")
        try folder.write("Content/static/files/2024/annex.pdf", "%PDF-1.4")
        try folder.write("Content/static/.well-known/security.txt", "hidden")
        try folder.write("Content/static/files/.DS_Store", "hidden")
    }

    override func tearDown() {
        folder = nil
    }

    private var builder: SiteBuilder {
        SiteBuilder(options: BuildOptions(contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: output))
    }

    func testStaticFilesAreCopiedAsTheyAreAndDotfilesSkipped() throws {
        let result = builder.build()
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.headline), [])
        XCTAssertEqual(FileTree.text(output + "/CNAME"), "report.example.org\n")
        XCTAssertEqual(FileTree.text(output + "/robots.txt"), "User-agent: *\n")
        XCTAssertEqual(FileTree.text(output + "/files/2024/annex.pdf"), "%PDF-1.4")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/.well-known"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/files/.DS_Store"))
        XCTAssertEqual(
            Set(FileTree.files(output)).subtracting(GoodReportTests.expectedFiles).sorted(),
            ["CNAME", "files/2024/annex.pdf", "robots.txt"])
    }

    /// A link to a folder kept elsewhere is followed like a link to a file; a link back to a
    /// folder it is inside is not walked (the build ends), and a broken link or a pipe is skipped.
    func testLinkedFoldersAreFollowedAndLoopsAreNot() throws {
        try folder.write("Scans/2023/letter.pdf", "%PDF-letter")
        try folder.write("Scans/notes.txt", "notes")
        let links = FileManager.default
        try links.createSymbolicLink(atPath: content + "/static/scans", withDestinationPath: folder.url("Scans"))
        try links.createSymbolicLink(atPath: content + "/static/files/readme.txt", withDestinationPath: folder.url("Scans/notes.txt"))
        try links.createSymbolicLink(atPath: content + "/static/files/2024/loop", withDestinationPath: "..")
        try links.createSymbolicLink(atPath: folder.url("Scans/2023/up"), withDestinationPath: folder.url("Scans"))
        try links.createSymbolicLink(atPath: content + "/static/files/gone.pdf", withDestinationPath: folder.url("Nowhere.pdf"))
        XCTAssertEqual(mkfifo(content + "/static/files/pipe", 0o644), 0)

        let result = builder.build()
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.headline), [])
        XCTAssertEqual(FileTree.text(output + "/scans/2023/letter.pdf"), "%PDF-letter")
        XCTAssertEqual(FileTree.text(output + "/scans/notes.txt"), "notes")
        XCTAssertEqual(FileTree.text(output + "/files/readme.txt"), "notes")
        XCTAssertEqual(
            Set(FileTree.files(output)).subtracting(GoodReportTests.expectedFiles).sorted(),
            ["CNAME", "files/2024/annex.pdf", "files/readme.txt", "robots.txt", "scans/2023/letter.pdf", "scans/notes.txt"])
        // Nothing an author put there is passed over without a word.
        let skipped = result.diagnostics.filter { $0.location.path.contains("/static/") }
        XCTAssertEqual(
            skipped.map(\.headline),
            [
                "\(content!)/static/files/2024/loop:1:1: warning: a link back to a folder it is inside: not followed",
                "\(content!)/static/files/gone.pdf:1:1: warning: a broken link, to '\(folder.url("Nowhere.pdf"))': not copied",
                "\(content!)/static/files/pipe:1:1: warning: not a regular file (a pipe, socket or device): not copied",
                "\(content!)/static/scans/2023/up:1:1: warning: a link back to a folder it is inside: not followed",
            ])
        XCTAssertTrue(skipped.allSatisfy { $0.severity == .warning && $0.hint != nil })
    }

    /// A name no web address can hold is said, and with --strict fails the build like any warning.
    func testAnUncopiableNameIsAWarningThatStrictTurnsIntoAnError() throws {
        try folder.write("Content/static/files/a\\b.pdf", "%PDF")
        let warned = builder.build()
        XCTAssertNotNil(warned.output)
        XCTAssertEqual(
            warned.diagnostics.map(\.headline),
            ["\(content!)/static/files/a\\b.pdf:1:1: warning: a name with a backslash, which no web address can hold: not copied"])

        let strict = SiteBuilder(
            options: BuildOptions(contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: output, strict: true)
        )
        let failed = strict.build()
        XCTAssertNil(failed.output)
        XCTAssertEqual(failed.diagnostics.map(\.severity), [.error])
    }

    /// A large file (a video, a scanned annex) is copied in chunks, byte for byte, with its own
    /// modification time; a later build, in another process, leaves it alone unless its bytes change.
    func testLargeFilesAreCopiedExactlyAndRewrittenOnlyWhenTheirBytesChange() throws {
        var bytes = Data((0..<(3 << 20) + 12345).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) })
        let source = content + "/static/files/strike.mp4"
        try bytes.write(to: URL(fileURLWithPath: source))
        let sourceTime = Date(timeIntervalSince1970: 1_700_000_000.25)
        try FileManager.default.setAttributes([.modificationDate: sourceTime], ofItemAtPath: source)

        XCTAssertNotNil(builder.build().output)
        let copy = output + "/files/strike.mp4"
        XCTAssertEqual(FileManager.default.contents(atPath: copy), bytes)
        XCTAssertEqual(FileTree.mtimes(output)["files/strike.mp4"], sourceTime, "the copy keeps its source's time")

        let again = builder.build()
        XCTAssertEqual(again.output?.written, [], "same size and time: not read, not rewritten")

        // Touched, bytes the same: compared, and left as it is.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: source)
        let touched = builder.build()
        XCTAssertEqual(touched.output?.written, [])
        XCTAssertEqual(FileTree.mtimes(output)["files/strike.mp4"], sourceTime)

        // One byte changed in the last chunk, same size: copied again.
        bytes[bytes.count - 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: source))
        let edited = builder.build()
        XCTAssertEqual(edited.output?.written, ["files/strike.mp4"])
        XCTAssertEqual(FileManager.default.contents(atPath: copy), bytes)
    }

    /// A file at a path the site makes is an error, in a build and in a check; nothing is published.
    func testAStaticFileCannotReplaceWhatTheSiteMakes() throws {
        try folder.write("Content/static/index.html", "<p>my own home page</p>")
        try folder.write("Content/static/claims.json", "[]")
        try folder.write("Content/static/assets/site.css", "body{}")
        try folder.write("Content/static/actors/iran/index.html", "<p>Iran</p>")
        let expected = [
            "static/actors/iran/index.html:1:1: error: the site makes 'actors/iran/index.html' itself; a static file cannot replace it",
            "static/assets/site.css:1:1: error: a static file cannot go into assets/, which is the theme's",
            "static/claims.json:1:1: error: the site makes 'claims.json' itself; a static file cannot replace it",
            "static/index.html:1:1: error: the site makes 'index.html' itself; a static file cannot replace it",
        ]
        let build = builder.build()
        XCTAssertNil(build.output)
        XCTAssertEqual(Fixture.headlines(build.diagnostics.filter { $0.severity == .error }, relativeTo: content), expected)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
        let check = Fixture.check(content)
        XCTAssertEqual(Fixture.headlines(check.diagnostics.filter { $0.severity == .error }, relativeTo: content), expected)
    }

    /// A watched rebuild picks up a static file changed, added or removed.
    func testRebuildsFollowTheStaticFolder() throws {
        let builder = self.builder
        XCTAssertNotNil(builder.build().output)
        let robots = try folder.write("Content/static/robots.txt", "User-agent: *\nDisallow: /drafts/\n")
        let edited = builder.build(changedPaths: [robots])
        XCTAssertEqual(edited.output?.written, ["robots.txt"])
        XCTAssertEqual(FileTree.text(output + "/robots.txt"), "User-agent: *\nDisallow: /drafts/\n")

        let favicon = try folder.write("Content/static/favicon.ico", "icon")
        try FileManager.default.removeItem(atPath: content + "/static/CNAME")
        let changed = builder.build(changedPaths: [favicon, content + "/static/CNAME"])
        XCTAssertEqual(changed.output?.written, ["favicon.ico"])
        XCTAssertEqual(changed.output?.removed, ["CNAME"])

        // An article edit afterwards keeps the static files.
        let article = try XCTUnwrap(FileTree.files(content + "/articles").first)
        let path = content + "/articles/" + article
        try (FileTree.text(path) + "\nOne more line.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let next = builder.build(changedPaths: [path])
        XCTAssertEqual(next.output?.removed, [])
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/favicon.ico"))
        XCTAssertEqual(FileTree.contents(output), Self.cleanBuild(of: content, in: folder))
    }

    private static func cleanBuild(of content: String, in folder: TemporaryDirectory) -> [String: Data] {
        let clean = folder.url("Clean")
        _ = Fixture.build(content, into: clean)
        return FileTree.contents(clean)
    }
}
