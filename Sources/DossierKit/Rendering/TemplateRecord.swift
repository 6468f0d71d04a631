import Foundation
import Mustache

/// A view model with a fixed handful of names, for values a build makes by the ten thousand
/// (claim items). As a [String: Any], a claim item's 15 names took 1.6 KB of hash buckets, 78 MB
/// on a 30,000-claim report; as a list of values beside a list of names shared by every record
/// of the same shape it takes a third of that, and a dozen names are found by a scan about as
/// fast as by hashing. Templates read it like a dictionary: `TemplateRenderer` and swift-mustache
/// (through `MustacheParent`) both look names up in it.
struct TemplateRecord: MustacheParent, @unchecked Sendable {
    private var layout: Layout
    private var values: [Any]

    /// The record's names in order, shared with every record of the same shape.
    var names: [String] { layout.names }

    init(_ fields: KeyValuePairs<String, Any>) {
        layout = Self.shapes.shared(fields.map(\.key))
        values = fields.map(\.value)
    }

    /// A record of `shape`'s names, for records made by the thousand (one per claim, article or
    /// page): the shape is found once, not hashed under a lock for each record. The fields are
    /// written out by name for the reader; their names must be the shape's, in its order.
    init(_ shape: Shape, _ fields: KeyValuePairs<String, Any>) {
        assert(fields.map(\.key) == shape.names, "a record's fields are its shape's names, in order")
        layout = shape.layout
        values = fields.map(\.value)
    }

    /// A list of names, shared with every record that has it.
    struct Shape: Sendable {
        fileprivate let layout: Layout
        var names: [String] { layout.names }

        init(_ names: [String]) {
            layout = TemplateRecord.shapes.shared(names)
        }
    }

    /// A shape's names and their numbers (see `NameNumbers`); one object per shape, never freed.
    fileprivate final class Layout: Sendable {
        let names: [String]
        let numbers: [Int]

        init(_ names: [String]) {
            self.names = names
            numbers = names.map(NameNumbers.number)
        }
    }

    func child(named name: String) -> Any? {
        var index = 0
        while index < layout.names.count {
            if layout.names[index] == name { return values[index] }
            index += 1
        }
        return nil
    }

    /// The value of the name numbered `number` by `NameNumbers`, as the renderer looks names up.
    func child(number: Int) -> Any? {
        layout.numbers.withUnsafeBufferPointer { numbers in
            var index = 0
            while index < numbers.count {
                if numbers[index] == number { return values[index] }
                index += 1
            }
            return nil
        }
    }

    /// The same record with more names; none of them may be one it has.
    func adding(_ fields: KeyValuePairs<String, Any>) -> TemplateRecord {
        var record = self
        record.layout = Self.shapes.extending(layout, with: fields.map(\.key))
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
            if let index = names.firstIndex(of: name) {
                record.values[index] = value
            } else if let index = added.firstIndex(of: name) {
                record.values[names.count + index] = value
            } else {
                added.append(name)
                record.values.append(value)
            }
        }
        if !added.isEmpty { record.layout = Self.shapes.extending(layout, with: added) }
        return record
    }

    /// One layout for each list of names, however many records have it.
    private static let shapes = Shapes()

    private final class Shapes: @unchecked Sendable {
        private let lock = NSLock()
        private var known: [[String]: Layout] = [:]
        /// A layout and names added to it → the layout of them all. A claim page adds three
        /// names to its claim's item, and one to each item of its thread: found by hashing the
        /// item's names each time, that was a fiftieth of a build.
        private var extensions: [Extension: Layout] = [:]

        private struct Extension: Hashable {
            let base: ObjectIdentifier
            let added: [String]
        }

        func shared(_ names: [String]) -> Layout {
            lock.withLock { sharedLocked(names) }
        }

        func extending(_ layout: Layout, with added: [String]) -> Layout {
            let key = Extension(base: ObjectIdentifier(layout), added: added)
            return lock.withLock {
                if let known = extensions[key] { return known }
                let extended = sharedLocked(layout.names + added)
                extensions[key] = extended
                return extended
            }
        }

        private func sharedLocked(_ names: [String]) -> Layout {
            if let known = known[names] { return known }
            let layout = Layout(names)
            known[names] = layout
            return layout
        }
    }
}

extension TemplateRecord: StoredListItem {
    /// Its values' storage: a record changed by `setting` or `adding` has new storage. None for
    /// a record without values: every empty array has the same storage.
    var storageAddress: UnsafeRawPointer? { values.isEmpty ? nil : SharedStorage.address(of: values) }
}
