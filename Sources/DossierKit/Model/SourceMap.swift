/// Where each field of an entry was written, so that checks far from loading can point at it.
///
/// Kept as a short list rather than a dictionary: every claim carries one, with a dozen fields,
/// and a dictionary of full locations was 1.6 KB a claim (48 MB on a 30,000-claim report);
/// the fields share the entry's path, and a dozen names are found faster by a scan than a hash.
public struct SourceMap: Hashable, Sendable {
    /// The entry itself: the file's first line, or the `- id:` item of a claim.
    public var origin: SourceLocation
    private var entries: [Entry] = []

    private struct Entry: Hashable, Sendable {
        var field: String
        var line: Int32
        var column: Int32
    }

    public init(origin: SourceLocation) {
        self.origin = origin
    }

    /// The location of a field's value, or the entry's when the field was not written.
    public subscript(_ field: String) -> SourceLocation {
        location(of: field) ?? origin
    }

    /// The location of a field's value (`actor`, `sources[1].quote`, `subjects[0]`), if written.
    public func location(of field: String) -> SourceLocation? {
        entries.first { $0.field == field }.map(location)
    }

    /// Every recorded field and its location, in the order recorded.
    public var fields: [(field: String, location: SourceLocation)] {
        entries.map { ($0.field, location($0)) }
    }

    /// Records where a field's value is, replacing an earlier record of the same field. The
    /// location must be in the entry's file.
    public mutating func record(_ field: String, at location: SourceLocation) {
        let entry = Entry(field: field, line: Int32(clamping: location.line), column: Int32(clamping: location.column))
        if let index = entries.firstIndex(where: { $0.field == field }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    private func location(_ entry: Entry) -> SourceLocation {
        SourceLocation(path: origin.path, line: Int(entry.line), column: Int(entry.column))
    }
}
