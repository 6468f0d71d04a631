import Foundation
@testable import DossierPreview

/// Drains a watcher's batches in the background so tests can wait for and inspect them.
final class BatchCollector: @unchecked Sendable {
    // @unchecked: `received` is a lock-protected box; `task` is set once in init.
    private let received = Locked([[String]]())
    private var task: Task<Void, Never>?

    init(_ watcher: FileWatcher) {
        let received = self.received
        task = Task {
            for await batch in watcher.batches {
                received.withLock { $0.append(batch) }
            }
        }
    }

    deinit {
        task?.cancel()
    }

    var batches: [[String]] { received.withLock { $0 } }
    var paths: Set<String> { Set(batches.joined()) }

    /// Waits until some batch mentions `path`.
    func waitFor(_ path: String, timeout: Duration = .seconds(3)) async -> Bool {
        await waitUntil(timeout: timeout) { self.paths.contains(path) }
    }

    /// Waits until a batch after the first `count` mentions `path`: a change reported anew, not
    /// one seen before (a file reported when its folder came back, then edited).
    func waitFor(_ path: String, afterBatch count: Int, timeout: Duration = .seconds(3)) async -> Bool {
        await waitUntil(timeout: timeout) { self.batches.dropFirst(count).contains { $0.contains(path) } }
    }

    /// Waits until the watcher's stream has ended.
    func waitForEnd() async {
        await task?.value
    }
}
