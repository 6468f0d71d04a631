/// Where `dossier serve` listens, what it serves and what it watches.
public struct PreviewConfiguration: Sendable {
    /// The interface to bind; loopback by default so a preview is never exposed by accident.
    public var host: String
    /// The port to bind; 0 picks a free one (the real port is what gets printed).
    public var port: Int
    /// The folder to serve (the site's output).
    public var outputDirectory: String
    /// The source folders to watch, e.g. the Content and Templates folders.
    public var watchedDirectories: [String]
    /// Those of `watchedDirectories` the build does without: one missing is watched for
    /// without a word.
    public var optionalDirectories: [String]
    /// How long the watcher waits for a burst of saves to go quiet before rebuilding.
    public var debounce: Duration
    /// Whether a port in use gives way to a free one (said in the log) instead of failing: for
    /// the default port, which another program may hold; a port asked for is that port or nothing.
    public var mayUseAnotherPort: Bool

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1",
        port: Int = 8000,
        outputDirectory: String,
        watchedDirectories: [String],
        optionalDirectories: [String] = [],
        debounce: Duration = FileWatcher.defaultDebounce,
        mayUseAnotherPort: Bool = false
    ) {
        self.host = host
        self.port = port
        self.outputDirectory = outputDirectory
        self.watchedDirectories = watchedDirectories
        self.optionalDirectories = optionalDirectories
        self.debounce = debounce
        self.mayUseAnotherPort = mayUseAnotherPort
    }
}
