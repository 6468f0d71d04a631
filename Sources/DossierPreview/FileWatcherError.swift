/// Why a file watcher could not start.
public enum FileWatcherError: Error, CustomStringConvertible {
    /// The kernel refused an inotify instance or a wake-up pipe (errno attached), e.g. too many open files.
    case cannotStart(errno: Int32)

    public var description: String {
        switch self {
        case .cannotStart(let code):
            return "cannot start watching for changes (errno \(code))"
        }
    }
}
