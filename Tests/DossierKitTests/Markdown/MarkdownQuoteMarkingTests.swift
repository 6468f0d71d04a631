import XCTest

@testable import DossierKit

final class MarkdownQuoteMarkingTests: XCTestCase {
    let renderer = MarkdownRenderer(unsafeHTML: false)

    private func render(_ markdown: String, _ quotes: [QuoteMark]) -> RenderedArticle {
        renderer.renderArticle(markdown, quotes: quotes, mentions: MentionIndex([]))
    }

    func testMarksAPlainPassage() {
        let article = render(
            "Officials said Tehran has so far refused to supply them.", [MarkdownFixtures.quote("tehran HAS so far  refused", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p>Officials said <mark id=\"q-a\" class=\"quote\">Tehran has so far refused</mark>\(MarkdownFixtures.reference("q-a")) to supply them.</p>\n"
        )
        XCTAssertEqual(article.markedAnchors, ["q-a"])
        XCTAssertEqual(
            article.contexts["q-a"],
            QuoteContext(before: "Officials said ", passage: "Tehran has so far refused", after: " to supply them."))
    }

    func testMarksAcrossAnEmphasisItCoversWhole() {
        let article = render(
            "Officials said Tehran has *so far* refused to supply them.", [MarkdownFixtures.quote("Tehran has so far refused", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p>Officials said <mark id=\"q-a\" class=\"quote\">Tehran has <em>so far</em> refused</mark>\(MarkdownFixtures.reference("q-a")) to supply them.</p>\n"
        )
        MarkdownFixtures.assertWellNested(article.html)
    }

    func testMarksInPiecesAcrossAnEmphasisBoundary() {
        let article = render(
            "Officials said Tehran has *so far refused* to supply them.", [MarkdownFixtures.quote("Tehran has *so far*", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p>Officials said <mark id=\"q-a\" class=\"quote\">Tehran has </mark><em><mark class=\"quote\" data-quote=\"q-a\">so far</mark>"
                + "\(MarkdownFixtures.reference("q-a")) refused</em> to supply them.</p>\n")
        MarkdownFixtures.assertWellNested(article.html)
        XCTAssertEqual(article.contexts["q-a"]?.passage, "Tehran has so far")
    }

    func testMarksAcrossStrongCodeAndLineBreaks() {
        let article = render("We **will not\nsupply** the `Fateh-110` now.", [MarkdownFixtures.quote("not supply the Fateh-110", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p>We <strong>will <mark id=\"q-a\" class=\"quote\">not\nsupply</mark></strong><mark class=\"quote\" data-quote=\"q-a\"> the <code>Fateh-110</code></mark>"
                + "\(MarkdownFixtures.reference("q-a")) now.</p>\n")
        MarkdownFixtures.assertWellNested(article.html)
    }

    func testSplitsACodeSpanTheQuoteCuts() {
        let article = render("The `drone deal` was off.", [MarkdownFixtures.quote("deal was", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p>The <code>drone </code><mark id=\"q-a\" class=\"quote\"><code>deal</code> was</mark>\(MarkdownFixtures.reference("q-a")) off.</p>\n"
        )
    }

    func testReferenceLinkGoesOutsideTheLinkThePassageEndsIn() {
        let article = render("See [Tehran has refused](https://example.org/) now.", [MarkdownFixtures.quote("Tehran has", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p>See <a href=\"https://example.org/\"><mark id=\"q-a\" class=\"quote\">Tehran has</mark> refused</a>\(MarkdownFixtures.reference("q-a")) now.</p>\n"
        )
        MarkdownFixtures.assertWellNested(article.html)
    }

    func testOverlappingQuotesAreBothMarked() {
        let article = render(
            "Officials said Tehran has so far refused to supply them.",
            [MarkdownFixtures.quote("has so far refused", "q-a"), MarkdownFixtures.quote("so far refused to supply", "q-b")])
        XCTAssertEqual(
            article.html,
            "<p>Officials said Tehran <mark id=\"q-a\" class=\"quote\">has <mark id=\"q-b\" class=\"quote\">so far refused</mark></mark>\(MarkdownFixtures.reference("q-a"))"
                + "<mark class=\"quote\" data-quote=\"q-b\"> to supply</mark>\(MarkdownFixtures.reference("q-b")) them.</p>\n")
        XCTAssertEqual(article.markedAnchors, ["q-a", "q-b"])
        MarkdownFixtures.assertWellNested(article.html)
    }

    func testTheSamePassageQuotedTwiceGetsBothAnchors() {
        let article = render(
            "Officials said Tehran has so far refused.",
            [MarkdownFixtures.quote("has so far", "q-a"), MarkdownFixtures.quote("Has so far", "q-b")])
        XCTAssertEqual(
            article.html,
            "<p>Officials said Tehran <mark id=\"q-b\" class=\"quote\"><mark id=\"q-a\" class=\"quote\">has so far</mark></mark>"
                + "\(MarkdownFixtures.reference("q-a"))\(MarkdownFixtures.reference("q-b")) refused.</p>\n")
        XCTAssertEqual(article.markedAnchors, ["q-a", "q-b"])
    }

    func testAQuoteNotFoundLeavesTheHTMLUnchanged() {
        let markdown = "# Heading\n\nOfficials said *Tehran* has so far refused.\n\n- a list\n"
        let article = render(
            markdown,
            [MarkdownFixtures.quote("Tehran has refused", "q-a"), MarkdownFixtures.quote("said Tehran has so far refused. a list", "q-b")])
        XCTAssertEqual(article.html, renderer.html(markdown))
        XCTAssertEqual(article.markedAnchors, [])
        XCTAssertEqual(article.contexts, [:])
    }

    func testMarksOnlyTheFirstOccurrenceInAnyBlock() {
        let article = render(
            "# No quote here\n\n- First *item*.\n- Tehran refused.\n\n> Tehran refused again.\n",
            [MarkdownFixtures.quote("tehran refused", "q-a")])
        XCTAssertEqual(
            article.html,
            """
            <h1>No quote here</h1>
            <ul>
            <li>First <em>item</em>.</li>
            <li><mark id="q-a" class="quote">Tehran refused</mark>\(MarkdownFixtures.reference("q-a")).</li>
            </ul>
            <blockquote>
            <p>Tehran refused again.</p>
            </blockquote>

            """)
    }

    func testMarksInHeadings() {
        let article = render("## Iran refuses to supply\n\nText.", [MarkdownFixtures.quote("Iran refuses", "q-a")])
        XCTAssertEqual(
            article.html,
            "<h2><mark id=\"q-a\" class=\"quote\">Iran refuses</mark>\(MarkdownFixtures.reference("q-a")) to supply</h2>\n<p>Text.</p>\n")
    }

    func testTypographicQuotesAndDashesMatch() {
        let article = render("He said: “We won’t — not now.”", [MarkdownFixtures.quote("\"We won't - not now.\"", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p>He said: <mark id=\"q-a\" class=\"quote\">“We won’t — not now.”</mark>\(MarkdownFixtures.reference("q-a"))</p>\n")
    }

    func testEscapesAnchorsHrefsAndLabels() {
        let quote = QuoteMark(
            quote: "refused", anchor: "q\"><script>", href: "../x/?a=1&b=\"2\"", label: "Claim: <b>Iran</b> said \"no\" & 'never'")
        let article = render("Tehran refused.", [quote])
        XCTAssertEqual(
            article.html,
            "<p>Tehran <mark id=\"q&quot;&gt;&lt;script&gt;\" class=\"quote\">refused</mark>"
                + "<a class=\"quote-ref\" href=\"../x/?a=1&amp;b=&quot;2&quot;\" aria-label=\"Claim: &lt;b&gt;Iran&lt;/b&gt; said &quot;no&quot; &amp; &#39;never&#39;\""
                + " title=\"Claim: &lt;b&gt;Iran&lt;/b&gt; said &quot;no&quot; &amp; &#39;never&#39;\">↗</a>.</p>\n")
        XCTAssertEqual(article.markedAnchors, ["q\"><script>"])
    }

    func testTextIsStillEscapedInsideMarks() {
        let article = render("AT&T said <b>x</b> 1 < 2.", [MarkdownFixtures.quote("AT&T said x 1 < 2", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p><mark id=\"q-a\" class=\"quote\">AT&amp;T said </mark><!-- raw HTML omitted --><mark class=\"quote\" data-quote=\"q-a\">x</mark>"
                + "<!-- raw HTML omitted --><mark class=\"quote\" data-quote=\"q-a\"> 1 &lt; 2</mark>\(MarkdownFixtures.reference("q-a")).</p>\n"
        )
    }

    func testRawHTMLStaysOutsideMarks() {
        // In unsafe mode `<b>` and `</b>` are separate raw nodes: a mark holding only one would break the nesting.
        let unsafe = MarkdownRenderer(unsafeHTML: true)
        let article = unsafe.renderArticle(
            "Tehran <b>has refused</b> to supply them.", quotes: [MarkdownFixtures.quote("Tehran has refused to", "q-a")],
            mentions: MentionIndex([]))
        XCTAssertEqual(
            article.html,
            "<p><mark id=\"q-a\" class=\"quote\">Tehran </mark><b><mark class=\"quote\" data-quote=\"q-a\">has refused</mark></b>"
                + "<mark class=\"quote\" data-quote=\"q-a\"> to</mark>\(MarkdownFixtures.reference("q-a")) supply them.</p>\n")
        MarkdownFixtures.assertWellNested(article.html)
    }

    func testContextsAreTrimmedAtWordBoundaries() throws {
        let before = (1...60).map { "before\($0)" }.joined(separator: " ")
        let after = (1...60).map { "after\($0)" }.joined(separator: " ")
        let article = render("\(before) *Tehran has refused* \(after)", [MarkdownFixtures.quote("Tehran has refused", "q-a")])
        let context = try XCTUnwrap(article.contexts["q-a"])
        XCTAssertEqual(context.passage, "Tehran has refused")
        XCTAssertTrue(context.before.hasPrefix("…before"), context.before)
        XCTAssertTrue(context.before.hasSuffix(" before60 "), context.before)
        XCTAssertLessThanOrEqual(context.before.count, 161)
        XCTAssertGreaterThan(context.before.count, 140)
        XCTAssertTrue((before + " ").hasSuffix(" " + context.before.dropFirst()), "starts at a whole word: \(context.before)")
        XCTAssertTrue(context.after.hasPrefix(" after1 "), context.after)
        XCTAssertTrue(context.after.hasSuffix("…"), context.after)
        XCTAssertLessThanOrEqual(context.after.count, 161)
        XCTAssertGreaterThan(context.after.count, 140)
        XCTAssertTrue((" " + after + " ").contains(context.after.dropLast() + " "), "ends at a whole word: \(context.after)")
    }

    func testShortContextsAreKeptWhole() {
        XCTAssertEqual(
            render("> Iran *refused*, he said.", [MarkdownFixtures.quote("refused", "q-a")]).contexts["q-a"],
            QuoteContext(before: "Iran ", passage: "refused", after: ", he said."))
        XCTAssertEqual(QuoteContext.trimmedBefore(String(repeating: "x", count: 200)), "…" + String(repeating: "x", count: 160))
        XCTAssertEqual(QuoteContext.trimmedAfter(String(repeating: "x", count: 200)), String(repeating: "x", count: 160) + "…")
    }

    func testMarksTheOriginalFormOfCanonicallyEquivalentText() {
        // Compared as UTF-8: Swift strings call NFC and NFD equal, which would hide a mark around the wrong bytes.
        for (passage, quote) in [("Cafe\u{301} de Flore", "café de FLORE"), ("Café de Flore", "cafe\u{301} de flore")] {
            let rendered = render("Le \(passage) ferme.", [MarkdownFixtures.quote(quote, "q-a")])
            XCTAssertEqual(
                Array(rendered.html.utf8),
                Array("<p>Le <mark id=\"q-a\" class=\"quote\">\(passage)</mark>\(MarkdownFixtures.reference("q-a")) ferme.</p>\n".utf8))
            XCTAssertEqual(rendered.contexts["q-a"].map { Array($0.passage.utf8) }, Array(passage.utf8))
        }
    }
}
