import XCTest

@testable import DossierKit

/// A single build makes each article's HTML when its page renders, from the file read again: the
/// same HTML as from the text it checked, and an error, not a page, when the file changed since.
final class LateArticleHTMLTests: XCTestCase {
    func testTheHTMLIsMadeFromTheFileAndAChangeSinceTheCheckIsAnError() throws {
        let folder = try TemporaryDirectory()
        let content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        let report = try XCTUnwrap(ContentLoader.load(contentDirectory: content).report)
        let renderer = MarkdownRenderer(unsafeHTML: false)
        let mentions = MentionCatalog.index(for: report)
        let late = LateArticleHTML(report: report, renderer: renderer, quotes: [:], mentions: mentions)
        let id = "2022-12-24-iran-refuses-ballistic-missiles"
        let article = try XCTUnwrap(report.articles[id])

        let expected = renderer.renderArticle(article.body, quotes: [], mentions: mentions).html
        XCTAssertFalse(expected.isEmpty)
        XCTAssertTrue(expected.contains("class=\"mention\""), "the article links mentions")
        // Placed where the build's first reading found them, or found again without that reading.
        let first = renderer.renderArticle(article.body, quotes: [], mentions: mentions, html: false)
        XCTAssertFalse(try XCTUnwrap(first.annotations).links.isEmpty)
        XCTAssertEqual(late.html(id, annotations: first.annotations), expected)
        XCTAssertEqual(late.html(id, annotations: nil), expected)
        XCTAssertEqual(late.changes, [])

        let path = content + "/articles/\(id).md"
        try (FileTree.text(path) + "\nA paragraph added during the build.\n").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(late.html(id, annotations: first.annotations), "")
        XCTAssertEqual(late.changes.map(\.headline), ["\(path):1:1: error: the file changed while the site was being built"])
        XCTAssertEqual(late.changes.first?.hint, "build again; nothing was published")
    }
}
