/// Identity of a dictionary's or an array's copy-on-write storage. Two values sharing it are
/// equal without a comparison; one kept alive (as `RememberedList.Item.value` is) is never
/// mutated in place, because it is no longer uniquely referenced.
enum SharedStorage {
    static func same<Key, Value>(_ first: [Key: Value], _ second: [Key: Value]) -> Bool {
        guard let first = address(of: first) else { return false }
        return first == address(of: second)
    }

    /// The storage's address; nil should a dictionary ever be more than one reference, in which
    /// case nothing is the same and every item renders afresh.
    static func address<Key, Value>(of dictionary: [Key: Value]) -> UnsafeRawPointer? {
        guard MemoryLayout<[Key: Value]>.size == MemoryLayout<UnsafeRawPointer>.size else { return nil }
        return unsafeBitCast(dictionary, to: UnsafeRawPointer.self)
    }

    /// The same for an array's storage (all empty arrays share one, and are equal).
    static func address<Element>(of array: [Element]) -> UnsafeRawPointer? {
        guard MemoryLayout<[Element]>.size == MemoryLayout<UnsafeRawPointer>.size else { return nil }
        return unsafeBitCast(array, to: UnsafeRawPointer.self)
    }
}

/// A list item that a remembered list recognises by its storage: a dictionary or a record.
protocol StoredListItem {
    var storageAddress: UnsafeRawPointer? { get }
}

extension Dictionary: StoredListItem where Key == String, Value == Any {
    /// None for an empty dictionary: every empty dictionary has the same storage.
    var storageAddress: UnsafeRawPointer? { isEmpty ? nil : SharedStorage.address(of: self) }
}
