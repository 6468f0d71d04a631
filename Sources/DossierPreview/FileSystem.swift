#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few POSIX file operations the server and the watchers need.
///
/// Plain libc instead of FileManager: realpath and st_mtim nanoseconds are exactly what the
/// containment check and the change detection need, with no bridging or surprises.
enum FileSystem {
    /// The kind, size and modification time of one file system entry.
    struct Status: Equatable, Sendable {
        enum Kind: Equatable, Sendable { case file, directory, symlink, other }
        var kind: Kind
        var size: Int
        var device: UInt64
        var inode: UInt64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    /// The canonical absolute path with every symlink resolved, or nil if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `stat` (following symlinks) or `lstat` (not following them); nil if the entry is missing.
    static func status(of path: String, followingSymlinks: Bool = true) -> Status? {
        var info = stat()
        let result = followingSymlinks ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return nil }
        let kind: Status.Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        return Status(
            kind: kind,
            size: Int(info.st_size),
            device: UInt64(info.st_dev),
            inode: UInt64(info.st_ino),
            modifiedSeconds: Int(modified.tv_sec),
            modifiedNanoseconds: Int(modified.tv_nsec)
        )
    }

    /// libc `close`, reachable from types whose own `close()` method shadows it.
    static func closeDescriptor(_ descriptor: Int32) {
        _ = close(descriptor)
    }

    static func isDirectory(_ path: String) -> Bool {
        status(of: path)?.kind == .directory
    }

    /// The whole content of a regular file, or nil if it cannot be opened or read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
    }

    /// The names in a folder, without `.` and `..`; empty if it cannot be read (it may have just been removed).
    static func entries(of directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            var rawName = entry.pointee.d_name
            let name = withUnsafeBytes(of: &rawName) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." {
                names.append(name)
            }
        }
        return names
    }

    /// `path` made absolute against the current directory, with `.`/`..` segments and duplicate or
    /// trailing slashes removed, but symlinks kept: watched paths must read the way the builder
    /// spells its sources.
    static func absolutePath(_ path: String) -> String {
        var full = path
        if !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            if getcwd(&buffer, buffer.count) != nil {
                full = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) + "/" + path
            }
        }
        var segments: [Substring] = []
        for segment in full.split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." {
                _ = segments.popLast()
                continue
            }
            segments.append(segment)
        }
        return "/" + segments.joined(separator: "/")
    }
}
