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

    /// A record of `shape`'s names, for records made once per page: the shape is found once,
    /// not under a lock for each record.
    init(_ shape: Shape, _ values: [Any]) {
        assert(values.count == shape.names.count, "a record needs one value per name of its shape")
        names = shape.names
        self.values = values
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
        record.names = Self.shapes.shared(names + fields.map(\.key))
        record.values += fields.map(\.value)
        return record
    }

    /// The same record with one name's value replaced, or added when the record lacks it.
    func setting(_ name: String, to value: Any) -> TemplateRecord {
        var record = self
        if let index = names.firstIndex(of: name) {
            record.values[index] = value
        } else {
            record.names = Self.shapes.shared(names + [name])
            record.values.append(value)
        }
        return record
    }

    /// One copy of each list of names, however many records have it.
    private static let shapes = Shapes()

    private final class Shapes: @unchecked Sendable {
        private let lock = NSLock()
        private var known: Set<[String]> = []

        func shared(_ names: [String]) -> [String] {
            lock.withLock {
                if let known = known.firstIndex(of: names).map({ self.known[$0] }) { return known }
                known.insert(names)
                return names
            }
        }
    }
}

extension TemplateRecord: StoredListItem {
    /// Its values' storage: a record changed by `setting` or `adding` has new storage.
    var storageAddress: UnsafeRawPointer? { SharedStorage.address(of: values) }
}
