import XCTest

@testable import DossierKit

/// The plain-text summaries under `<meta name="description">` and `og:description`.
final class PageDescriptionTests: XCTestCase {
    func testPlainTextDropsTagsAndTheQuoteLinksAndDecodesEntities() {
        let html =
            "Iran <em>has</em> &quot;pledged&quot; <mark id=\"q\">drones</mark><a class=\"quote-ref\" href=\"x\" title=\"Claim\">↗</a> &amp; <a href=\"y\">missiles</a>\n  &lt;soon&gt;"
        XCTAssertEqual(PageDescription.plainText(html.utf8), "Iran has \"pledged\" drones & missiles <soon>")
    }

    func testTheFirstParagraphOrTheInlineTextIsTaken() {
        XCTAssertEqual(
            PageDescription.firstParagraph(of: "<h2>Profile</h2>\n<p>Head of <strong>HUR</strong>.</p>\n<p>Second.</p>"), "Head of HUR.")
        XCTAssertEqual(PageDescription.firstParagraph(of: "Who said what, <em>when</em>"), "Who said what, when")
        XCTAssertNil(PageDescription.firstParagraph(of: "<p> </p>"))
        XCTAssertNil(PageDescription.firstParagraph(of: nil))
    }

    func testLongTextIsCutAtAWordWithAnEllipsis() {
        let words = Array(repeating: "missile", count: 40).joined(separator: " ")
        let cut = PageDescription.shortened(words + ".")
        XCTAssertLessThanOrEqual(cut.count, PageDescription.limit)
        XCTAssertTrue(cut.hasSuffix("missile…"), cut)
        XCTAssertEqual(PageDescription.shortened("Short enough."), "Short enough.")
    }

    func testAClaimIsWhoWhenAndItsFirstQuote() throws {
        let source = SourceMap(origin: SourceLocation(path: "claims/x.yml"))
        let said = try PartialDate.parse("2022-12-24")
        var claim = Claim(
            id: "kanani", actor: "nasser-kanani", said: said, text: "Iran denies it.", sources: [], source: source)
        XCTAssertEqual(PageDescription.claim(claim, actorName: "Nasser Kanani"), "Nasser Kanani, 24 Dec 2022")
        claim.sources = [
            .init(article: "a", quote: nil), .init(article: "b", quote: "has not supplied any weapons"),
        ]
        XCTAssertEqual(
            PageDescription.claim(claim, actorName: "Nasser Kanani"), "Nasser Kanani, 24 Dec 2022: “has not supplied any weapons”")
    }
}
