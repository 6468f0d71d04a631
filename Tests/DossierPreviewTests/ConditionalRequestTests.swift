import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import DossierPreview

final class ConditionalRequestTests: XCTestCase {
    func testIfNoneMatchWithCurrentETagGives304() async throws {
        let site = try TestSite()
        try await site.test { client in
            for path in ["/assets/site.css", "/"] {
                let first = try await client.execute(uri: path, method: .get)
                let tag = try XCTUnwrap(first.headers[.eTag], path)
                XCTAssertTrue(tag.hasPrefix("\"") && tag.hasSuffix("\""), "strong, quoted ETag: \(tag)")

                let again = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: tag])
                XCTAssertEqual(again.status, .notModified, path)
                XCTAssertEqual(again.body.readableBytes, 0, path)
                XCTAssertEqual(again.headers[.eTag], tag, path)

                // Weak comparison, lists and "*" all match (RFC 9110 §13.1.2).
                for header in ["W/\(tag)", "\"other\", \(tag)", "*"] {
                    let listed = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: header])
                    XCTAssertEqual(listed.status, .notModified, "\(path) \(header)")
                }
                let stale = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"stale\""])
                XCTAssertEqual(stale.status, .ok, path)
            }
        }
    }

    func testETagChangesWhenTheBuildRewritesTheFile() async throws {
        let site = try TestSite()
        let before = try await site.test { client in
            try await client.execute(uri: "/assets/site.css", method: .get).headers[.eTag]
        }
        try site.folder.write("site/assets/site.css", "body { color: #333; }")
        try await site.test { client in
            let after = try await client.execute(uri: "/assets/site.css", method: .get, headers: [.ifNoneMatch: before ?? ""])
            XCTAssertEqual(after.status, .ok)
            XCTAssertNotEqual(after.headers[.eTag], before)
            XCTAssertEqual(after.text, "body { color: #333; }")
        }
    }

    func testHTMLETagDiffersFromAPlainFileOfTheSameStat() async throws {
        // The injected body differs from the bytes on disk, so its tag must not look like the file's.
        let site = try TestSite()
        try await site.test { client in
            let tag = try await client.execute(uri: "/", method: .get).headers[.eTag] ?? ""
            XCTAssertTrue(tag.contains("-lr"), tag)
            let cssTag = try await client.execute(uri: "/assets/site.css", method: .get).headers[.eTag] ?? ""
            XCTAssertFalse(cssTag.contains("-lr"), cssTag)
        }
    }

    func testIfModifiedSinceGives304UnlessTheFileIsNewer() async throws {
        let site = try TestSite()
        try setModificationTime(site.folder.url("site/robots.txt"), secondsSince1970: 1_700_000_000)
        try await site.test { client in
            let first = try await client.execute(uri: "/robots.txt", method: .get)
            let lastModified = try XCTUnwrap(first.headers[.lastModified])
            XCTAssertEqual(lastModified, "Tue, 14 Nov 2023 22:13:20 GMT")

            let same = try await client.execute(uri: "/robots.txt", method: .get, headers: [.ifModifiedSince: lastModified])
            XCTAssertEqual(same.status, .notModified)
            XCTAssertEqual(same.body.readableBytes, 0)

            let later = try await client.execute(
                uri: "/robots.txt", method: .get, headers: [.ifModifiedSince: "Wed, 15 Nov 2023 00:00:00 GMT"])
            XCTAssertEqual(later.status, .notModified)

            let earlier = try await client.execute(
                uri: "/robots.txt", method: .get, headers: [.ifModifiedSince: "Tue, 14 Nov 2023 22:13:19 GMT"])
            XCTAssertEqual(earlier.status, .ok)

            let garbage = try await client.execute(uri: "/robots.txt", method: .get, headers: [.ifModifiedSince: "yesterday"])
            XCTAssertEqual(garbage.status, .ok)
        }
    }

    func testIfNoneMatchWinsOverIfModifiedSince() async throws {
        let site = try TestSite()
        try await site.test { client in
            let first = try await client.execute(uri: "/robots.txt", method: .get)
            let lastModified = try XCTUnwrap(first.headers[.lastModified])
            let response = try await client.execute(
                uri: "/robots.txt", method: .get, headers: [.ifNoneMatch: "\"stale\"", .ifModifiedSince: lastModified])
            XCTAssertEqual(response.status, .ok)
        }
    }

    func testConditionalHeadGives304Too() async throws {
        let site = try TestSite()
        try await site.test { client in
            let tag = try await client.execute(uri: "/", method: .head).headers[.eTag] ?? ""
            let response = try await client.execute(uri: "/", method: .head, headers: [.ifNoneMatch: tag])
            XCTAssertEqual(response.status, .notModified)
        }
    }

    func testHTTPDateFormatsIMFFixdateAndParsesEveryForm() {
        XCTAssertEqual(HTTPDate.format(secondsSince1970: 784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT")
        XCTAssertEqual(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT"), 784_111_777)
        XCTAssertEqual(HTTPDate.parse(HTTPDate.format(secondsSince1970: 0)), 0)
        // The two obsolete forms, which RFC 9110 asks every recipient to accept.
        XCTAssertEqual(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT"), 784_111_777)
        XCTAssertEqual(HTTPDate.parse("Sun Nov  6 08:49:37 1994"), 784_111_777)
        XCTAssertNil(HTTPDate.parse("Sunday, 06-Nov-1994 08:49:37 GMT"))
        XCTAssertNil(HTTPDate.parse("Sun Nov  6 08:49:37 94"))
        XCTAssertNil(HTTPDate.parse("Sun, 06 Nov 1994 25:49:37 GMT"))
        XCTAssertNil(HTTPDate.parse(""))
    }

    private func setModificationTime(_ path: String, secondsSince1970 seconds: Int) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: TimeInterval(seconds))],
            ofItemAtPath: path
        )
    }
}
