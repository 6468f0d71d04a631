#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A self-pipe that wakes a watcher thread blocked in `poll`, so `stop()` takes effect at once
/// instead of after the next file event or timeout, and the flag that tells the thread to end.
/// Both watch backends stop through it.
final class WakePipe: @unchecked Sendable {
    // @unchecked: the write end is only touched under `lock`; the read end belongs to the watcher thread.
    let readDescriptor: Int32
    private let writeEnd: Locked<Int32>
    private let stopped = Locked(false)

    init?() {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return nil }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        readDescriptor = descriptors[0]
        writeEnd = Locked(descriptors[1])
    }

    /// Whether the watcher thread should end (or has).
    var isStopped: Bool { stopped.withLock { $0 } }

    /// Asks the watcher thread to end and wakes it; only the first call wakes.
    func stop() {
        let wasRunning = stopped.withLock { stopped -> Bool in
            defer { stopped = true }
            return !stopped
        }
        if wasRunning {
            wake()
        }
    }

    /// Wakes the thread; harmless after `close()`.
    func wake() {
        writeEnd.withLock { descriptor in
            guard descriptor >= 0 else { return }
            var byte: UInt8 = 1
            _ = write(descriptor, &byte, 1)
        }
    }

    /// Called by the watcher thread once it has stopped polling; later `stop()` calls do nothing.
    func close() {
        stopped.withLock { $0 = true }
        writeEnd.withLock { descriptor in
            if descriptor >= 0 {
                FileSystem.closeDescriptor(descriptor)
                descriptor = -1
            }
        }
        FileSystem.closeDescriptor(readDescriptor)
    }
}
