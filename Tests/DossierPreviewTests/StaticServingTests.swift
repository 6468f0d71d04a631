import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import DossierPreview

final class StaticServingTests: XCTestCase {
    func testRootServesIndexHTML() async throws {
        let site = try TestSite()
        try await site.test { client in
            let response = try await client.execute(uri: "/", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
            XCTAssertTrue(response.text.contains("<h1>Home</h1>"))
        }
    }

    func testFolderURLWithSlashServesItsIndexHTML() async throws {
        let site = try TestSite()
        try await site.test { client in
            let response = try await client.execute(uri: "/actors/iran/", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertTrue(response.text.contains("<h1>Iran</h1>"))
        }
    }

    func testFolderURLWithoutSlashRedirectsPermanentlyToSlashForm() async throws {
        let site = try TestSite()
        try await site.test { client in
            let response = try await client.execute(uri: "/actors/iran", method: .get)
            XCTAssertEqual(response.status, .movedPermanently)
            XCTAssertEqual(response.headers[.location], "/actors/iran/")

            let withQuery = try await client.execute(uri: "/actors/iran?tab=timeline", method: .get)
            XCTAssertEqual(withQuery.status, .movedPermanently)
            XCTAssertEqual(withQuery.headers[.location], "/actors/iran/?tab=timeline")

            // `//host` must never become a protocol-relative, off-site redirect.
            let doubled = try await client.execute(uri: "//actors//iran", method: .get)
            XCTAssertEqual(doubled.headers[.location], "/actors/iran/")
        }
    }

    func testFileURLWithTrailingSlashIsNotFound() async throws {
        let site = try TestSite()
        try await site.test { client in
            let response = try await client.execute(uri: "/robots.txt/", method: .get)
            XCTAssertEqual(response.status, .notFound)
        }
    }

    func testMissingPageGetsTheSite404PageWithStatus404() async throws {
        let site = try TestSite()
        try await site.test { client in
            let response = try await client.execute(uri: "/actors/nowhere/", method: .get)
            XCTAssertEqual(response.status, .notFound)
            XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
            XCTAssertTrue(response.text.contains("Custom not found"))
            // The 404 page reloads too, so a page that appears after the next build shows up by itself.
            XCTAssertTrue(response.text.contains(LiveReloadScript.eventsPath))
        }
    }

    func testMissingPageWithoutSite404GetsPlainFallback() async throws {
        let site = try TestSite(with404: false)
        try await site.test { client in
            let response = try await client.execute(uri: "/nope.html", method: .get)
            XCTAssertEqual(response.status, .notFound)
            XCTAssertEqual(response.headers[.contentType], "text/plain; charset=utf-8")
            XCTAssertEqual(response.text, "404 Not Found\n")
        }
    }

    func testMissingOutputFolderAnswers404() async throws {
        let folder = try TemporaryDirectory()
        let app = PreviewServer.makeApplication(
            configuration: PreviewConfiguration(outputDirectory: folder.url("not-built-yet"), watchedDirectories: []),
            hub: ReloadHub()
        )
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get)
            XCTAssertEqual(response.status, .notFound)
        }
    }

    func testContentTypes() async throws {
        let site = try TestSite()
        let expected: [(String, String)] = [
            ("/index.html", "text/html; charset=utf-8"),
            ("/assets/site.css", "text/css; charset=utf-8"),
            ("/assets/app.js", "text/javascript; charset=utf-8"),
            ("/data.json", "application/json"),
            ("/feed.xml", "application/xml; charset=utf-8"),
            ("/sitemap.xml", "application/xml; charset=utf-8"),
            ("/assets/logo.svg", "image/svg+xml"),
            ("/assets/pixel.png", "image/png"),
            ("/assets/photo.jpg", "image/jpeg"),
            ("/assets/photo.webp", "image/webp"),
            ("/favicon.ico", "image/x-icon"),
            ("/robots.txt", "text/plain; charset=utf-8"),
            ("/assets/font.woff2", "font/woff2"),
            ("/download.bin", "application/octet-stream"),
        ]
        try await site.test { client in
            for (path, contentType) in expected {
                let response = try await client.execute(uri: path, method: .get)
                XCTAssertEqual(response.status, .ok, path)
                XCTAssertEqual(response.headers[.contentType], contentType, path)
                XCTAssertEqual(response.headers[.xContentTypeOptions], "nosniff", path)
            }
        }
    }

    func testHeadSendsGetHeadersWithoutBody() async throws {
        let site = try TestSite()
        try await site.test { client in
            for path in ["/", "/assets/site.css", "/assets/pixel.png"] {
                let get = try await client.execute(uri: path, method: .get)
                let head = try await client.execute(uri: path, method: .head)
                XCTAssertEqual(head.status, .ok, path)
                XCTAssertEqual(head.body.readableBytes, 0, path)
                XCTAssertEqual(head.headers[.contentLength], String(get.body.readableBytes), path)
                XCTAssertEqual(head.headers[.contentType], get.headers[.contentType], path)
                XCTAssertEqual(head.headers[.eTag], get.headers[.eTag], path)
                XCTAssertEqual(head.headers[.lastModified], get.headers[.lastModified], path)
            }
            let missing = try await client.execute(uri: "/missing", method: .head)
            XCTAssertEqual(missing.status, .notFound)
            XCTAssertEqual(missing.body.readableBytes, 0)
        }
    }

    func testOtherMethodsAreNotAllowed() async throws {
        let site = try TestSite()
        try await site.test { client in
            let response = try await client.execute(uri: "/index.html", method: .post)
            XCTAssertEqual(response.status, .methodNotAllowed)
            XCTAssertEqual(response.headers[.allow], "GET, HEAD")
        }
    }

    func testResponsesAskBrowsersToRevalidate() async throws {
        let site = try TestSite()
        try await site.test { client in
            let response = try await client.execute(uri: "/assets/site.css", method: .get)
            XCTAssertEqual(response.headers[.cacheControl], "no-cache")
        }
    }

    func testServesNonASCIIFileNamesFromPercentEncodedPaths() async throws {
        let site = try TestSite()
        try site.folder.write("site/caf\u{E9}/index.html", "<p>caf\u{E9}</p>")
        try await site.test { client in
            let response = try await client.execute(uri: "/caf%C3%A9/", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertTrue(response.text.contains("caf\u{E9}"))
        }
    }
}
