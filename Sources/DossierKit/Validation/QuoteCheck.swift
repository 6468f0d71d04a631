/// Whether a quote was found in its article's text.
public enum QuoteCheck: Sendable, Equatable {
    case found
    /// Found only across two blocks, which a quote may not span.
    case spansBlocks
    case missing

    /// Checks `quote` against an article's blocks of plain text.
    public static func check(_ quote: String, in blocks: [String]) -> QuoteCheck {
        var text = ArticleText(blocks)
        return check(quote, in: &text)
    }

    /// Checks `quote` against an article's text, normalising each block once however many quotes
    /// are looked for: doing it again for every quote was a twentieth of a full build.
    static func check(_ quote: String, in text: inout ArticleText) -> QuoteCheck {
        let needle = NormalizedText(quote)
        for index in text.blocks.indices where text.normalized(index).firstMatch(of: needle, in: text.blocks[index]) != nil {
            return .found
        }
        let joined = text.blocks.joined(separator: " ")
        return NormalizedText(joined).firstMatch(of: needle, in: joined) != nil ? .spansBlocks : .missing
    }

    /// An article's blocks of plain text, each normalised when first searched.
    struct ArticleText {
        let blocks: [String]
        private var normalizedBlocks: [NormalizedText?]

        init(_ blocks: [String]) {
            self.blocks = blocks
            normalizedBlocks = Array(repeating: nil, count: blocks.count)
        }

        mutating func normalized(_ index: Int) -> NormalizedText {
            if let done = normalizedBlocks[index] { return done }
            let made = NormalizedText(blocks[index])
            normalizedBlocks[index] = made
            return made
        }
    }
}
