import XCTest

@testable import DossierKit

/// Many quotes in one article: found where reading the blocks in order finds them, without reading them once per quote.
final class QuoteFinderTests: XCTestCase {
    /// Blocks of pseudo-random prose, about `bytes` long in all, with typographic quotes, dashes and accents here and there.
    private func blocks(bytes: Int, seed: UInt64) -> [String] {
        var random = MarkdownSyntheticArticles(seed: seed)
        let extras = ["“so far”", "—", "Café", "naïve", "e\u{301}tat", "ОТКАЗАЛСЯ"]
        var blocks: [String] = []
        var total = 0
        while total < bytes {
            let words = (0..<(20 + random.next(80))).map { _ in
                random.next(30) == 0
                    ? extras[random.next(extras.count)]
                    : MarkdownSyntheticArticles.words[random.next(MarkdownSyntheticArticles.words.count)]
            }
            let block = words.joined(separator: random.next(4) == 0 ? "  " : " ")
            blocks.append(block)
            total += block.utf8.count
        }
        return blocks
    }

    /// The answer of reading the blocks in order with `QuoteMatcher`, one quote at a time.
    private func expected(_ quote: String, in blocks: [String]) -> QuoteFinder.Match? {
        for (index, block) in blocks.enumerated() {
            guard let range = QuoteMatcher.find(quote, in: block) else { continue }
            let utf8 = block.utf8
            return QuoteFinder.Match(
                block: index,
                range: utf8.distance(
                    from: utf8.startIndex, to: range.lowerBound)..<utf8.distance(
                        from: utf8.startIndex, to: range.upperBound))
        }
        return nil
    }

    func testAQuoteAskedAgainIsAnsweredFromMemory() {
        let text = blocks(bytes: 20_000, seed: 3)
        var finder = QuoteFinder(text)
        let quote = String(text[text.count - 1].suffix(30))
        let first = finder.find(quote)
        XCTAssertNotNil(first)
        let read = finder.unitsRead
        for _ in 0..<1_000 { XCTAssertEqual(finder.find(quote), first) }
        XCTAssertEqual(finder.unitsRead, read)
    }

    func testManyQuotesInABigTextAreFoundWithoutReadingItForEach() throws {
        let text = blocks(bytes: 100_000, seed: 5)
        var random = MarkdownSyntheticArticles(seed: 11)
        var quotes: [String] = []
        for _ in 0..<200 {
            // Mostly from the last blocks, where reading in order is slowest; now and then changed so it is missing,
            // cut inside a character, or written with other case and quote styles.
            let block = Array(text[text.count - 1 - random.next(min(40, text.count))].unicodeScalars)
            let start = random.next(max(1, block.count - 60))
            var quote = String(String.UnicodeScalarView(block[start..<min(block.count, start + 8 + random.next(50))]))
            switch random.next(8) {
            case 0: quote += " not in the text"
            case 1: quote = quote.uppercased()
            case 2: quote = quote.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "—", with: "-")
            default: break
            }
            quotes.append(quote)
        }
        quotes += ["so far", "e\u{301}tat", "", "   "]

        var finder = QuoteFinder(text)
        for quote in quotes { XCTAssertEqual(finder.find(quote), expected(quote, in: text), "quote: \(quote)") }
        XCTAssertNotNil(finder.index)
        let size = text.reduce(0) { $0 + $1.utf8.count }
        XCTAssertLessThanOrEqual(finder.unitsRead, (QuoteFinder.readingsBeforeIndex + 1) * size)
    }

    func testTheIndexSkipsAMatchThatWouldSplitACharacter() throws {
        // In the first block the quote's last letter carries a combining accent: only the second block holds it whole.
        let sources = ["they said cafe au lai\u{301}t again", "they said cafe au lait again"]
        let index = try XCTUnwrap(NormalizedTextIndex(sources.map { NormalizedText($0) }))
        let match = try XCTUnwrap(index.firstMatch(of: NormalizedText("said cafe au lai"), in: sources))
        XCTAssertEqual(match.text, 1)
        XCTAssertEqual(match.range, 5..<21)
        XCTAssertNil(index.firstMatch(of: NormalizedText("not there at all"), in: sources))
    }
}
