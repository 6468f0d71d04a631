#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Hummingbird
import Logging
import ServiceLifecycle

/// `dossier serve`: builds once, serves the output folder, watches the sources, rebuilds and
/// live-reloads open pages until SIGINT/SIGTERM.
public enum PreviewServer {
    /// Builds once, serves, watches, rebuilds and live-reloads until SIGINT/SIGTERM; prints the URL via `log`.
    ///
    /// Throws `ListenError` if the address cannot be listened on (the port is in use, the host is
    /// not this machine's), before anything is built, or after the first build if another program
    /// took the port meanwhile; throws if the watcher cannot start.
    /// With `quiet`, only where the site is served and failed builds are logged. `onServing` is
    /// called with the site's address once it is served.
    public static func run(
        configuration: PreviewConfiguration,
        builder: some PreviewSiteBuilder,
        quiet: Bool = false,
        onServing: @escaping @Sendable (_ url: String) -> Void = { _ in },
        log: @escaping @Sendable (String) -> Void
    ) async throws {
        var options = SessionOptions()
        options.quiet = quiet
        let host = configuration.host
        options.onListening = { port in onServing(url(host: host, port: port)) }
        try await run(configuration: configuration, builder: builder, log: log, options: options)
    }

    static func run(
        configuration: PreviewConfiguration,
        builder: some PreviewSiteBuilder,
        log: @escaping @Sendable (String) -> Void,
        options: SessionOptions
    ) async throws {
        var configuration = configuration
        if let problem = ListenCheck.problem(host: configuration.host, port: configuration.port) {
            guard problem == .portInUse, configuration.mayUseAnotherPort else {
                throw ListenError(problem, host: configuration.host, port: configuration.port)
            }
            log("port \(configuration.port) is in use: serving on a free port instead")
            configuration.port = 0
        }
        let hub = ReloadHub()
        var loop = RebuildLoop(builder: builder, log: log, onOutcome: { hub.publish($0) })
        loop.quiet = options.quiet
        let rebuilds = try await RebuildService.prepare(
            watchedDirectories: configuration.watchedDirectories,
            optionalDirectories: configuration.optionalDirectories,
            debounce: configuration.debounce,
            mode: options.watchMode,
            loop: loop
        )
        let logger = quietLogger()
        let (folder, host) = (configuration.outputDirectory, configuration.host)
        let listening = Locked(false)
        let app = makeApplication(configuration: configuration, hub: hub, logger: logger) { port in
            listening.withLock { $0 = true }
            log("Serving \(folder) at \(url(host: host, port: port))")
            options.onListening(port)
        }
        // Graceful shutdown runs in reverse order: the hub closes every event stream first, then
        // the watcher stops, and the server finds no long-lived request left to wait for.
        var groupConfiguration = ServiceGroupConfiguration(
            services: [
                .init(service: app),
                .init(service: rebuilds),
                .init(service: ReloadHubService(hub: hub)),
            ],
            gracefulShutdownSignals: options.shutdownSignals,
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = options.shutdownDeadline
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch {
            // The address was free when checked, but the first build takes a while and another
            // program may take the port meanwhile: say so as the check would have, not as NIO's
            // bind error.
            if !listening.withLock({ $0 }), configuration.port != 0,
                let problem = ListenCheck.problem(host: configuration.host, port: configuration.port)
            {
                throw ListenError(problem, host: configuration.host, port: configuration.port)
            }
            throw error
        }
    }

    /// The HTTP application without its services, so route tests can drive it in process.
    static func makeApplication(
        configuration: PreviewConfiguration,
        hub: ReloadHub,
        logger: Logger = quietLogger(),
        onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> Application<PreviewResponder> {
        let responder = PreviewResponder(files: SiteFileServer(outputDirectory: configuration.outputDirectory), hub: hub)
        return Application(
            responder: responder,
            server: .previewHTTP1,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                // Port 0 asks the OS for a free port; report the one actually bound.
                onListening(channel.localAddress?.port ?? configuration.port)
            },
            logger: logger
        )
    }

    static func url(host: String, port: Int) -> String {
        "http://\(address(host: host, port: port))/"
    }

    /// `127.0.0.1:8000`, or `[::1]:8000` for an IPv6 host.
    static func address(host: String, port: Int) -> String {
        (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
    }

    /// Hummingbird's own info logging ("Server started…") would repeat what `log` prints, so only
    /// errors show, unless `DOSSIER_PREVIEW_LOG_LEVEL` (trace, debug, info, …) asks for more when debugging.
    static func quietLogger() -> Logger {
        var logger = Logger(label: "dossier.preview")
        logger.logLevel = getenv("DOSSIER_PREVIEW_LOG_LEVEL").flatMap { Logger.Level(rawValue: String(cString: $0)) } ?? .error
        return logger
    }
}
