import ServiceLifecycle

/// `dossier build --watch`: the preview's rebuild loop without a server.
public enum WatchLoop {
    /// `dossier build --watch`: the same rebuild loop without a server, until SIGINT/SIGTERM.
    ///
    /// Like `PreviewServer.run` it builds once first (a full build), then rebuilds on every change.
    /// With `quiet`, only failed builds are logged. A folder of `optionalDirectories` that is
    /// missing is watched for without a word.
    public static func run(
        watchedDirectories: [String],
        optionalDirectories: [String] = [],
        builder: some PreviewSiteBuilder,
        quiet: Bool = false,
        log: @escaping @Sendable (String) -> Void
    ) async throws {
        var options = SessionOptions()
        options.quiet = quiet
        options.optionalDirectories = optionalDirectories
        try await run(
            watchedDirectories: watchedDirectories, debounce: FileWatcher.defaultDebounce, builder: builder, log: log, options: options)
    }

    /// The same, with a custom quiet window between the last change and the rebuild.
    public static func run(
        watchedDirectories: [String],
        debounce: Duration,
        builder: some PreviewSiteBuilder,
        log: @escaping @Sendable (String) -> Void
    ) async throws {
        try await run(watchedDirectories: watchedDirectories, debounce: debounce, builder: builder, log: log, options: SessionOptions())
    }

    static func run(
        watchedDirectories: [String],
        debounce: Duration,
        builder: some PreviewSiteBuilder,
        log: @escaping @Sendable (String) -> Void,
        options: SessionOptions
    ) async throws {
        var loop = RebuildLoop(builder: builder, log: log)
        loop.quiet = options.quiet
        let rebuilds = try await RebuildService.prepare(
            watchedDirectories: watchedDirectories,
            optionalDirectories: options.optionalDirectories,
            debounce: debounce,
            mode: options.watchMode,
            loop: loop
        )
        if !options.quiet {
            log("Watching \(rebuilds.watcher.directories.map(RebuildLoop.displayPath).joined(separator: ", ")) for changes")
        }
        options.onListening(0)
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: rebuilds)],
            gracefulShutdownSignals: options.shutdownSignals,
            logger: PreviewServer.quietLogger()
        )
        groupConfiguration.maximumGracefulShutdownDuration = options.shutdownDeadline
        try await ServiceGroup(configuration: groupConfiguration).run()
    }
}
