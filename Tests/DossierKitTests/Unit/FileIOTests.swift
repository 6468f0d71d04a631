import XCTest

@testable import DossierKit

/// The system calls the output stage relies on to tell an unchanged page and to find stale ones.
final class FileIOTests: XCTestCase {
    func testContentsEqualComparesEveryByte() throws {
        let folder = try TemporaryDirectory()
        let page = try folder.write("page.html", "<p>the page</p>")
        XCTAssertTrue(FileIO.contentsEqual(page, Array("<p>the page</p>".utf8)))
        XCTAssertFalse(FileIO.contentsEqual(page, Array("<p>the pagE</p>".utf8)), "same size, one byte differs")
        XCTAssertFalse(FileIO.contentsEqual(page, Array("<p>the page</p>\n".utf8)), "longer")
        XCTAssertFalse(FileIO.contentsEqual(page, Array("<p>the page".utf8)), "shorter")
        let empty = try folder.write("empty.html", "")
        XCTAssertTrue(FileIO.contentsEqual(empty, []))
        XCTAssertFalse(FileIO.contentsEqual(empty, [0]))
    }

    func testContentsEqualIsFalseForWhatIsNotARegularFile() throws {
        let folder = try TemporaryDirectory()
        XCTAssertFalse(FileIO.contentsEqual(folder.url("missing.html"), []), "missing")
        try FileManager.default.createDirectory(atPath: folder.url("folder"), withIntermediateDirectories: true)
        XCTAssertFalse(FileIO.contentsEqual(folder.url("folder"), []), "a folder, even compared with nothing")
    }

    func testEntriesNameFilesAndFoldersAndDoNotFollowLinks() throws {
        let folder = try TemporaryDirectory()
        try folder.write("site/a.html", "a")
        try folder.write("site/sub/b.html", "b")
        try folder.write("site/.hidden", "")
        try folder.write("elsewhere/c.html", "c")
        try FileManager.default.createSymbolicLink(atPath: folder.url("site/link"), withDestinationPath: folder.url("elsewhere"))
        let entries = FileIO.entries(of: folder.url("site")).sorted { $0.name < $1.name }
        XCTAssertEqual(entries.map(\.name), [".hidden", "a.html", "link", "sub"])
        XCTAssertEqual(entries.map(\.isFolder), [false, false, false, true], "a link to a folder is not walked into")
        XCTAssertEqual(entries.map(\.isLink), [false, false, true, false])
        XCTAssertTrue(FileIO.entries(of: folder.url("missing")).isEmpty)
    }

    func testContentsReadsRegularFilesWhole() throws {
        let folder = try TemporaryDirectory()
        let text = String(repeating: "Shahed-136 · ", count: 20_000)  // larger than one read buffer
        XCTAssertEqual(FileIO.contents(of: try folder.write("big.md", text)), Array(text.utf8))
        XCTAssertEqual(FileIO.contents(of: try folder.write("empty.md", "")), [])
        XCTAssertNil(FileIO.contents(of: folder.url("missing.md")))
        try FileManager.default.createDirectory(atPath: folder.url("folder.md"), withIntermediateDirectories: true)
        XCTAssertNil(FileIO.contents(of: folder.url("folder.md")), "a folder named like a source")
        XCTAssertEqual(mkfifo(folder.url("pipe.md"), 0o644), 0)
        XCTAssertNil(FileIO.contents(of: folder.url("pipe.md")), "a pipe is refused, not waited on")
    }

    /// "cannot read the file" says why, for an author to fix.
    func testWhyAFileCannotBeRead() throws {
        let folder = try TemporaryDirectory()
        XCTAssertEqual(mkfifo(folder.url("pipe.md"), 0o644), 0)
        XCTAssertEqual(FileIO.whyUnreadable(folder.url("pipe.md")), "not a regular file (a pipe, socket or device)")
        try FileManager.default.createSymbolicLink(atPath: folder.url("gone.md"), withDestinationPath: "elsewhere.md")
        XCTAssertEqual(FileIO.whyUnreadable(folder.url("gone.md")), "a broken link, to 'elsewhere.md'")
        XCTAssertEqual(FileIO.whyUnreadable(folder.url("missing.md")), "No such file or directory")
        try FileManager.default.createDirectory(atPath: folder.url("folder.md"), withIntermediateDirectories: true)
        XCTAssertEqual(FileIO.whyUnreadable(folder.url("folder.md")), "it is a folder")
    }

    func testFileStampChangesWithTheFileAndIsUnknownWhenMissing() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("a.md", "one")
        let first = FileStamp(path: path)
        XCTAssertTrue(first.isKnown)
        XCTAssertEqual(first.size, 3)
        XCTAssertEqual(FileStamp(path: path), first, "nothing changed")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: path)
        XCTAssertNotEqual(FileStamp(path: path), first, "touched")
        XCTAssertEqual(FileStamp(path: path).seconds, 1_000_000_000)
        XCTAssertFalse(FileStamp(path: folder.url("missing.md")).isKnown)
    }
}
