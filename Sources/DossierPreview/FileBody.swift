import Hummingbird

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A response body read from disk while it is sent, a chunk at a time: a video or a large PDF in
/// the site is never held in memory whole.
enum FileBody {
    static let chunkSize = 128 * 1024

    /// The file was replaced or cut between its length being sent and its bytes: the connection
    /// ends, and the browser's reload after the rebuild asks again.
    struct FileChanged: Error {
        var path: String
    }

    /// The bytes of `path` at `range`, both ends included.
    static func body(path: String, range: ClosedRange<Int>) -> ResponseBody {
        ResponseBody(contentLength: range.count) { writer in
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw FileChanged(path: path) }
            defer { FileSystem.closeDescriptor(descriptor) }
            var offset = range.lowerBound
            while offset <= range.upperBound {
                let length = min(chunkSize, range.upperBound - offset + 1)
                var buffer = ByteBufferAllocator().buffer(capacity: length)
                let got = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: length) { pointer in
                    var result: Int
                    repeat { result = pread(descriptor, pointer.baseAddress, length, off_t(offset)) } while result < 0 && errno == EINTR
                    return max(0, result)
                }
                guard got > 0 else { throw FileChanged(path: path) }
                offset += got
                try await writer.write(buffer)
            }
            try await writer.finish(nil)
        }
    }
}
