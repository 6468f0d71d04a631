/// Watches source folders recursively and delivers debounced batches of changed absolute paths.
///
/// Uses inotify on Linux and an mtime scan elsewhere. Watches are in place when `init` returns.
/// A batch that is empty means "changes were lost, rebuild everything" (an inotify queue overflow).
public final class FileWatcher: Sendable {
    /// How the watcher notices changes.
    public enum Mode: Sendable {
        /// inotify on Linux, polling every 250 ms elsewhere.
        case automatic
        /// An mtime scan at the given interval, on any platform.
        case polling(interval: Duration)
    }

    /// The default quiet window: long enough to merge an editor's write–rename burst and a
    /// folder being copied in, short enough not to be noticed.
    public static let defaultDebounce: Duration = .milliseconds(30)

    /// The default quiet window after a change that completes a save (an existing file written
    /// and closed, or a file renamed into place): enough to merge saves made back to back.
    public static let defaultSettle: Duration = .milliseconds(5)

    /// The polling interval used by `.automatic` where inotify is unavailable.
    public static let defaultPollingInterval: Duration = .milliseconds(250)

    /// Batches of changed absolute paths, sorted and de-duplicated; it ends after `stop()`.
    /// It has a single consumer: iterate it from one task only.
    public let batches: AsyncStream<[String]>

    /// The folders watched: absolute, without duplicates or folders nested in another. One that
    /// does not exist yet is watched from when it appears.
    public let directories: [String]

    private let backend: any WatchBackend

    /// Starts watching `directories` (and every folder below them).
    /// - Parameters:
    ///   - debounce: the quiet window after the last change before a batch is delivered.
    ///   - settle: the shorter window after a change that completes a save (inotify only; at
    ///     most `debounce`).
    public init(
        directories: [String], debounce: Duration = FileWatcher.defaultDebounce, settle: Duration = FileWatcher.defaultSettle,
        mode: Mode = .automatic
    ) throws {
        let roots = Self.uniqueRoots(directories.map(FileSystem.absolutePath))
        let (stream, continuation) = AsyncStream.makeStream(of: [String].self, bufferingPolicy: .unbounded)
        let backend: any WatchBackend
        switch mode {
        case .polling(let interval):
            backend = try PollingBackend(roots: roots, interval: interval, output: continuation)
        case .automatic:
            #if os(Linux)
                backend = try InotifyBackend(roots: roots, quietWindow: debounce, settleWindow: settle, output: continuation)
            #else
                backend = try PollingBackend(roots: roots, interval: Self.defaultPollingInterval, output: continuation)
            #endif
        }
        continuation.onTermination = { _ in
            backend.stop()
        }
        self.batches = stream
        self.directories = roots
        self.backend = backend
        backend.start()
    }

    /// Stops watching; `batches` finishes shortly after. Safe to call more than once.
    public func stop() {
        backend.stop()
    }

    deinit {
        backend.stop()
    }

    /// Drops duplicates and folders nested in another watched folder, which would otherwise be
    /// watched, and reported, twice.
    static func uniqueRoots(_ roots: [String]) -> [String] {
        var unique: [String] = []
        for root in roots.sorted() where !unique.contains(where: { OutputPathResolver.isInside(root, root: $0) }) {
            unique.append(root)
        }
        return unique
    }
}
