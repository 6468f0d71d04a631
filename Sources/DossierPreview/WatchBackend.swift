/// One way of noticing file changes (inotify, polling); it owns a thread that yields batches.
protocol WatchBackend: Sendable {
    /// Starts the thread; watches are already in place when the backend is created.
    func start()
    /// Stops the thread and finishes the batch stream; safe to call more than once, from any thread.
    func stop()
}

extension Duration {
    /// Milliseconds rounded up, for `poll` timeouts: rounding down would wake just before a deadline and spin.
    var roundedUpMilliseconds: Int32 {
        let (seconds, attoseconds) = components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(0, milliseconds))
    }
}
