#if canImport(Glibc)
    import Glibc

    private let streamSocket = Int32(SOCK_STREAM.rawValue)
#elseif canImport(Darwin)
    import Darwin

    private let streamSocket = SOCK_STREAM
#endif

/// Tries an address before the server starts, so that a port in use or a host that is not this
/// machine's is told in a sentence with a hint rather than as the socket library's error, and so
/// that the default port can give way to a free one.
enum ListenCheck {
    enum Problem: Equatable {
        case portInUse
        case permissionDenied
        case notThisMachine
        case unknownHost
        case other(String)
    }

    /// Nil when `host:port` can be listened on now.
    static func problem(host: String, port: Int) -> Problem? {
        var hints = addrinfo()
        hints.ai_socktype = streamSocket
        hints.ai_flags = AI_PASSIVE
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else { return .unknownHost }
        defer { freeaddrinfo(found) }
        let descriptor = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard descriptor >= 0 else { return .other(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        // As the server sets it: without it a port left in TIME_WAIT by the last preview would
        // look taken when the server could bind it.
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 else { return nil }
        switch errno {
        case EADDRINUSE: return .portInUse
        case EACCES: return .permissionDenied
        case EADDRNOTAVAIL: return .notThisMachine
        case let code: return .other(String(cString: strerror(code)))
        }
    }
}

/// Why `dossier serve` cannot listen where it was asked to, with what to do about it.
public struct ListenError: Error, CustomStringConvertible {
    public let message: String
    public let hint: String

    init(_ problem: ListenCheck.Problem, host: String, port: Int) {
        let address = PreviewServer.address(host: host, port: port)
        switch problem {
        case .portInUse:
            message = "cannot listen on \(address): the port is in use"
            hint = "stop the program using it, or choose another port with --port (0 picks a free one)"
        case .permissionDenied:
            message = "cannot listen on \(address): permission denied"
            hint = "ports below 1024 need administrator rights; choose a higher one with --port"
        case .notThisMachine:
            message = "cannot listen on \(address): the address is not one of this machine's"
            hint = "use 127.0.0.1 (this machine only) or 0.0.0.0 (every network it is on) with --host"
        case .unknownHost:
            message = "cannot listen on \(address): no such host"
            hint = "use 127.0.0.1 (this machine only) or 0.0.0.0 (every network it is on) with --host"
        case .other(let reason):
            message = "cannot listen on \(address): \(reason)"
            hint = "choose another --host or --port"
        }
    }

    public var description: String { "error: \(message)\n    hint: \(hint)" }
}
