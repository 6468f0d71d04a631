import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import DossierPreview

/// Byte ranges: how players seek in a video and viewers open a long PDF from the preview.
final class RangeRequestTests: XCTestCase {
    func testRangeHeaderReadings() {
        let size = 1000
        let cases: [(String?, ByteRangeRequest)] = [
            (nil, .whole),
            ("bytes=0-99", .part(0...99)),
            ("bytes=900-", .part(900...999)),
            ("bytes=-100", .part(900...999)),
            ("bytes=-5000", .part(0...999)),
            ("bytes=990-5000", .part(990...999)),
            ("bytes=999-999", .part(999...999)),
            (" Bytes = 5-9 ", .whole),  // no spaces inside "bytes="
            ("BYTES=5-9", .part(5...9)),
            ("bytes=1000-", .unsatisfiable),
            ("bytes=1000-2000", .unsatisfiable),
            ("bytes=-0", .unsatisfiable),
            ("bytes=99999999999999999999999-", .unsatisfiable),
            ("bytes=10-99999999999999999999999", .part(10...999)),
            ("bytes=0-1,5-9", .whole),
            ("bytes=9-5", .whole),
            ("bytes=-", .whole),
            ("bytes=a-b", .whole),
            ("bytes=5", .whole),
            ("items=0-9", .whole),
        ]
        for (header, expected) in cases {
            XCTAssertEqual(ByteRangeRequest(header: header, size: size), expected, header ?? "nil")
        }
        XCTAssertEqual(ByteRangeRequest(header: "bytes=-10", size: 0), .unsatisfiable, "an empty file has no last bytes")
        XCTAssertEqual(ByteRangeRequest(header: "bytes=0-", size: 0), .unsatisfiable)
    }

    /// 300 KiB of bytes that differ from their neighbours, so a wrong offset shows.
    private static let clip = Data((0..<300 * 1024).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) })

    private func siteWithClip() throws -> TestSite {
        let site = try TestSite()
        try site.folder.write("site/evidence/clip.mp4", Self.clip)
        return site
    }

    func testWholeFileIsStreamedWithItsLengthAndSaysRangesAreAccepted() async throws {
        let site = try siteWithClip()
        try await site.test { client in
            let response = try await client.execute(uri: "/evidence/clip.mp4", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.acceptRanges], "bytes")
            XCTAssertEqual(response.headers[.contentType], "video/mp4")
            XCTAssertEqual(response.headers[.contentLength], String(Self.clip.count))
            XCTAssertEqual(Data(buffer: response.body), Self.clip, "more than two chunks, in order")
        }
    }

    func testOneRangeGivesPartialContent() async throws {
        let site = try siteWithClip()
        let size = Self.clip.count
        try await site.test { client in
            let checks: [(String, ClosedRange<Int>)] = [
                ("bytes=0-1", 0...1),
                ("bytes=131000-131100", 131_000...131_100),  // across a chunk boundary
                ("bytes=300000-", 300_000...(size - 1)),
                ("bytes=-10", (size - 10)...(size - 1)),
                ("bytes=307000-999999999", 307_000...(size - 1)),
            ]
            for (header, range) in checks {
                let response = try await client.execute(uri: "/evidence/clip.mp4", method: .get, headers: [.range: header])
                XCTAssertEqual(response.status, .partialContent, header)
                XCTAssertEqual(response.headers[.contentRange], "bytes \(range.lowerBound)-\(range.upperBound)/\(size)", header)
                XCTAssertEqual(response.headers[.contentLength], String(range.count), header)
                XCTAssertEqual(Data(buffer: response.body), Self.clip[range], header)
            }
            let head = try await client.execute(uri: "/evidence/clip.mp4", method: .head, headers: [.range: "bytes=100-199"])
            XCTAssertEqual(head.status, .partialContent)
            XCTAssertEqual(head.headers[.contentLength], "100")
            XCTAssertEqual(head.body.readableBytes, 0)
        }
    }

    func testRangePastTheEndGives416WithTheSize() async throws {
        let site = try siteWithClip()
        try await site.test { client in
            let response = try await client.execute(uri: "/evidence/clip.mp4", method: .get, headers: [.range: "bytes=400000-"])
            XCTAssertEqual(response.status, .rangeNotSatisfiable)
            XCTAssertEqual(response.headers[.contentRange], "bytes */\(Self.clip.count)")
            XCTAssertEqual(response.body.readableBytes, 0)
        }
    }

    func testIfRangeSendsThePartOnlyForTheSameVersion() async throws {
        let site = try siteWithClip()
        try await site.test { client in
            let first = try await client.execute(uri: "/evidence/clip.mp4", method: .head)
            let tag = try XCTUnwrap(first.headers[.eTag])
            let date = try XCTUnwrap(first.headers[.lastModified])
            for current in [tag, date] {
                let same = try await client.execute(
                    uri: "/evidence/clip.mp4", method: .get, headers: [.range: "bytes=0-9", .ifRange: current])
                XCTAssertEqual(same.status, .partialContent, current)
            }
            for stale in ["\"an-older-build\"", "W/\(tag)", "Tue, 14 Nov 2023 22:13:20 GMT"] {
                let changed = try await client.execute(
                    uri: "/evidence/clip.mp4", method: .get, headers: [.range: "bytes=0-9", .ifRange: stale])
                XCTAssertEqual(changed.status, .ok, stale)
                XCTAssertEqual(changed.body.readableBytes, Self.clip.count, stale)
            }
        }
    }

    func testHTMLPagesIgnoreRangesBecauseTheirBodyIsNotTheFile() async throws {
        let site = try TestSite()
        try await site.test { client in
            let response = try await client.execute(uri: "/", method: .get, headers: [.range: "bytes=0-9"])
            XCTAssertEqual(response.status, .ok)
            XCTAssertNil(response.headers[.acceptRanges])
            XCTAssertTrue(response.text.contains("/__dossier/events"), "the whole page, with the reload script")
        }
    }

    func testAnEmptyFileIsServedEmpty() async throws {
        let site = try TestSite()
        try site.folder.write("site/empty.txt", "")
        try await site.test { client in
            let response = try await client.execute(uri: "/empty.txt", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentLength], "0")
            XCTAssertEqual(response.body.readableBytes, 0)
            let ranged = try await client.execute(uri: "/empty.txt", method: .get, headers: [.range: "bytes=0-"])
            XCTAssertEqual(ranged.status, .rangeNotSatisfiable)
        }
    }
}
