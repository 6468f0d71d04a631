/// One long list section as rendered on a page: its bytes and where each item's share ends.
struct RememberedList {
    /// The section's tag; the same object only within one theme.
    let section: TemplateName
    /// The scope the section rendered in, which its items' output depends on.
    let indentation: [UInt8]?
    let overrides: [String: UnsafeBufferPointer<RenderNode>]?
    var bytes: [UInt8] = []
    var items: [Item] = []

    /// An item and what its output depended on besides the item itself.
    struct Item {
        /// The item (a dictionary or a record), kept so that its storage stays alive and cannot
        /// be reused by another.
        let value: any StoredListItem
        /// The item's storage, which tells it from any other.
        let address: UnsafeRawPointer?
        /// Where its output ends in `bytes`; it starts where the previous item's ends.
        let end: Int
        /// The item's position in the list, when the output used it (`first()`, `index()`).
        let position: ListPosition?
        /// Names the item did not have, looked up in the values around the list, with what they
        /// were; only plain values (text, numbers, flags) are recorded. Nil when the output
        /// depended on something that cannot be compared cheaply, or missed a name: never copied.
        let outerReads: [OuterRead]?
    }

    struct OuterRead: Equatable {
        let name: String
        let value: OuterValue
    }

    /// A value found outside the item, as the item's output saw it.
    enum OuterValue: Equatable {
        case text(String)
        case number(Int)
        case flag(Bool)
        case absent

        init?(_ value: Any) {
            if let text = value as? String {
                self = .text(text)
            } else if let number = value as? Int {
                self = .number(number)
            } else if let flag = value as? Bool {
                self = .flag(flag)
            } else if value is Absent {
                self = .absent
            } else {
                return nil
            }
        }
    }

    /// Whether the section renders in the same place of the same theme as this one did.
    func matches(_ section: TemplateName, indentation: [UInt8]?, overrides: [String: UnsafeBufferPointer<RenderNode>]?) -> Bool {
        guard self.section === section, self.indentation == indentation else { return false }
        switch (self.overrides, overrides) {
        case (nil, nil): return true
        case (let old?, let new?): return SharedStorage.same(old, new)
        default: return false
        }
    }

    /// The bytes the item at `index` rendered last time, when they can be copied for an item at
    /// `position`: its output missed nothing and did not use its position, or the same one.
    func bytes(ofItemAt index: Int, position: ListPosition) -> (range: Range<Int>, record: Item)? {
        let record = items[index]
        guard record.outerReads != nil, record.position == nil || record.position == position else { return nil }
        let start = index == 0 ? 0 : items[index - 1].end
        return (start..<record.end, record)
    }
}

extension RememberedList {
    /// Finds where an item was in a remembered list: at the same index when the list kept its
    /// order (an edit to a title), anywhere otherwise (an article added, or moved by its new date).
    struct Finder {
        private let list: RememberedList
        /// Every previous item by its storage, made when the first item is not where it was.
        private var byStorage: [UnsafeRawPointer: Int]?

        init(_ list: RememberedList) {
            self.list = list
        }

        mutating func index(of item: some StoredListItem, near index: Int) -> Int? {
            guard let storage = item.storageAddress else { return nil }
            if index < list.items.count, list.items[index].address == storage { return index }
            if byStorage == nil {
                var map: [UnsafeRawPointer: Int] = [:]
                map.reserveCapacity(list.items.count)
                for (index, old) in list.items.enumerated() {
                    if let address = old.address { map[address] = index }
                }
                byStorage = map
            }
            return byStorage?[storage]
        }
    }
}
