import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A raw TCP connection to 127.0.0.1 for talking to a live preview server, including reading
/// an open event stream piece by piece (which a request/response test client cannot do).
/// Reads never block: they poll a non-blocking socket and sleep briefly in between.
final class LoopbackConnection {
    private let descriptor: Int32
    private(set) var received = ""
    private(set) var isClosedByPeer = false

    init(port: Int) throws {
        descriptor = try LoopbackSocket.open(port: port, failure: "connect failed") { connect($0, $1, $2) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(descriptor)
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { sendBytes(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { sent += count } else if errno != EAGAIN && errno != EINTR { return }
        }
    }

    /// Reads until `condition(received)` holds, the peer closes, or `timeout` passes; returns whether the condition held.
    @discardableResult
    func read(timeout: Duration = .seconds(3), until condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var bytes: [UInt8] = Array(received.utf8)
        while !condition(received) {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                bytes.append(contentsOf: buffer[0..<count])
                received = String(decoding: bytes, as: UTF8.self)
                continue
            }
            if count == 0 {
                isClosedByPeer = true
                return condition(received)
            }
            guard ContinuousClock.now < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return true
    }

    /// A complete GET on a fresh connection (Connection: close), returned as raw text.
    static func get(_ path: String, port: Int, headers: String = "") async throws -> String {
        let connection = try LoopbackConnection(port: port)
        connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\(headers)\r\n")
        await connection.read { _ in false }
        return connection.received
    }
}

/// libc `send`, which the class's own `send(_:)` would otherwise shadow; never raises SIGPIPE.
private func sendBytes(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if os(Linux)
        send(descriptor, pointer, count, Int32(MSG_NOSIGNAL))
    #else
        send(descriptor, pointer, count, 0)
    #endif
}
