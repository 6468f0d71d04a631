/// Whether a quote was found in its article's text.
public enum QuoteCheck: Sendable, Equatable {
    case found
    /// Found only across two blocks, which a quote may not span.
    case spansBlocks
    case missing
    /// Not found, but its first or last words are: where it departs from the article.
    case departs(QuoteDeparture)

    /// Checks `quote` against an article's blocks of plain text.
    public static func check(_ quote: String, in blocks: [String]) -> QuoteCheck {
        var text = ArticleText(blocks)
        return check(quote, in: &text)
    }

    /// Checks `quote` against an article's text, normalising each block once however many quotes
    /// are looked for: doing it again for every quote was a twentieth of a full build.
    static func check(_ quote: String, in text: inout ArticleText) -> QuoteCheck {
        if text.blocks.find(quote) != nil { return .found }
        if text.isFoundAcrossBlocks(quote) { return .spansBlocks }
        return QuoteDeparture(quote, in: &text.blocks).map { .departs($0) } ?? .missing
    }

    /// An article's blocks of plain text, each normalised when first searched.
    struct ArticleText {
        fileprivate var blocks: QuoteFinder
        /// The blocks joined by spaces, made once for all the quotes no block holds: made again
        /// for each, it cost as much as a search.
        private var joined: QuoteFinder?

        init(_ blocks: [String]) {
            self.blocks = QuoteFinder(blocks)
        }

        fileprivate mutating func isFoundAcrossBlocks(_ quote: String) -> Bool {
            if joined == nil { joined = QuoteFinder([blocks.blocks.joined(separator: " ")]) }
            return joined?.find(quote) != nil
        }
    }
}
