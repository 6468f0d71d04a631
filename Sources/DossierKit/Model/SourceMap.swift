/// Where each field of an entry was written, so that checks far from loading can point at it.
public struct SourceMap: Hashable, Sendable {
    /// The entry itself: the file's first line, or the `- id:` item of a claim.
    public var origin: SourceLocation
    /// Field name (`actor`, `sources[1].quote`, `subjects[0]`) to the location of its value.
    public var fields: [String: SourceLocation] = [:]

    public init(origin: SourceLocation) {
        self.origin = origin
    }

    /// The location of a field's value, or the entry's when the field was not written.
    public subscript(_ field: String) -> SourceLocation {
        fields[field] ?? origin
    }
}
