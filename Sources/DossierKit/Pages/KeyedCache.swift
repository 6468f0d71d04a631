import Foundation

/// Values by id (claim list items, article links, claims' JSON), built once each per build from
/// any number of rendering threads, and carried into the next build for the ids an edit leaves be.
///
/// A carried cache reads the previous build's values where they lie instead of copying them: it
/// keeps their dictionary as `carried`, shared, and the ids it must not take from it in `dropped`.
/// Copying a 30,000-entry dictionary to drop the three ids an article edit changes took 1–3 ms of
/// the 25–45 ms an edit takes to reach the disk.
final class KeyedCache<Value>: @unchecked Sendable {
    // @unchecked: every property but `keeps` is only touched under `lock`.
    /// The values this cache built.
    private var values: [String: Value] = [:]
    /// A previous build's values, never changed here, and the ids of them that do not hold.
    private var carried: [String: Value] = [:]
    private var dropped: Set<String> = []
    private let lock = NSLock()
    /// False: every value is built when asked for and not kept.
    let keeps: Bool

    /// Once a cache built or dropped this many values besides those it carries, the next one to
    /// carry from it merges them: lookups never go through more than two dictionaries, and the
    /// ids dropped do not pile up over a long session of edits.
    static var mergeThreshold: Int { 4_096 }

    init(keeping: Bool = true) {
        self.keeps = keeping
    }

    func value(_ id: String, build: () -> Value) -> Value {
        guard keeps else { return build() }
        if let value = lock.withLock({ lockedValue(id) }) { return value }
        // Built outside the lock; two threads may both build one value. The first one kept is the
        // one every page gets: list items are known by their storage (see `SharedListItems`).
        let value = build()
        return lock.withLock {
            if let kept = values[id] { return kept }
            values[id] = value
            return value
        }
    }

    private func lockedValue(_ id: String) -> Value? {
        if let value = values[id] { return value }
        guard !carried.isEmpty, !dropped.contains(id) else { return nil }
        return carried[id]
    }

    /// Takes over another build's values, but for the ids given.
    func carry(from other: KeyedCache<Value>, except ids: Set<String>) {
        var (own, carried, dropped) = other.lock.withLock { (other.values, other.carried, other.dropped) }
        if own.count + dropped.count >= Self.mergeThreshold || (carried.isEmpty && !own.isEmpty) {
            // Its own values become the shared layer: merged once, read in place from then on.
            for (id, value) in carried where own[id] == nil && !dropped.contains(id) { own[id] = value }
            (carried, dropped, own) = (own, [], [:])
        }
        for id in ids where own[id] != nil { own[id] = nil }
        dropped.formUnion(ids)
        lock.withLock {
            (values, self.carried, self.dropped) = (own, carried, dropped)
        }
    }
}
