/// Whether a quote was found in its article's text.
public enum QuoteCheck: Sendable, Equatable {
    case found
    /// Found only across two blocks, which a quote may not span.
    case spansBlocks
    case missing

    /// Checks `quote` against an article's blocks of plain text.
    public static func check(_ quote: String, in blocks: [String]) -> QuoteCheck {
        if blocks.contains(where: { QuoteMatcher.find(quote, in: $0) != nil }) { return .found }
        return QuoteMatcher.find(quote, in: blocks.joined(separator: " ")) != nil ? .spansBlocks : .missing
    }
}
