/// Identity of a dictionary's copy-on-write storage. Two dictionaries sharing it are equal
/// without a comparison; one kept alive (as `RememberedList.Item.value` is) is never mutated in
/// place, because it is no longer uniquely referenced.
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
}
