/// Finds quotes in an article's blocks of plain text: each at its first match in the first block that holds it.
///
/// A quote asked again is answered from memory: 5,000 claims quoting one passage of a 20 MB
/// article took 197 s of reading it from the start. Blocks are normalised when first read, and
/// the first quotes read them in order; once that has cost a few readings of the whole text,
/// the text is indexed (`NormalizedTextIndex`) and the quotes still to come are looked for
/// where their rarest run of scalars occurs: 2,000 quotes near the end of a 1.8 MB article
/// took 9.6 s to check and 11.1 s to mark. Small articles, the usual case, are never indexed.
struct QuoteFinder {
    struct Match: Equatable {
        /// The block's index in `blocks`.
        var block: Int
        /// UTF-8 offsets into the block's text.
        var range: Range<Int>
    }

    let blocks: [String]
    private var normalized: [NormalizedText?]
    private var answers: [String: Match?] = [:]
    /// How many units reading blocks in order has compared against so far.
    private(set) var unitsRead = 0
    private let size: Int
    private(set) var index: NormalizedTextIndex?
    private var triedIndex = false

    /// Texts smaller than this are read in order however many quotes are asked: indexing one
    /// costs about as much as reading it a few times, and a small text's readings are cheap anyway.
    static let smallestIndexed = 1 << 16
    /// How many readings of the whole text, spent on quotes read in order, make indexing it worth it.
    static let readingsBeforeIndex = 4

    init(_ blocks: [String]) {
        self.blocks = blocks
        normalized = Array(repeating: nil, count: blocks.count)
        size = blocks.reduce(0) { $0 + $1.utf8.count }
    }

    /// Where `quote` (as a curator wrote it, normalised here) first occurs, or nil.
    mutating func find(_ quote: String) -> Match? {
        if let known = answers[quote] { return known }
        let match = search(NormalizedText(quote))
        answers[quote] = match
        return match
    }

    private mutating func search(_ needle: NormalizedText) -> Match? {
        guard !needle.isEmpty else { return nil }
        if !triedIndex, size >= Self.smallestIndexed, unitsRead >= Self.readingsBeforeIndex * size {
            triedIndex = true
            index = NormalizedTextIndex(blocks.indices.map { normalized($0) })
        }
        if let index, needle.count >= NormalizedTextIndex.gramLength {
            return index.firstMatch(of: needle, in: blocks).map { Match(block: $0.text, range: $0.range) }
        }
        for block in blocks.indices {
            let text = normalized(block)
            unitsRead += text.count
            if let range = text.firstMatch(of: needle, in: blocks[block]) { return Match(block: block, range: range) }
        }
        return nil
    }

    private mutating func normalized(_ block: Int) -> NormalizedText {
        if let done = normalized[block] { return done }
        let made = NormalizedText(blocks[block])
        normalized[block] = made
        return made
    }
}
