import Foundation

/// List items rendered once for many pages. A claim is listed on its year's timeline page, on
/// its actor's page and on the pages of its subjects, weapons and topic, and an article on the
/// page of everything it mentions: each time through the same partial with the same record.
/// Rendered once, an item's bytes are copied wherever the same record meets the same partial
/// and its output read the same plain values from around the list (`root`). On the
/// 10,000-article bench report, 369,000 items are listed by 360 pages, of 40,000 records.
///
/// Every kept item stays in memory until the pages sharing them are done; all of them would be
/// 22 MB there, a fifth more peak memory for the whole build, so each partial keeps at most `budget`
/// bytes and renders the rest each time. Thread-safe: pages render on every core.
final class SharedListItems: @unchecked Sendable {
    // @unchecked: the tables are only touched under `lock`.
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var partials: [UnsafeRawPointer: Partial] = [:]
    private(set) var copiedItems = 0
    /// The most item bytes kept for each partial: every kept item stays in memory until the
    /// pages are done. Per partial, so that the short items of a partial used on every page (an
    /// article link) are not crowded out by the long claims kept first.
    let budget: Int

    init(budget: Int = 4 << 20) {
        self.budget = budget
    }

    struct Key: Hashable {
        /// The partial's nodes: the same object only within one theme.
        let partial: UnsafeRawPointer
        /// The item's storage (see `StoredListItem`).
        let item: UnsafeRawPointer
    }

    struct Entry {
        /// The item, kept so that its storage stays alive and cannot be reused by another.
        let item: any StoredListItem
        /// What a standalone partial's lines started with.
        let indentation: [UInt8]?
        /// The plain values the item's output read from around its list.
        let outerReads: [RememberedList.OuterRead]
        let bytes: [UInt8]
    }

    /// What is known of a partial: whether its items can be shared, and how many bytes are kept.
    private struct Partial {
        var shareable: Bool
        var keptBytes = 0
    }

    func entry(_ key: Key) -> Entry? {
        lock.withLock { entries[key] }
    }

    /// Keeps an item's output while its partial's budget lasts.
    func store(_ entry: Entry, as key: Key) {
        lock.withLock {
            guard let kept = partials[key.partial]?.keptBytes, kept + entry.bytes.count <= budget, entries[key] == nil else { return }
            partials[key.partial]?.keptBytes = kept + entry.bytes.count
            entries[key] = entry
        }
    }

    /// Counts the items a page copied rather than rendered.
    func noteCopies(_ count: Int) {
        guard count > 0 else { return }
        lock.withLock { copiedItems += count }
    }

    /// Whether a partial's output can be shared: nothing in it, or in the partials it calls,
    /// reads a block, whose content would come from the page's own template.
    func canShare(_ partial: UnsafeBufferPointer<RenderNode>) -> Bool {
        guard let address = partial.baseAddress.map(UnsafeRawPointer.init) else { return false }
        if let known = lock.withLock({ partials[address]?.shareable }) { return known }
        var visited: Set<UnsafeRawPointer> = []
        let shareable = Self.readsNoBlock(partial, &visited)
        lock.withLock {
            if partials[address] == nil { partials[address] = Partial(shareable: shareable) }
        }
        return shareable
    }

    private static func readsNoBlock(_ nodes: UnsafeBufferPointer<RenderNode>, _ visited: inout Set<UnsafeRawPointer>) -> Bool {
        guard let address = nodes.baseAddress.map(UnsafeRawPointer.init), visited.insert(address).inserted else { return true }
        for node in nodes {
            switch node {
            case .text, .variable:
                continue
            case .section(_, let body, _):
                if !readsNoBlock(body, &visited) { return false }
            case .partial(let call):
                let call = call.takeUnretainedValue()
                guard call.overrides == nil, let target = call.target, readsNoBlock(target, &visited) else { return false }
            case .block:
                return false
            }
        }
        return true
    }
}
