import ServiceLifecycle

/// Runs alongside the HTTP server: sends heartbeats to open event streams and closes them all
/// as soon as shutdown starts.
///
/// It is placed after the server in the service group, so graceful shutdown (which goes in reverse
/// order) reaches it first and the server then finds no long-lived request still open.
struct ReloadHubService: Service {
    let hub: ReloadHub
    var heartbeatInterval: Duration = .seconds(15)

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: heartbeatInterval)
                hub.sendHeartbeat()
            }
        }
        hub.close()
    }
}
