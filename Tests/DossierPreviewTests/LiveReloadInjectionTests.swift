import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import DossierPreview

final class LiveReloadInjectionTests: XCTestCase {
    func testHTMLGetsTheScriptRightBeforeClosingBody() async throws {
        let site = try TestSite()
        try await site.test { client in
            let home = try await client.execute(uri: "/", method: .get).text
            XCTAssertTrue(home.hasSuffix(LiveReloadScript.element + "</body></html>"), home)
            XCTAssertEqual(home.components(separatedBy: "<script>").count, 2, "injected exactly once")

            // Upper-case </BODY> is found too.
            let iran = try await client.execute(uri: "/actors/iran/", method: .get).text
            XCTAssertTrue(iran.hasSuffix(LiveReloadScript.element + "</BODY></html>"), iran)
        }
    }

    func testHTMLWithoutBodyGetsTheScriptAppended() async throws {
        let site = try TestSite()
        try await site.test { client in
            let text = try await client.execute(uri: "/actors/iran/fragment.html", method: .get).text
            XCTAssertEqual(text, "<p>no body tag</p>" + LiveReloadScript.element)
        }
    }

    func testContentLengthCountsTheInjectedScript() async throws {
        let site = try TestSite()
        try await site.test { client in
            let response = try await client.execute(uri: "/", method: .get)
            XCTAssertEqual(response.headers[.contentLength], String(response.body.readableBytes))
            XCTAssertEqual(response.body.readableBytes, TestSite.homePage.utf8.count + LiveReloadScript.bytes.count)
        }
    }

    func testNonHTMLIsServedByteForByte() async throws {
        let site = try TestSite()
        try await site.test { client in
            for (path, disk) in [
                ("/assets/site.css", "site/assets/site.css"), ("/data.json", "site/data.json"), ("/feed.xml", "site/feed.xml"),
            ] {
                let response = try await client.execute(uri: path, method: .get)
                XCTAssertEqual(Data(response.body.readableBytesView), try site.folder.read(disk), path)
                XCTAssertFalse(response.text.contains("EventSource"), path)
            }
        }
    }

    func testTheScriptIsNeverWrittenToDisk() async throws {
        let site = try TestSite()
        try await site.test { client in
            _ = try await client.execute(uri: "/", method: .get)
            _ = try await client.execute(uri: "/actors/iran/", method: .get)
            _ = try await client.execute(uri: "/missing", method: .get)
        }
        XCTAssertEqual(String(decoding: try site.folder.read("site/index.html"), as: UTF8.self), TestSite.homePage)
        XCTAssertEqual(String(decoding: try site.folder.read("site/actors/iran/index.html"), as: UTF8.self), TestSite.iranPage)
        XCTAssertEqual(String(decoding: try site.folder.read("site/404.html"), as: UTF8.self), TestSite.notFoundPage)
    }

    func testScriptListensToTheEventStreamAndHandlesBothOutcomes() {
        let script = LiveReloadScript.element
        XCTAssertTrue(script.hasPrefix("<script>") && script.hasSuffix("</script>"))
        XCTAssertTrue(script.contains("new EventSource(\"/__dossier/events\")"))
        XCTAssertTrue(script.contains("addEventListener(\"reload\""))
        XCTAssertTrue(script.contains("textContent=t"), "diagnostics are set as text, never as markup")
        XCTAssertFalse(script.contains("innerHTML"))
        XCTAssertTrue(script.contains("location.reload()"))
        XCTAssertTrue(script.contains("stylesheet"))
        XCTAssertTrue(script.contains("monospace"))
        XCTAssertTrue(script.contains("Escape"), "the overlay can be dismissed from the keyboard")
        XCTAssertEqual(script.components(separatedBy: "</script>").count, 2, "no premature </script>")
        XCTAssertLessThan(script.utf8.count, 2_500, "keep the snippet small")
    }

    func testClosingBodySearchFindsTheLastRealTag() {
        let html = Array("<body><pre>&lt;/body&gt;</pre><p></bodyguard></p></body>\n</html>".utf8)
        let index = LiveReloadScript.closingBodyTagIndex(in: html)
        XCTAssertEqual(index, html.count - "</body>\n</html>".utf8.count)
        XCTAssertNil(LiveReloadScript.closingBodyTagIndex(in: Array("<p>x</bodyguard>".utf8)))
        XCTAssertNil(LiveReloadScript.closingBodyTagIndex(in: []))
    }
}
