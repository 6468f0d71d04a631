import XCTest

@testable import DossierKit

/// No id, alias or title can make the generator write outside the output folder.
final class OutputPathTests: XCTestCase {
    func testPlainRelativePaths() {
        XCTAssertEqual(OutputPath("index.html")?.value, "index.html")
        XCTAssertEqual(OutputPath("actors/iran/index.html")?.value, "actors/iran/index.html")
        XCTAssertEqual(OutputPath("assets/site.css")?.description, "assets/site.css")
    }

    func testRejectsEscapesAndHiddenParts() {
        let rejected = [
            "", "/", "/etc/passwd", "..", "../index.html", "actors/../../x", "./index.html", "actors/./x", ".git/config",
            "actors/.hidden/index.html", ".htaccess", "a\\b", "..\\x", "a\0b", "actors//index.html", "actors/",
        ]
        for path in rejected {
            XCTAssertNil(OutputPath(path), path.debugDescription)
        }
    }

    func testPagesOfEntries() {
        XCTAssertEqual(OutputPath.page("actors", "iran")?.value, "actors/iran/index.html")
        XCTAssertEqual(OutputPath.page("timeline", "2022")?.value, "timeline/2022/index.html")
        XCTAssertNil(OutputPath.page("actors", ".."))
        XCTAssertNil(OutputPath.page("actors", "../../etc"))
        XCTAssertNil(OutputPath.page("actors", "Iran"))
        XCTAssertNil(OutputPath.page("actors", ""))
        XCTAssertNil(OutputPath.page("claims", "a/b"))
    }

    func testOrderIsByText() {
        let paths = ["b/index.html", "a.html", "a/index.html"].compactMap(OutputPath.init)
        XCTAssertEqual(paths.sorted().map(\.value), ["a.html", "a/index.html", "b/index.html"])
    }
}
