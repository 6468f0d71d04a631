import Foundation

/// Claim list items by claim id, built once each, from any number of rendering threads.
final class ClaimItemCache: @unchecked Sendable {
    private var items: [String: [String: Any]] = [:]
    private let lock = NSLock()

    func item(_ id: String, build: () -> [String: Any]) -> [String: Any] {
        if let item = lock.withLock({ items[id] }) { return item }
        // Built outside the lock; two threads may both build one item, and either result is the same.
        let item = build()
        lock.withLock { items[id] = item }
        return item
    }
}
