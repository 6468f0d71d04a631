import Foundation

/// Values by id (claim list items, article links, claims' JSON), built once each per build from
/// any number of rendering threads, and carried into the next build for the ids an edit leaves be.
final class KeyedCache<Value>: @unchecked Sendable {
    private var values: [String: Value] = [:]
    private let lock = NSLock()
    /// False: every value is built when asked for and not kept.
    let keeps: Bool

    init(keeping: Bool = true) {
        self.keeps = keeping
    }

    func value(_ id: String, build: () -> Value) -> Value {
        guard keeps else { return build() }
        if let value = lock.withLock({ values[id] }) { return value }
        // Built outside the lock; two threads may both build one value, and either result is the same.
        let value = build()
        lock.withLock { values[id] = value }
        return value
    }

    /// Takes over another build's values, but for the ids given.
    func carry(from other: KeyedCache<Value>, except ids: Set<String>) {
        let carried = other.lock.withLock { other.values }
        lock.withLock {
            values = carried
            for id in ids { values[id] = nil }
        }
    }
}
