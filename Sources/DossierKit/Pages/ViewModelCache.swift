import Foundation

/// View models by id (claim list items, article links), built once each per build from any
/// number of rendering threads, and carried into the next build when an edit leaves them be.
final class ViewModelCache: @unchecked Sendable {
    private var models: [String: [String: Any]] = [:]
    private let lock = NSLock()

    func model(_ id: String, build: () -> [String: Any]) -> [String: Any] {
        if let model = lock.withLock({ models[id] }) { return model }
        // Built outside the lock; two threads may both build one model, and either result is the same.
        let model = build()
        lock.withLock { models[id] = model }
        return model
    }

    /// Takes over another build's models, but for the ids given.
    func carry(from other: ViewModelCache, except ids: Set<String> = []) {
        let carried = other.lock.withLock { other.models }
        lock.withLock {
            models = carried
            for id in ids { models[id] = nil }
        }
    }
}
