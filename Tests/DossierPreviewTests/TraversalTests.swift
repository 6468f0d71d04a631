import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import DossierPreview

/// Nothing outside the output folder may be served, however the path is spelled.
final class TraversalTests: XCTestCase {
    private func assertRefused(_ uri: String, in site: TestSite, file: StaticString = #filePath, line: UInt = #line) async throws {
        try await site.test { client in
            for method in [HTTPRequest.Method.get, .head] {
                let response = try await client.execute(uri: uri, method: method)
                XCTAssertTrue(
                    [.notFound, .forbidden].contains(response.status),
                    "\(method) \(uri) answered \(response.status)", file: file, line: line)
                XCTAssertFalse(response.text.contains(TestSite.secret), "\(uri) leaked the secret", file: file, line: line)
            }
        }
    }

    /// A dotfile put into the output by hand (`.env`, `.git/`) is not served; `.well-known/` is.
    func testDotfilesAreNotServedButWellKnownIs() async throws {
        let site = try TestSite()
        try site.folder.write("site/.env", TestSite.secret)
        try site.folder.write("site/.git/config", TestSite.secret)
        try site.folder.write("site/actors/.notes", TestSite.secret)
        try site.folder.write("site/.well-known/security.txt", "Contact: mailto:a@example.org")
        for uri in ["/.env", "/.git/config", "/.git/", "/actors/.notes", "/%2eenv"] {
            try await assertRefused(uri, in: site)
        }
        try await site.test { client in
            let response = try await client.execute(uri: "/.well-known/security.txt", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.text, "Contact: mailto:a@example.org")
        }
    }

    func testPlainDotDotSegmentsAreRefused() async throws {
        let site = try TestSite()
        for uri in ["/../secret.txt", "/actors/../../secret.txt", "/actors/iran/../../../secret.txt", "/./index.html/../../secret.txt"] {
            try await assertRefused(uri, in: site)
        }
    }

    func testPercentEncodedDotDotIsRefused() async throws {
        let site = try TestSite()
        for uri in ["/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/actors/%2e%2e/%2e%2e/secret.txt"]
        {
            try await assertRefused(uri, in: site)
        }
    }

    /// Decoded once, as a static host decodes: what is left is a name, and no such name exists.
    func testDoubleEncodedDotDotIsRefused() async throws {
        let site = try TestSite()
        for uri in ["/%252e%252e/secret.txt", "/%252E%252E%252Fsecret.txt", "/%25%32%65%25%32%65/secret.txt"] {
            try await assertRefused(uri, in: site)
        }
    }

    func testEncodedSlashesAreRefused() async throws {
        let site = try TestSite()
        for uri in ["/..%2Fsecret.txt", "/..%2fsecret.txt", "/actors%2Firan%2Findex.html", "/%2e%2e%2fsecret.txt"] {
            try await assertRefused(uri, in: site)
        }
    }

    func testBackslashesAreRefused() async throws {
        let site = try TestSite()
        for uri in ["/..\\secret.txt", "/%5c..%5csecret.txt", "/..%5Csecret.txt", "/actors\\iran\\index.html"] {
            try await assertRefused(uri, in: site)
        }
    }

    func testNULIsRefused() async throws {
        let site = try TestSite()
        for uri in ["/index.html%00.css", "/index.html\u{0}.css", "/%00"] {
            try await assertRefused(uri, in: site)
        }
    }

    func testInvalidPercentEncodingIsRefused() async throws {
        let site = try TestSite()
        for uri in ["/%zz", "/%2", "/%ff%fe"] {
            try await assertRefused(uri, in: site)
        }
    }

    func testSymlinkToAFileOutsideIsForbidden() async throws {
        let site = try TestSite()
        try site.folder.symlink("site/leak.txt", pointingTo: site.folder.url("secret.txt"))
        try site.folder.symlink("site/relative-leak.txt", pointingTo: "../secret.txt")
        try await assertRefused("/leak.txt", in: site)
        try await assertRefused("/relative-leak.txt", in: site)
        try await site.test { client in
            let response = try await client.execute(uri: "/leak.txt", method: .get)
            XCTAssertEqual(response.status, .forbidden)
        }
    }

    func testSymlinkToAFolderOutsideIsForbidden() async throws {
        let site = try TestSite()
        try site.folder.write("outside/index.html", TestSite.secret)
        try site.folder.write("outside/page.txt", TestSite.secret)
        try site.folder.symlink("site/escape", pointingTo: site.folder.url("outside"))
        for uri in ["/escape/", "/escape/page.txt", "/escape/index.html", "/escape"] {
            try await assertRefused(uri, in: site)
        }
    }

    func testIndexHTMLSymlinkedOutsideIsForbidden() async throws {
        let site = try TestSite()
        try site.folder.makeFolder("site/sneaky")
        try site.folder.symlink("site/sneaky/index.html", pointingTo: site.folder.url("secret.txt"))
        try await assertRefused("/sneaky/", in: site)
    }

    func testSymlinkInsideTheOutputFolderIsServed() async throws {
        let site = try TestSite()
        try site.folder.symlink("site/alias.css", pointingTo: "assets/site.css")
        try await site.test { client in
            let response = try await client.execute(uri: "/alias.css", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "text/css; charset=utf-8")
        }
    }

    func testOutputFolderGivenThroughASymlinkStillServes() async throws {
        // The containment check compares real paths on both sides, so a symlinked output folder works.
        let site = try TestSite()
        try site.folder.symlink("public-link", pointingTo: site.root)
        let app = PreviewServer.makeApplication(
            configuration: PreviewConfiguration(outputDirectory: site.folder.url("public-link"), watchedDirectories: []),
            hub: ReloadHub()
        )
        try await app.test(.router) { client in
            let inside = try await client.execute(uri: "/actors/iran/", method: .get)
            XCTAssertEqual(inside.status, .ok)
            let outside = try await client.execute(uri: "/../secret.txt", method: .get)
            XCTAssertEqual(outside.status, .notFound)
        }
    }

    func testSegmentDecodingRules() {
        XCTAssertEqual(OutputPathResolver.decodedSegments(of: "/a//b/"), ["a", "b"])
        XCTAssertEqual(OutputPathResolver.decodedSegments(of: "/caf%C3%A9/x%20y.html"), ["caf\u{E9}", "x y.html"])
        XCTAssertEqual(OutputPathResolver.decodedSegments(of: "/100%25"), ["100%"])
        XCTAssertNil(OutputPathResolver.decodedSegments(of: "relative"))
        XCTAssertNil(OutputPathResolver.decodedSegments(of: "/a/%2e%2e"))
        XCTAssertNil(OutputPathResolver.decodedSegments(of: "/a/."))
        XCTAssertNil(OutputPathResolver.decodedSegments(of: "/a%2Fb"))
        XCTAssertEqual(OutputPathResolver.decodedSegments(of: "/a%252Fb"), ["a%2Fb"], "a name, not a separator")
    }

    /// A static file whose name holds an escape (`a%20b.txt`) is served at `a%2520b.txt`, as a
    /// static host serves it.
    func testAFileNamedWithAPercentEscapeIsServed() async throws {
        let site = try TestSite()
        try site.folder.write("site/a%20b.txt", "percent")
        try await site.test { client in
            let response = try await client.execute(uri: "/a%2520b.txt", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.text, "percent")
        }
    }
}
