import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import DossierPreview

/// HTTP/1.0 clients (`curl -0`, ApacheBench, old proxies) are answered in HTTP/1.0: never a
/// chunked body, and the connection closed where HTTP/1.0 expects it.
final class HTTP10Tests: XCTestCase {
    /// Runs `body` with the port of the test site served live on loopback.
    private func withLiveSite(_ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let site = try TestSite()
        try await site.app.test(.live) { client in
            try await body(try XCTUnwrap(client.port))
        }
    }

    func testAnHTTP10RequestIsAnsweredInHTTP10AndClosed() async throws {
        try await withLiveSite { port in
            let connection = try LoopbackConnection(port: port)
            connection.send("GET / HTTP/1.0\r\n\r\n")
            let closed = await connection.read { _ in false }
            XCTAssertFalse(closed)
            XCTAssertTrue(connection.isClosedByPeer, "HTTP/1.0 without keep-alive ends with the connection")
            XCTAssertTrue(connection.received.hasPrefix("HTTP/1.0 200 OK\r\n"), connection.received)
            XCTAssertTrue(connection.received.lowercased().contains("connection: close\r\n"), connection.received)
            XCTAssertTrue(connection.received.contains("<h1>Home</h1>"), connection.received)
        }
    }

    func testAnHTTP10KeepAliveRequestKeepsTheConnection() async throws {
        try await withLiveSite { port in
            let connection = try LoopbackConnection(port: port)
            connection.send("GET /robots.txt HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            let first = await connection.read { $0.hasSuffix("User-agent: *") }
            XCTAssertTrue(first, connection.received)
            XCTAssertTrue(connection.received.lowercased().contains("connection: keep-alive\r\n"), connection.received)
            connection.send("GET /assets/app.js HTTP/1.0\r\n\r\n")
            let second = await connection.read { $0.hasSuffix("console.log('hi')") }
            XCTAssertTrue(second, "a second request on the same connection is answered: \(connection.received)")
        }
    }

    /// The event stream has no length: over HTTP/1.0 it is sent raw and ended by closing,
    /// never chunked, which an HTTP/1.0 client cannot read.
    func testTheEventStreamIsNotChunkedForHTTP10() async throws {
        try await withLiveSite { port in
            let connection = try LoopbackConnection(port: port)
            connection.send("GET /__dossier/events HTTP/1.0\r\n\r\n")
            let streaming = await connection.read { $0.contains("retry: ") }
            XCTAssertTrue(streaming, connection.received)
            let received = connection.received.lowercased()
            XCTAssertTrue(received.hasPrefix("http/1.0 200 ok\r\n"), connection.received)
            XCTAssertFalse(received.contains("transfer-encoding"), connection.received)
            XCTAssertTrue(received.contains("\r\n\r\nretry: "), "the body follows the headers unframed: \(connection.received)")
        }
    }

    func testHTTP11IsUntouched() async throws {
        try await withLiveSite { port in
            let connection = try LoopbackConnection(port: port)
            connection.send("GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let streaming = await connection.read { $0.contains("retry: ") }
            XCTAssertTrue(streaming, connection.received)
            XCTAssertTrue(connection.received.hasPrefix("HTTP/1.1 200 OK\r\n"), connection.received)
            XCTAssertTrue(connection.received.lowercased().contains("transfer-encoding: chunked"), connection.received)
            XCTAssertFalse(connection.received.lowercased().contains("connection: close"), connection.received)
        }
    }
}
