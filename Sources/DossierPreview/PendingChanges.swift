/// Changed paths waiting for the next rebuild, merged while a rebuild is running.
///
/// This is what turns "a change arrived during a rebuild" into exactly one more rebuild with the
/// union of the paths, however many batches came in meanwhile.
final class PendingChanges: Sendable {
    private struct State {
        var paths: Set<String> = []
        /// Set by an empty batch: the next rebuild must be a full one.
        var everything = false
        var finished = false
        var waiter: CheckedContinuation<[String]?, Never>?

        var hasWork: Bool { everything || !paths.isEmpty }

        mutating func take() -> [String] {
            defer {
                paths.removeAll()
                everything = false
            }
            return everything ? [] : paths.sorted()
        }
    }

    private let state = Locked(State())

    /// Adds a batch (empty means everything changed) and wakes a waiting `next()`.
    func add(_ batch: [String]) {
        let resumption = state.withLock { state -> (CheckedContinuation<[String]?, Never>, [String])? in
            guard !state.finished else { return nil }
            if batch.isEmpty {
                state.everything = true
            } else {
                state.paths.formUnion(batch)
            }
            guard let waiter = state.waiter else { return nil }
            state.waiter = nil
            return (waiter, state.take())
        }
        if let (waiter, paths) = resumption {
            waiter.resume(returning: paths)
        }
    }

    /// Ends `next()`: paths still pending are dropped (the watcher stopped, the session is over).
    func finish() {
        let waiter = state.withLock { state -> CheckedContinuation<[String]?, Never>? in
            state.finished = true
            state.paths.removeAll()
            state.everything = false
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: nil)
    }

    /// Waits for changes and takes all of them (empty means a full build); nil once finished or cancelled.
    func next() async -> [String]? {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<[String]?, Never>) in
                let immediate = state.withLock { state -> [String]?? in
                    if state.finished || Task.isCancelled { return .some(nil) }
                    if state.hasWork { return .some(state.take()) }
                    state.waiter = continuation
                    return nil
                }
                if let immediate {
                    continuation.resume(returning: immediate)
                }
            }
        } onCancel: {
            finish()
        }
    }
}
