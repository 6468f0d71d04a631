import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Another program holding a port on 127.0.0.1: a socket bound and listening, never accepting.
final class LoopbackListener {
    private var descriptor: Int32

    /// Listens on `port`; 0 asks the system for a free one, which `port` then tells.
    init(port: Int) throws {
        descriptor = try LoopbackSocket.open(port: port, failure: "bind failed") { socket, address, length in
            bind(socket, address, length) == 0 ? listen(socket, 1) : -1
        }
    }

    var port: Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    func close() {
        guard descriptor >= 0 else { return }
        closeDescriptor(descriptor)
        descriptor = -1
    }

    deinit { close() }

    /// A port free a moment ago (the system's pick for a listener closed at once).
    static func freePort() -> Int? {
        guard let listener = try? LoopbackListener(port: 0) else { return nil }
        defer { listener.close() }
        return listener.port
    }
}

/// libc `close`, which the class's own `close()` would otherwise shadow.
private func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
        _ = Glibc.close(descriptor)
    #else
        _ = Darwin.close(descriptor)
    #endif
}
