/// A text in the form `QuoteMatcher` compares, with each normalised scalar's place (UTF-8 offsets) in the original.
///
/// Lowercased; straight quotes for typographic ones, `-` for dashes, `...` for `…`; each run of white space
/// (non-breaking spaces included) is one space and none leads or trails; `*` and `_` (Markdown emphasis
/// markers, should a curator copy them into a quote), soft hyphens and zero-width spaces are dropped; other
/// scalars canonically decomposed, combining marks in canonical order (NFD), so that `é` and `e` + U+0301 match.
struct NormalizedText {
    /// A normalised scalar and the UTF-8 range of the original scalar it came from. One list of
    /// these, not three lists side by side: each append checked and grew three arrays.
    struct Unit {
        var scalar: UInt32
        /// A combining mark, or a later part of one scalar's decomposition: a match may not start here,
        /// nor end just before, as in the original that would split a character (`e` of `é`).
        var continuesCharacter = false
        var sourceStart: Int
        var sourceEnd: Int
    }

    private(set) var units: [Unit] = []

    /// What a scalar outside ASCII becomes: its decomposition lowercased, each part with whether it
    /// continues a character and its combining class.
    private struct Part {
        var scalar: UInt32
        var continuing: Bool
        var order: UInt8
    }

    init(_ text: String) {
        units.reserveCapacity(text.utf8.count)
        // Each scalar's parts, found once per text: a page of Cyrillic or Persian repeats a few
        // dozen letters, and finding the parts takes a shared lock and three Unicode tables.
        var folded: [UInt32: [Part]] = [:]
        var pendingSpace: (start: Int, end: Int)?
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let start = offset
                let value: UInt32
                let lead = bytes[offset]
                if lead < 0x80 {
                    value = UInt32(lead)
                    offset += 1
                } else {
                    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var decoded = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for next in 1..<width { decoded = decoded << 6 | UInt32(bytes[offset + next] & 0x3F) }
                    value = decoded
                    offset += width
                }
                if Self.isSpace(value) {
                    if pendingSpace == nil, !units.isEmpty { pendingSpace = (start, offset) }
                    continue
                }
                if Self.isIgnored(value) { continue }
                if let space = pendingSpace {
                    append(0x20, space.start, space.end)
                    pendingSpace = nil
                }
                switch value {
                case 0x41...0x5A: append(value + 0x20, start, offset)
                case 0x00...0x7F: append(value, start, offset)
                case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A: append(0x27, start, offset)
                case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: append(0x22, start, offset)
                case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: append(0x2D, start, offset)
                case 0x2026:
                    for _ in 0..<3 { append(0x2E, start, offset) }
                default:
                    let parts: [Part]
                    if let known = folded[value] {
                        parts = known
                    } else {
                        parts = Self.fold(value)
                        folded[value] = parts
                    }
                    for part in parts { appendInCanonicalOrder(part, start, offset) }
                }
            }
        }
    }

    var isEmpty: Bool { units.isEmpty }

    var count: Int { units.count }

    var string: String {
        var result = String.UnicodeScalarView()
        for unit in units { if let scalar = Unicode.Scalar(unit.scalar) { result.append(scalar) } }
        return String(result)
    }

    private mutating func append(_ value: UInt32, _ start: Int, _ end: Int) {
        units.append(Unit(scalar: value, sourceStart: start, sourceEnd: end))
    }

    /// A scalar's decomposition (NFD), each part lowercased. Lowercasing a decomposed scalar gives
    /// the decomposition of its lowercase: a text and its NFC or NFD form end up as the same units.
    private static func fold(_ value: UInt32) -> [Part] {
        var parts: [Part] = []
        for (index, part) in (CanonicalDecomposition.of(value) ?? [value]).enumerated() {
            guard let scalar = Unicode.Scalar(part), scalar.properties.changesWhenLowercased else {
                parts.append(Part(scalar: part, continuing: index > 0, order: combiningClass(part)))
                continue
            }
            for (lowerIndex, lower) in scalar.properties.lowercaseMapping.unicodeScalars.enumerated() {
                parts.append(Part(scalar: lower.value, continuing: index > 0 || lowerIndex > 0, order: combiningClass(lower.value)))
            }
        }
        return parts
    }

    /// Appends a part, moving a combining mark before the marks of a higher class just before it:
    /// marks typed in another order compare equal. A mark moved past another takes the later end of
    /// the two, so the run's last unit ends where the run ends in the original.
    private mutating func appendInCanonicalOrder(_ part: Part, _ start: Int, _ end: Int) {
        let order = part.order
        units.append(Unit(scalar: part.scalar, continuesCharacter: part.continuing || order != 0, sourceStart: start, sourceEnd: end))
        var index = units.count - 1
        while order != 0, index > 0, Self.combiningClass(units[index - 1].scalar) > order {
            units.swapAt(index - 1, index)
            let runEnd = max(units[index - 1].sourceEnd, units[index].sourceEnd)
            units[index - 1].sourceEnd = runEnd
            units[index].sourceEnd = runEnd
            index -= 1
        }
    }

    /// Zero for all but combining marks, none of which comes before U+0300.
    private static func combiningClass(_ value: UInt32) -> UInt8 {
        guard value >= 0x300, let scalar = Unicode.Scalar(value) else { return 0 }
        return scalar.properties.canonicalCombiningClass.rawValue
    }

    private static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        case 0x00...0x7F: return false
        default: return Unicode.Scalar(value)?.properties.isWhitespace ?? false
        }
    }

    private static func isIgnored(_ value: UInt32) -> Bool {
        switch value {
        case 0x2A, 0x5F, 0x00AD, 0x200B, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// The UTF-8 range of `source` (the text this value was made from) where `needle` first occurs and both ends fall
    /// on character boundaries, or nil.
    func firstMatch(of needle: NormalizedText, in source: String) -> Range<Int>? {
        let count = needle.units.count
        guard count > 0, count <= units.count else { return nil }
        let found = units.withUnsafeBufferPointer { hay -> Int? in
            needle.units.withUnsafeBufferPointer { wanted -> Int? in
                let first = wanted[0].scalar
                var index = 0
                while index <= hay.count - count {
                    defer { index += 1 }
                    guard hay[index].scalar == first else { continue }
                    var matched = 1
                    while matched < count, hay[index + matched].scalar == wanted[matched].scalar { matched += 1 }
                    guard matched == count, isBoundedMatch(index..<index + count, in: source) else { continue }
                    return index
                }
                return nil
            }
        }
        return found.map { sourceRange(of: $0..<$0 + count) }
    }

    /// The UTF-8 range of `source` that `needle` matches when it starts at unit `position`, or nil: what
    /// `firstMatch` checks at each place, for a caller that knows where to look (`NormalizedTextIndex`).
    func match(_ needle: NormalizedText, at position: Int, in source: String) -> Range<Int>? {
        let count = needle.units.count
        guard count > 0, position >= 0, position + count <= units.count else { return nil }
        for offset in 0..<count where units[position + offset].scalar != needle.units[offset].scalar { return nil }
        let matched = position..<position + count
        return isBoundedMatch(matched, in: source) ? sourceRange(of: matched) : nil
    }

    private func sourceRange(of matched: Range<Int>) -> Range<Int> {
        units[matched.lowerBound].sourceStart..<units[matched.upperBound - 1].sourceEnd
    }

    /// Whether units `matched`, equal to a needle's, make a match: its ends fall on character boundaries, both in
    /// the units (a decomposed `é` is two) and in the original.
    private func isBoundedMatch(_ matched: Range<Int>, in source: String) -> Bool {
        guard !units[matched.lowerBound].continuesCharacter,
            matched.upperBound == units.count || !units[matched.upperBound].continuesCharacter
        else { return false }
        return Self.isCharacterAligned(sourceRange(of: matched), in: source)
    }

    /// A match must not start or end inside a character (say, on a base letter without its combining accent).
    static func isCharacterAligned(_ range: Range<Int>, in source: String) -> Bool {
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return lower.samePosition(in: source) != nil && upper.samePosition(in: source) != nil
    }
}
