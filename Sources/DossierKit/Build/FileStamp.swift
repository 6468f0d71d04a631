import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's modification time and size: when both are unchanged the file is not read again.
struct FileStamp: Equatable {
    var seconds: Int
    var nanoseconds: Int
    var size: Int
    /// False when the file could not be looked at: such a stamp never matches, so the file is read.
    var isKnown: Bool

    /// One `stat`. FileManager's `attributesOfItem` also looks up the owner's and group's names,
    /// reading /etc/passwd and /etc/group for every source file: a fifth of the system calls of
    /// a full build.
    init(path: String) {
        var status = stat()
        let found = stat(path, &status) == 0
        self.init(status, isKnown: found)
    }

    /// The stamp of a `stat` result already at hand.
    init(_ status: stat, isKnown: Bool = true) {
        self.isKnown = isKnown
        #if canImport(Darwin)
            seconds = Int(status.st_mtimespec.tv_sec)
            nanoseconds = Int(status.st_mtimespec.tv_nsec)
        #else
            seconds = Int(status.st_mtim.tv_sec)
            nanoseconds = Int(status.st_mtim.tv_nsec)
        #endif
        size = Int(status.st_size)
    }
}
