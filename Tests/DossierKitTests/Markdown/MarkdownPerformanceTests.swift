import XCTest

@testable import DossierKit

/// Prints how long rendering takes at the benchmark's scale; asserts nothing about time.
final class MarkdownPerformanceTests: XCTestCase {
    func testRenderThousandArticlesWithThreeHundredTerms() {
        let renderer = MarkdownRenderer(unsafeHTML: false)
        var random = MarkdownSyntheticArticles(seed: 7)
        let terms = random.terms(count: 300)
        let mentions = MentionIndex(terms)
        let articles = (0..<1_000).map { _ in random.article(words: 600, terms: terms) }
        let quotes = articles.map { random.quotes(in: renderer.plainBlocks($0), count: 2) }

        let clock = ContinuousClock()
        var plainBytes = 0
        let plainTime = clock.measure {
            for article in articles { plainBytes += renderer.html(article).utf8.count }
        }
        var marked = 0
        var keys = 0
        let articleTime = clock.measure {
            for (article, quotes) in zip(articles, quotes) {
                let rendered = renderer.renderArticle(article, quotes: quotes, mentions: mentions)
                marked += rendered.markedAnchors.count
                keys += rendered.mentionedKeys.count
            }
        }
        let words = articles.reduce(0) { $0 + $1.split(separator: " ").count }
        print(
            "Markdown speed: 1,000 articles (\(words / 1_000) words each, \(terms.count) terms): "
                + "html() \(plainTime), renderArticle() \(articleTime) (\(marked) quotes marked, \(keys) entity mentions)")
        XCTAssertEqual(marked, 2_000)
        XCTAssertGreaterThan(plainBytes, 0)
    }
}
