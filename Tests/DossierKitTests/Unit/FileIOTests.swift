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
        XCTAssertTrue(FileIO.entries(of: folder.url("missing")).isEmpty)
    }
}
