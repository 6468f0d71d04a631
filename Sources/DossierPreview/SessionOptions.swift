import UnixSignals

/// Knobs that `PreviewServer` and `WatchLoop` fix for users but tests need to turn.
struct SessionOptions: Sendable {
    /// Signals that start a graceful shutdown.
    var shutdownSignals: [UnixSignal] = [.sigint, .sigterm]
    /// How files are watched.
    var watchMode: FileWatcher.Mode = .automatic
    /// How long a graceful shutdown may take before remaining work is cancelled; keeps Ctrl-C
    /// under a second even if something (a slow rebuild, a stuck connection) does not finish.
    var shutdownDeadline: Duration = .milliseconds(800)
    /// Watched folders the build does without: `dossier build --watch` without a theme folder.
    var optionalDirectories: [String] = []
    /// `--quiet`: only failed builds (and where the site is served) are logged.
    var quiet = false
    /// Called with the bound port once the server listens.
    var onListening: @Sendable (Int) -> Void = { _ in }
}
