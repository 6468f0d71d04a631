/// Names and aliases of actors and weapons to link in article text.
///
/// A term matches case-sensitively, as a whole word (the characters on either side are not letters or digits, so
/// `Iran's` mentions Iran and `Iranian` does not), and where several terms start at one place the longest wins.
/// Terms are bucketed by their first word, so finding mentions costs one hash lookup per word of text, whatever
/// the number of terms.
public struct MentionIndex: Sendable {
    /// One name or alias of an entity.
    public struct Entry: Hashable, Sendable {
        public var term: String
        /// Identifies the entity, e.g. `actor:iran`, `weapon:shahed-136`; several terms share a key.
        public var key: String
        public var href: String
        public init(term: String, key: String, href: String) {
            self.term = term
            self.key = key
            self.href = href
        }
    }

    struct Term: Sendable {
        var bytes: [UInt8]
        var entry: Entry
    }

    /// The entries in use: empty terms dropped, and for a term listed twice the first entry.
    public let entries: [Entry]
    let terms: [Term]
    /// Hash of a term's first word → indices into `terms`, longest term first.
    private let buckets: BucketTable
    /// Whether some term starts with this byte: most words (lowercase ones, for names) are passed over without hashing.
    private let startBytes: [Bool]

    /// Key identifies the entity, e.g. "actor:iran", "weapon:shahed-136"; several terms share a key.
    public init(_ entries: [Entry]) {
        var seen: Set<String> = []
        var kept: [Entry] = []
        for entry in entries where !entry.term.isEmpty && seen.insert(entry.term).inserted {
            kept.append(entry)
        }
        self.entries = kept
        let terms = kept.map { Term(bytes: Array($0.term.utf8), entry: $0) }
        self.terms = terms
        var buckets: [UInt64: [Int]] = [:]
        for (index, term) in terms.enumerated() {
            term.bytes.withUnsafeBufferPointer { bytes in
                let keyEnd = Self.keyEnd(in: bytes, from: 0)
                buckets[Self.hash(bytes, 0..<keyEnd), default: []].append(index)
            }
        }
        // Longest first; equal lengths in a fixed order.
        self.buckets = BucketTable(
            buckets.mapValues { bucket in
                bucket.sorted { (terms[$0].bytes.count, terms[$1].entry.term) > (terms[$1].bytes.count, terms[$0].entry.term) }
            })
        var startBytes = [Bool](repeating: false, count: 256)
        for term in terms { startBytes[Int(term.bytes[0])] = true }
        self.startBytes = startBytes
    }

    /// The buckets as one open-addressed table over one list of term indices: looked up for
    /// every capitalised word of every article, a dictionary of arrays hashed each word's hash
    /// again and retained the bucket it found.
    private struct BucketTable: Sendable {
        private let hashes: [UInt64]
        /// Where each slot's terms are in `indices`; an empty slot has none.
        private let ranges: [Range<Int>]
        private let indices: [Int]
        private let mask: Int

        init(_ buckets: [UInt64: [Int]]) {
            var capacity = 16
            while capacity < buckets.count * 2 { capacity *= 2 }
            var hashes = [UInt64](repeating: 0, count: capacity)
            var ranges = [Range<Int>](repeating: 0..<0, count: capacity)
            var indices: [Int] = []
            // In a fixed order, so the table is the same from run to run.
            for (hash, bucket) in buckets.sorted(by: { $0.key < $1.key }) {
                var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                while !ranges[slot].isEmpty { slot = (slot + 1) & (capacity - 1) }
                hashes[slot] = hash
                ranges[slot] = indices.count..<(indices.count + bucket.count)
                indices += bucket
            }
            (self.hashes, self.ranges, self.indices, mask) = (hashes, ranges, indices, capacity - 1)
        }

        var isEmpty: Bool { indices.isEmpty }

        /// The terms whose first word has this hash, longest first; nil when there are none.
        func terms(hash: UInt64) -> ArraySlice<Int>? {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while !ranges[slot].isEmpty {
                if hashes[slot] == hash { return indices[ranges[slot]] }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// A term found in a text: its UTF-8 range and the term's index in `terms`.
    struct Match {
        var range: Range<Int>
        var term: Int
    }

    /// Every mention in `text` (UTF-8), left to right, without overlaps, longest first at each place.
    func matches(in text: [UInt8]) -> [Match] {
        guard !buckets.isEmpty else { return [] }
        var found: [Match] = []
        text.withUnsafeBufferPointer { bytes in
            var index = 0
            var afterWord = false
            scanning: while index < bytes.count {
                let (scalar, width) = Self.decode(bytes, at: index)
                let isWord = Self.isWordScalar(scalar)
                if !afterWord {
                    let keyEnd = isWord ? Self.keyEnd(in: bytes, from: index) : index + width
                    if startBytes[Int(bytes[index])], let candidates = buckets.terms(hash: Self.hash(bytes, index..<keyEnd)) {
                        for candidate in candidates where startsWith(terms[candidate].bytes, bytes, at: index) {
                            let end = index + terms[candidate].bytes.count
                            if end < bytes.count, Self.isWordScalar(Self.decode(bytes, at: end).scalar) { continue }
                            found.append(Match(range: index..<end, term: candidate))
                            index = end
                            afterWord = false
                            if end > 0 { afterWord = Self.isWordScalar(Self.lastScalar(bytes, before: end)) }
                            continue scanning
                        }
                    }
                    if isWord {
                        // No term starts inside a word: jump to its end.
                        index = keyEnd
                        afterWord = true
                        continue
                    }
                }
                afterWord = isWord
                index += width
            }
        }
        return found
    }

    private func startsWith(_ term: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + term.count <= bytes.count else { return false }
        for offset in 0..<term.count where bytes[index + offset] != term[offset] { return false }
        return true
    }

    /// Where the word starting at `start` ends; for a non-word character, just past it.
    private static func keyEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count else { return start }
        let (first, firstWidth) = decode(bytes, at: start)
        guard isWordScalar(first) else { return start + firstWidth }
        var index = start + firstWidth
        while index < bytes.count {
            let (scalar, width) = decode(bytes, at: index)
            guard isWordScalar(scalar) else { break }
            index += width
        }
        return index
    }

    /// FNV-1a.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            hash ^= UInt64(bytes[index])
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Letters, digits and combining marks make words; apostrophes, hyphens and punctuation do not.
    /// Latin and Cyrillic letters are known without Unicode's tables, which were a sixth of a build
    /// of a report in Russian: the ranges below hold nothing else but × and ÷, and ҂ (a symbol).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x00...0x7F, 0xD7, 0xF7, 0x482: return false
        case 0xC0...0x24F, 0x400...0x52F: return true
        default: return isWordScalarByProperties(scalar)
        }
    }

    /// The same answer from Unicode's tables, for every scalar.
    static func isWordScalarByProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Decodes the scalar at `index` of valid UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + width <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    private static func lastScalar(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Unicode.Scalar {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(bytes, at: start).scalar
    }
}
