/// Where a quote that is not in its article departs from it: the longest run of the quote's
/// first words, or of its last words, that one block of the article holds, with the article's
/// passage around it. A quote retyped rather than copied ("a thousand" for "1,000", "were" for
/// "are") was "quote not found" with nothing to say which words to look at.
public struct QuoteDeparture: Sendable, Equatable {
    /// The article's words from the run on (or up to it, when the quote's end is the run).
    public var passage: String
    /// The quote's words that the article has, as the quote writes them.
    public var same: String
    /// Whether the run is the quote's first words (the quote departs after it) or its last.
    public var fromStart: Bool

    /// How many of the article's words around the run are shown, and of the run itself.
    static let shownWords = 6

    init(passage: String, same: String, fromStart: Bool) {
        (self.passage, self.same, self.fromStart) = (passage, same, fromStart)
    }

    /// Nil when neither the first two words nor the last two are in one block.
    init?(_ quote: String, in finder: inout QuoteFinder) {
        let words = quote.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3 else { return nil }
        let head = Self.longestRun(words.count) { finder.find(words[..<$0].joined(separator: " ")) }
        let tail = Self.longestRun(words.count) { finder.find(words[(words.count - $0)...].joined(separator: " ")) }
        let fromStart: Bool
        let run: (count: Int, match: QuoteFinder.Match)
        switch (head, tail) {
        case (let head?, let tail?): (fromStart, run) = head.count >= tail.count ? (true, head) : (false, tail)
        case (let head?, nil): (fromStart, run) = (true, head)
        case (nil, let tail?): (fromStart, run) = (false, tail)
        case (nil, nil): return nil
        }
        let block = finder.blocks[run.match.block].utf8
        let start = block.index(block.startIndex, offsetBy: run.match.range.lowerBound)
        let end = block.index(block.startIndex, offsetBy: run.match.range.upperBound)
        // Split at each white space, keeping an empty piece where the run ends or starts before
        // one: joined again, the pieces give the text back with its words in place.
        let matched = Substring(block[start..<end]).split(omittingEmptySubsequences: false, whereSeparator: \.isWhitespace)
        let shown = Self.shownWords
        if fromStart {
            let after = Substring(block[end...]).split(omittingEmptySubsequences: false, whereSeparator: \.isWhitespace)
            passage =
                Self.joined(matched.suffix(shown), cutBefore: matched.count > shown)
                + Self.joined(after.prefix(shown + 1), cutAfter: after.count > shown + 1)
            same = Self.joined(words[..<run.count].suffix(shown), cutBefore: run.count > shown)
        } else {
            let before = Substring(block[..<start]).split(omittingEmptySubsequences: false, whereSeparator: \.isWhitespace)
            passage =
                Self.joined(before.suffix(shown + 1), cutBefore: before.count > shown + 1)
                + Self.joined(matched.prefix(shown), cutAfter: matched.count > shown)
            same = Self.joined(words[(words.count - run.count)...].prefix(shown), cutAfter: run.count > shown)
        }
        passage = passage.trimmingWhitespace()
        self.fromStart = fromStart
    }

    /// The largest count in 2..<total for which `find` finds a match, with it; a run found means
    /// every shorter one is, so the count is found by halving.
    private static func longestRun(_ total: Int, find: (Int) -> QuoteFinder.Match?) -> (count: Int, match: QuoteFinder.Match)? {
        guard var found = find(2) else { return nil }
        var (low, high) = (2, total - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if let match = find(middle) {
                (low, found) = (middle, match)
            } else {
                high = middle - 1
            }
        }
        return (low, found)
    }

    /// Words joined by spaces, with '…' where more were left out.
    private static func joined(_ words: some Sequence<Substring>, cutBefore: Bool = false, cutAfter: Bool = false) -> String {
        (cutBefore ? "…" : "") + words.joined(separator: " ") + (cutAfter ? "…" : "")
    }

    /// The hint of the "quote not found" error.
    public var hint: String {
        fromStart
            ? "the article reads '\(passage)', which the quote follows only up to '\(same)'"
            : "the article reads '\(passage)', which the quote follows only from '\(same)'"
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
