/// Fans reload events out to every open `/__dossier/events` stream.
///
/// A class with a lock rather than an actor: `publish` is called from the rebuild loop and
/// `subscribe` from request handlers, and neither should have to hop executors to do it.
final class ReloadHub: Sendable {
    private struct State {
        var subscribers: [Int: AsyncStream<String>.Continuation] = [:]
        var nextID = 0
        var closed = false
        /// The last failure, replayed to pages that connect while the build is broken so they
        /// show the overlay too. Nothing is replayed after a good build, or pages would reload forever.
        var pendingFailure: String?
    }

    private let state = Locked(State())

    /// A new stream of wire-ready SSE chunks; it ends when the hub closes or the consumer stops.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(16))
        let registered: Int? = state.withLock { state in
            guard !state.closed else { return nil }
            let id = state.nextID
            state.nextID += 1
            state.subscribers[id] = continuation
            if let failure = state.pendingFailure {
                continuation.yield(failure)
            }
            return id
        }
        guard let id = registered else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends the `reload` event for a finished build to every open stream.
    func publish(_ outcome: PreviewBuildOutcome) {
        let event = ReloadEvent(outcome: outcome).serverSentEvent
        broadcast(event) { state in
            state.pendingFailure = outcome.succeeded ? nil : event
        }
    }

    /// Sends an SSE comment so proxies keep the connection open and dead clients get noticed.
    func sendHeartbeat() {
        broadcast(": ping\n\n") { _ in }
    }

    /// Ends every stream and refuses new ones; called on shutdown so open pages never hold it up.
    func close() {
        let continuations = state.withLock { state -> [AsyncStream<String>.Continuation] in
            state.closed = true
            defer { state.subscribers.removeAll() }
            return Array(state.subscribers.values)
        }
        continuations.forEach { $0.finish() }
    }

    /// How many streams are open (tests wait on this before triggering a rebuild).
    var subscriberCount: Int {
        state.withLock { $0.subscribers.count }
    }

    private func broadcast(_ chunk: String, updating update: (inout State) -> Void) {
        // Yield outside the lock: a termination handler runs synchronously and takes the lock itself.
        let continuations = state.withLock { state -> [AsyncStream<String>.Continuation] in
            update(&state)
            return Array(state.subscribers.values)
        }
        continuations.forEach { $0.yield(chunk) }
    }
}
