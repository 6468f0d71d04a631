import Mustache

/// A view model with a fixed handful of names, for values a build makes by the ten thousand
/// (claim items). As a [String: Any], a claim item's 15 names took 1.6 KB of hash buckets, 78 MB
/// on a 30,000-claim report; as one list of names and values it takes under half, and a dozen
/// names are found by a scan about as fast as by hashing. Templates read it like a dictionary:
/// `TemplateRenderer` and swift-mustache (through `MustacheParent`) both look names up in it.
struct TemplateRecord: MustacheParent, @unchecked Sendable {
    private var fields: [(name: String, value: Any)]

    init(_ fields: KeyValuePairs<String, Any>) {
        self.fields = fields.map { ($0.key, $0.value) }
    }

    func child(named name: String) -> Any? {
        var index = 0
        while index < fields.count {
            if fields[index].name == name { return fields[index].value }
            index += 1
        }
        return nil
    }

    var names: [String] { fields.map(\.name) }

    /// The same record with one name's value replaced, or added when the record lacks it.
    func setting(_ name: String, to value: Any) -> TemplateRecord {
        var record = self
        if let index = fields.firstIndex(where: { $0.name == name }) {
            record.fields[index].value = value
        } else {
            record.fields.append((name, value))
        }
        return record
    }
}
