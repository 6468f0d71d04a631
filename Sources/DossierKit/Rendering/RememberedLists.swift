import Foundation

/// The long lists of chosen pages as last rendered, item by item, kept from one build to the
/// next. The article list an edit publishes first has an item per article; re-rendered after a
/// title edit, one item changed and the others can be copied from the last render. Which items
/// can be copied is decided as strictly as a cache must be: see `RememberedList.Item`.
///
/// Held by a `TemplateSet`, so a theme change starts it afresh. Thread-safe: pages render on
/// every core.
final class RememberedLists: @unchecked Sendable {
    // @unchecked: `pages` is only touched under `lock`.
    private let lock = NSLock()
    private var pages: [String: [RememberedList]] = [:]
    private var copies: [String: Int] = [:]

    /// A page's long lists in the order its render met them; empty when it has none yet.
    func lists(of page: String) -> [RememberedList] {
        lock.withLock { pages[page] ?? [] }
    }

    /// Keeps a render's lists, and how many of their items it copied from the previous ones.
    func remember(_ lists: [RememberedList], copiedItems: Int, of page: String) {
        lock.withLock {
            pages[page] = lists
            copies[page] = copiedItems
        }
    }

    /// How many items the page's last render copied rather than rendered.
    func copiedItems(of page: String) -> Int {
        lock.withLock { copies[page] ?? 0 }
    }
}
