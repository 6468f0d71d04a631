#if canImport(Glibc)
    import Glibc

    private let systemWrite = Glibc.write
    private let systemRead = Glibc.read
    private let systemRename = Glibc.rename
#elseif canImport(Darwin)
    import Darwin

    private let systemWrite = Darwin.write
    private let systemRead = Darwin.read
    private let systemRename = Darwin.rename
#endif

/// The few file operations a build does tens of thousands of times, as plain system calls:
/// Foundation's versions write through temporary files and stat every parent folder, which
/// made writing the output slower than rendering it.
enum FileIO {
    /// An error from a system call, with the path it was about.
    struct Failure: Error, CustomStringConvertible {
        var operation: String
        var path: String
        var code: Int32
        var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
    }

    /// Writes `bytes` to `path`, replacing what was there.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = try create(path)
        defer { close(descriptor) }
        try write(bytes, to: descriptor, path: path)
    }

    /// Opens `path` for writing, empty; the caller closes it.
    static func create(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(operation: "open", path: path, code: errno) }
        return descriptor
    }

    /// Writes all of `bytes` to an open file (`path` is for the error).
    static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: "write", path: path, code: errno)
            }
            offset += written
        }
    }

    /// Reads up to `count` bytes from an open file; fewer only at its end.
    static func read(_ count: Int, from descriptor: Int32) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(descriptor, base + filled, count - filled)
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        return Array(bytes[..<filled])
    }

    /// Creates a folder and its parents; existing ones are fine.
    static func makeDirectories(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(operation: "mkdir", path: path, code: errno) }
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        guard !parent.isEmpty, parent != path else { throw Failure(operation: "mkdir", path: path, code: ENOENT) }
        try makeDirectories(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw Failure(operation: "mkdir", path: path, code: errno) }
    }

    /// Moves a file over another in one step (same file system).
    static func rename(_ from: String, _ to: String) throws {
        if systemRename(from, to) != 0 { throw Failure(operation: "rename", path: to, code: errno) }
    }
}
