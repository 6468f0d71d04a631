/// Where a quote that is not in its article departs from it: the longest run of the quote's
/// first words, or of its last words, that one block of the article holds, with the article's
/// passage around it; failing both, the longest run of its words from anywhere inside it. A
/// quote retyped rather than copied ("a thousand" for "1,000", "were" for "are") was "quote not
/// found" with nothing to say which words to look at.
public struct QuoteDeparture: Sendable, Equatable {
    /// The article's words from the run on (or up to it, when the quote's end is the run; or
    /// around it, when the run is from inside the quote).
    public var passage: String
    /// The quote's words that the article has, as the quote writes them.
    public var same: String
    /// Which of the quote's words the run is.
    public var part: Part

    public enum Part: Sendable, Equatable {
        /// Its first words: the quote departs after the run.
        case start
        /// Its last words: the quote departs before the run.
        case end
        /// Words from inside it: the quote departs on both sides of the run.
        case middle
    }

    /// How many of the article's words around the run are shown, and of the run itself.
    static let shownWords = 6

    init(passage: String, same: String, part: Part) {
        (self.passage, self.same, self.part) = (passage, same, part)
    }

    /// Nil when no two words of the quote in a row are in one block.
    init?(_ quote: String, in finder: inout QuoteFinder) {
        let words = quote.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3 else { return nil }
        let head = Self.longestRun(words.count) { finder.find(words[..<$0].joined(separator: " ")) }
        let tail = Self.longestRun(words.count) { finder.find(words[(words.count - $0)...].joined(separator: " ")) }
        let part: Part
        let run: (count: Int, match: QuoteFinder.Match)
        switch (head, tail) {
        case (let head?, let tail?): (part, run) = head.count >= tail.count ? (.start, head) : (.end, tail)
        case (let head?, nil): (part, run) = (.start, head)
        case (nil, let tail?): (part, run) = (.end, tail)
        case (nil, nil):
            guard let inner = Self.longestInnerRun(words.count, find: { finder.find(words[$0].joined(separator: " ")) }) else {
                return nil
            }
            self = Self(inner, of: words, in: finder.blocks[inner.match.block])
            return
        }
        let block = finder.blocks[run.match.block].utf8
        let start = block.index(block.startIndex, offsetBy: run.match.range.lowerBound)
        let end = block.index(block.startIndex, offsetBy: run.match.range.upperBound)
        // Split at each white space, keeping an empty piece where the run ends or starts before
        // one: joined again, the pieces give the text back with its words in place.
        let matched = Substring(block[start..<end]).split(omittingEmptySubsequences: false, whereSeparator: \.isWhitespace)
        let shown = Self.shownWords
        if part == .start {
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
        self.part = part
    }

    /// The departure around a run from inside the quote, with a few of the article's words on
    /// either side of it.
    private init(_ run: (words: Range<Int>, match: QuoteFinder.Match), of words: [Substring], in text: String) {
        let block = text.utf8
        let start = block.index(block.startIndex, offsetBy: run.match.range.lowerBound)
        let end = block.index(block.startIndex, offsetBy: run.match.range.upperBound)
        let before = Substring(block[..<start]).split(omittingEmptySubsequences: false, whereSeparator: \.isWhitespace)
        let matched = Substring(block[start..<end]).split(omittingEmptySubsequences: false, whereSeparator: \.isWhitespace)
        let after = Substring(block[end...]).split(omittingEmptySubsequences: false, whereSeparator: \.isWhitespace)
        let (shown, around) = (Self.shownWords, Self.shownWords / 2 + 1)
        // A long run is shown by its first words, and the article's words after it would then
        // not follow what is shown.
        let long = matched.count > shown
        passage = Self.joined(before.suffix(around), cutBefore: before.count > around)
        passage += long ? Self.joined(matched.prefix(shown), cutAfter: true) : Self.joined(matched)
        if !long { passage += Self.joined(after.prefix(around), cutAfter: after.count > around) }
        passage = passage.trimmingWhitespace()
        same = Self.joined(words[run.words].prefix(shown), cutAfter: run.words.count > shown)
        part = .middle
    }

    /// The longest run of two or more of the quote's words that `find` finds, from anywhere in
    /// it. A window grows while it is found and slides on when it is not, looking only for runs
    /// longer than the best so far: at most twice as many searches as the quote has words, and
    /// done only for a quote not found.
    private static func longestInnerRun(_ total: Int, find: (Range<Int>) -> QuoteFinder.Match?)
        -> (words: Range<Int>, match: QuoteFinder.Match)?
    {
        var best: (words: Range<Int>, match: QuoteFinder.Match)?
        var (start, count) = (0, 2)
        while start + count <= total {
            if let match = find(start..<(start + count)) {
                best = (start..<(start + count), match)
                count += 1
            } else {
                start += 1
            }
        }
        return best
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
        switch part {
        case .start: "the article reads '\(passage)', which the quote follows only up to '\(same)'"
        case .end: "the article reads '\(passage)', which the quote follows only from '\(same)'"
        case .middle: "the article reads '\(passage)', which the quote follows only in '\(same)'"
        }
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
