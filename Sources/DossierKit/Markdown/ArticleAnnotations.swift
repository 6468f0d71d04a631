/// Where an article's annotation found its mentions and quotes. The same Markdown parses to the
/// same blocks, so a second annotation of it (a single build makes the page's HTML late, see
/// `LateArticleHTML`) places the links and marks without searching the text again.
public struct ArticleAnnotations: Sendable {
    /// A mention to link: its range in a block's text, the index term it matched, and the text
    /// leaf that holds all of it, if one does. Kept in 32 bits each: a build holds one list of
    /// these per article until its page is rendered.
    public struct Link: Sendable {
        private let numbers: (block: Int32, start: Int32, end: Int32, term: Int32, leaf: Int32)

        /// Nil when a number does not fit (a block of over 2 GB).
        init?(block: Int, range: Range<Int>, term: Int, leaf: Int?) {
            guard let block = Int32(exactly: block), let start = Int32(exactly: range.lowerBound),
                let end = Int32(exactly: range.upperBound), let term = Int32(exactly: term), let leaf = Int32(exactly: leaf ?? -1)
            else { return nil }
            numbers = (block, start, end, term, leaf)
        }

        var block: Int { Int(numbers.block) }
        var range: Range<Int> { Int(numbers.start)..<Int(numbers.end) }
        var term: Int { Int(numbers.term) }
        var leaf: Int? { numbers.leaf < 0 ? nil : Int(numbers.leaf) }
    }

    /// Where a quote was marked.
    public struct Passage: Sendable {
        private let numbers: (block: Int32, start: Int32, end: Int32)

        /// Nil when a number does not fit (a block of over 2 GB).
        init?(block: Int, range: Range<Int>) {
            guard let block = Int32(exactly: block), let start = Int32(exactly: range.lowerBound),
                let end = Int32(exactly: range.upperBound)
            else { return nil }
            numbers = (block, start, end)
        }

        var block: Int { Int(numbers.block) }
        var range: Range<Int> { Int(numbers.start)..<Int(numbers.end) }
    }

    var links: [Link] = []
    /// One per quote asked for, in order; nil for a quote not marked.
    var passages: [Passage?] = []
    /// False when a placement could not be kept: then the text must be searched again.
    var isComplete = true
}
