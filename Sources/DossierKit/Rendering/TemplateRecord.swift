import Foundation
import Mustache

/// A view model with a fixed handful of names, for values a build makes by the ten thousand
/// (claim items). As a [String: Any], a claim item's 15 names took 1.6 KB of hash buckets, 78 MB
/// on a 30,000-claim report; as a list of values beside a list of names shared by every record
/// of the same shape it takes a third of that, and a dozen names are found by a scan about as
/// fast as by hashing. Templates read it like a dictionary: `TemplateRenderer` and swift-mustache
/// (through `MustacheParent`) both look names up in it.
struct TemplateRecord: MustacheParent, @unchecked Sendable {
    private(set) var names: [String]
    private var values: [Any]

    init(_ fields: KeyValuePairs<String, Any>) {
        names = Self.shapes.shared(fields.map(\.key))
        values = fields.map(\.value)
    }

    /// A record of `shape`'s names, for records made by the thousand (one per claim, article or
    /// page): the shape is found once, not hashed under a lock for each record. The fields are
    /// written out by name for the reader; their names must be the shape's, in its order.
    init(_ shape: Shape, _ fields: KeyValuePairs<String, Any>) {
        assert(fields.map(\.key) == shape.names, "a record's fields are its shape's names, in order")
        names = shape.names
        values = fields.map(\.value)
    }

    /// A list of names, shared with every record that has it.
    struct Shape: Sendable {
        let names: [String]

        init(_ names: [String]) {
            self.names = TemplateRecord.shapes.shared(names)
        }
    }

    func child(named name: String) -> Any? {
        var index = 0
        while index < names.count {
            if names[index] == name { return values[index] }
            index += 1
        }
        return nil
    }

    /// The same record with more names; none of them may be one it has.
    func adding(_ fields: KeyValuePairs<String, Any>) -> TemplateRecord {
        var record = self
        record.names = Self.shapes.extending(names, with: fields.map(\.key))
        record.values += fields.map(\.value)
        return record
    }

    /// The same record with one name's value replaced, or added when the record lacks it.
    func setting(_ name: String, to value: Any) -> TemplateRecord {
        setting([name: value])
    }

    /// The same record with each name's value replaced, or added when the record lacks it; the
    /// values are copied once however many names are set.
    func setting(_ fields: KeyValuePairs<String, Any>) -> TemplateRecord {
        var record = self
        var added: [String] = []
        for (name, value) in fields {
            if let index = record.names.firstIndex(of: name) {
                record.values[index] = value
            } else if let index = added.firstIndex(of: name) {
                record.values[names.count + index] = value
            } else {
                added.append(name)
                record.values.append(value)
            }
        }
        if !added.isEmpty { record.names = Self.shapes.extending(names, with: added) }
        return record
    }

    /// One copy of each list of names, however many records have it.
    private static let shapes = Shapes()

    private final class Shapes: @unchecked Sendable {
        private let lock = NSLock()
        private var known: Set<[String]> = []
        /// A shared list of names, by where it is stored, and names added to it → the shared
        /// list of them all. A claim page adds three names to its claim's item, and one to each
        /// item of its thread: found by hashing the item's names each time, that was a fiftieth
        /// of a build.
        private var extensions: [Extension: [String]] = [:]

        private struct Extension: Hashable {
            let base: UnsafeRawPointer?
            let added: [String]
        }

        func shared(_ names: [String]) -> [String] {
            lock.withLock { sharedLocked(names) }
        }

        /// `names` must be a shared list: shared lists are never freed, so where one is stored
        /// names it for as long as the process runs.
        func extending(_ names: [String], with added: [String]) -> [String] {
            let key = Extension(base: SharedStorage.address(of: names), added: added)
            return lock.withLock {
                if let known = extensions[key] { return known }
                let extended = sharedLocked(names + added)
                if key.base != nil { extensions[key] = extended }
                return extended
            }
        }

        private func sharedLocked(_ names: [String]) -> [String] {
            if let known = known.firstIndex(of: names).map({ self.known[$0] }) { return known }
            known.insert(names)
            return names
        }
    }
}

extension TemplateRecord: StoredListItem {
    /// Its values' storage: a record changed by `setting` or `adding` has new storage.
    var storageAddress: UnsafeRawPointer? { SharedStorage.address(of: values) }
}
