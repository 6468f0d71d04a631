import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Portable fallback (used on macOS): rescans the trees every interval and reports what differs.
///
/// `@unchecked Sendable`: the snapshot is touched only by the backend's own thread after `init`;
/// `stop()` only flips a locked flag and writes to the wake pipe.
final class PollingBackend: WatchBackend, @unchecked Sendable {
    private let roots: [String]
    private let interval: Duration
    private let wakePipe: WakePipe
    private let output: AsyncStream<[String]>.Continuation
    private var snapshot: [String: FileSystem.Status]

    init(roots: [String], interval: Duration, output: AsyncStream<[String]>.Continuation) throws {
        guard let wakePipe = WakePipe() else { throw FileWatcherError.cannotStart(errno: errno) }
        self.roots = roots
        self.interval = interval
        self.wakePipe = wakePipe
        self.output = output
        self.snapshot = Self.scan(roots)
    }

    func start() {
        let thread = Thread { [self] in
            self.runLoop()
        }
        thread.name = "dossier-poll"
        thread.start()
    }

    func stop() {
        wakePipe.stop()
    }

    private func runLoop() {
        while !wakePipe.isStopped {
            // Sleeping in poll on the wake pipe, rather than in Thread.sleep, lets stop() end the wait at once.
            var wake = [pollfd(fd: wakePipe.readDescriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&wake, 1, interval.roundedUpMilliseconds)
            if ready != 0 && !(ready < 0 && errno == EINTR) {
                break
            }
            let current = Self.scan(roots)
            let changed = Self.differences(from: snapshot, to: current)
            snapshot = current
            if !changed.isEmpty {
                output.yield(changed)
            }
        }
        wakePipe.close()
        output.finish()
    }

    /// Every entry below the roots, and the roots themselves, keyed by absolute path. Links count
    /// as what they point to and links to folders are followed, as the build follows them; a
    /// folder reached a second time (a link back up) is not walked again.
    static func scan(_ roots: [String]) -> [String: FileSystem.Status] {
        var entries: [String: FileSystem.Status] = [:]
        // A root that goes away or comes back is reported itself, even when it holds nothing.
        for root in roots {
            entries[root] = FileSystem.status(of: root)
        }
        var walked: Set<[UInt64]> = []
        var pending = roots
        while let directory = pending.popLast() {
            if let status = FileSystem.status(of: directory), !walked.insert([status.device, status.inode]).inserted { continue }
            for name in FileSystem.entries(of: directory) where !WatchFilter.isIgnored(name: name) {
                let path = directory + "/" + name
                guard let status = FileSystem.status(of: path) else { continue }
                entries[path] = status
                if status.kind == .directory {
                    pending.append(path)
                }
            }
        }
        return entries
    }

    /// Paths added, removed or rewritten. A folder whose only change is its mtime (an entry was
    /// added or removed) is left out: the entry itself is reported.
    static func differences(from old: [String: FileSystem.Status], to new: [String: FileSystem.Status]) -> [String] {
        var changed: [String] = []
        for (path, status) in new {
            guard let previous = old[path] else {
                changed.append(path)
                continue
            }
            if status.kind == .directory && previous.kind == .directory {
                continue
            }
            if status != previous {
                changed.append(path)
            }
        }
        for path in old.keys where new[path] == nil {
            changed.append(path)
        }
        return changed.sorted()
    }
}
