import XCTest

@testable import DossierKit

/// Random articles, quotes and mentions: whatever is marked and linked, the HTML stays well nested and reads the same.
final class MarkdownArticlePropertyTests: XCTestCase {
    private func text(of html: String) -> String {
        var result = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character) }
        }
        return result
    }

    func testMarkingAndLinkingOnlyAddMarkup() {
        let renderers = [MarkdownRenderer(unsafeHTML: false), MarkdownRenderer(unsafeHTML: true)]
        var random = MarkdownSyntheticArticles(seed: 42)
        let terms = random.terms(count: 60)
        let mentions = MentionIndex(terms)
        for iteration in 0..<200 {
            let renderer = renderers[iteration % 2]
            let markdown = random.article(words: 150, terms: terms)
            let blocks = renderer.plainBlocks(markdown)
            let quotes = random.quotes(in: blocks, count: 4)
            let article = renderer.renderArticle(markdown, quotes: quotes, mentions: mentions)
            MarkdownFixtures.assertWellNested(article.html)
            let plain = renderer.html(markdown)
            XCTAssertEqual(text(of: article.html).replacingOccurrences(of: "↗", with: ""), text(of: plain), markdown)
            XCTAssertEqual(article.markedAnchors, Set(quotes.map(\.anchor)), "every quote copied from the text is found: \(markdown)")
            for quote in quotes {
                XCTAssertEqual(article.html.components(separatedBy: "id=\"\(quote.anchor)\"").count, 2, "one id per anchor")
                XCTAssertTrue(blocks.contains { QuoteMatcher.find(quote.quote, in: $0) != nil })
                let context = article.contexts[quote.anchor]
                XCTAssertEqual(context.map { QuoteMatcher.normalize($0.passage) }, QuoteMatcher.normalize(quote.quote))
            }
            XCTAssertFalse(article.html.contains("<a class=\"mention\"><a"))
            let linked = article.html.components(separatedBy: "<a class=\"mention\"").count - 1
            XCTAssertLessThanOrEqual(linked, article.mentionedKeys.count * 2)
        }
    }

    /// A single build reads each article twice: first for what it mentions and quotes, then for
    /// its page's HTML, placing the links and marks where the first reading found them. That
    /// HTML must be the one a single reading makes, whatever the text, quotes and mentions.
    func testHTMLFromRecordedAnnotationsIsTheHTMLOfAFreshReading() throws {
        let renderers = [MarkdownRenderer(unsafeHTML: false), MarkdownRenderer(unsafeHTML: true)]
        var random = MarkdownSyntheticArticles(seed: 7)
        let terms = random.terms(count: 60)
        let mentions = MentionIndex(terms)
        var linkedSome = false, markedSome = false
        for iteration in 0..<200 {
            let renderer = renderers[iteration % 2]
            let markdown = random.article(words: 150, terms: terms)
            // Duplicated quotes and one that is not in the text, as claims can hold.
            var quotes = random.quotes(in: renderer.plainBlocks(markdown), count: 4)
            if let first = quotes.first { quotes.append(first) }
            quotes.append(QuoteMark(quote: "no such passage anywhere", anchor: "q-missing", href: "#", label: "missing"))
            let first = renderer.renderArticle(markdown, quotes: quotes, mentions: mentions, html: false)
            let annotations = try XCTUnwrap(first.annotations)
            XCTAssertEqual(first.html, "")
            XCTAssertEqual(annotations.passages.count, quotes.count)
            linkedSome = linkedSome || !annotations.links.isEmpty
            markedSome = markedSome || annotations.passages.contains { $0 != nil }
            let fresh = renderer.renderArticle(markdown, quotes: quotes, mentions: mentions)
            let replayed = renderer.renderArticle(markdown, quotes: quotes, mentions: mentions, annotations: annotations)
            XCTAssertEqual(replayed.html, fresh.html, markdown)
            XCTAssertNil(fresh.annotations, "kept only when the HTML is made later")
        }
        XCTAssertTrue(linkedSome && markedSome, "the articles gave mentions and quotes to place")
    }

    /// Placements are kept in 32 bits; one that does not fit is not kept (the text is searched
    /// again), rather than stopping the build.
    func testAPlacementBeyond32BitsIsNotKept() throws {
        XCTAssertNil(ArticleAnnotations.Link(block: 0, range: 0..<(1 << 40), term: 0, leaf: nil))
        XCTAssertNil(ArticleAnnotations.Passage(block: 1 << 33, range: 0..<1))
        let link = try XCTUnwrap(ArticleAnnotations.Link(block: 2, range: 5..<9, term: 7, leaf: nil))
        XCTAssertEqual([link.block, link.range.lowerBound, link.range.upperBound, link.term], [2, 5, 9, 7])
        XCTAssertNil(link.leaf)
        XCTAssertEqual(ArticleAnnotations.Link(block: 0, range: 0..<1, term: 0, leaf: 3)?.leaf, 3)
    }
}
