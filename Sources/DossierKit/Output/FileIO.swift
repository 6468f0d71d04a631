import Foundation

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
    struct Failure: LocalizedError, CustomStringConvertible {
        var operation: String
        var path: String
        var code: Int32
        var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
        var errorDescription: String? { description }
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

    /// Copies the file at `source` to `path`, a chunk at a time, and gives the copy the source's
    /// modification time, as `cp -p` and rsync do: a copy is then known by its size and time.
    static func copy(_ source: String, to path: String, stamp: FileStamp) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw Failure(operation: "open", path: source, code: errno) }
        defer { close(input) }
        let output = try create(path)
        defer { close(output) }
        while true {
            let chunk = read(1 << 20, from: input)
            try write(chunk, to: output, path: path)
            if chunk.count < 1 << 20 { break }
        }
        // Access and modification time alike: nothing reads the access time of a site's file.
        let time = timespec(tv_sec: stamp.seconds, tv_nsec: stamp.nanoseconds)
        var times = [time, time]
        if futimens(output, &times) != 0 { throw Failure(operation: "set the time of", path: path, code: errno) }
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
        bytes.removeLast(count - filled)
        return bytes
    }

    /// The bytes of the regular file at `path`; nil when it cannot be opened or is not a regular
    /// file (a folder, or a pipe that would block). One open, fstat and read: FileManager's
    /// `contents(atPath:)` also seeks, asks for the working folder and lists extended attributes.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        // One byte more than its size, to notice a file that grew since fstat: read to its end.
        var bytes = read(Int(status.st_size) + 1, from: descriptor)
        while bytes.count > Int(status.st_size) {
            let more = read(64 * 1024, from: descriptor)
            bytes += more
            if more.isEmpty { break }
        }
        return bytes
    }

    /// What the link at `path` points to, as written in it, for a message; `?` if it cannot be read.
    static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    /// Why `contents(of:)` gave nothing for `path`, said for an author: asked only after it did.
    static func whyUnreadable(_ path: String) -> String {
        var status = stat()
        if stat(path, &status) != 0 {
            let code = errno
            if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
                return "a broken link, to '\(linkTarget(path))'"
            }
            return String(cString: strerror(code))
        }
        if status.st_mode & S_IFMT == S_IFDIR { return "it is a folder" }
        guard status.st_mode & S_IFMT == S_IFREG else { return "not a regular file (a pipe, socket or device)" }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        close(descriptor)
        return "it changed while being read"
    }

    /// Whether the regular file at `path` holds exactly `bytes`. One open, one fstat and one read:
    /// FileManager's attributes and Data's byte iterator made checking an unchanged 40,000-page
    /// site an eighth of a rebuild.
    static func contentsEqual(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else {
            return false
        }
        // One byte more than expected: a file that grew since fstat does not compare equal.
        let read = read(bytes.count + 1, from: descriptor)
        guard read.count == bytes.count else { return false }
        return read.withUnsafeBytes { got in
            bytes.withUnsafeBytes { want in
                guard let got = got.baseAddress, let want = want.baseAddress else { return true }  // both empty
                return memcmp(got, want, bytes.count) == 0
            }
        }
    }

    /// Whether two files hold the same bytes, read a chunk at a time.
    static func sameBytes(_ one: String, _ other: String) -> Bool {
        let first = open(one, O_RDONLY | O_CLOEXEC)
        guard first >= 0 else { return false }
        defer { close(first) }
        let second = open(other, O_RDONLY | O_CLOEXEC)
        guard second >= 0 else { return false }
        defer { close(second) }
        while true {
            let chunk = read(1 << 20, from: first)
            guard read(chunk.count, from: second) == chunk else { return false }
            if chunk.count < 1 << 20 { return read(1, from: second).isEmpty }
        }
    }

    /// The names in a folder, each with whether it is a folder itself (a symbolic link is not:
    /// it is never followed) and whether it is a link; empty when the folder cannot be read.
    static func entries(of folder: String) -> [(name: String, isFolder: Bool, isLink: Bool)] {
        entriesIfReadable(of: folder) ?? []
    }

    /// `entries(of:)`, or nil when the folder cannot be opened (`errno` says why).
    static func entriesIfReadable(of folder: String) -> [(name: String, isFolder: Bool, isLink: Bool)]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var entries: [(name: String, isFolder: Bool, isLink: Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var isFolder = Int32(entry.pointee.d_type) == DT_DIR
            var isLink = Int32(entry.pointee.d_type) == DT_LNK
            if Int32(entry.pointee.d_type) == DT_UNKNOWN {
                // Some file systems do not say; ask, without following a link.
                var status = stat()
                let known = lstat(folder + "/" + name, &status) == 0
                isFolder = known && status.st_mode & S_IFMT == S_IFDIR
                isLink = known && status.st_mode & S_IFMT == S_IFLNK
            }
            entries.append((name, isFolder, isLink))
        }
        return entries
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
