import XCTest

@testable import DossierKit

final class MarkdownMentionTests: XCTestCase {
    let renderer = MarkdownRenderer(unsafeHTML: false)

    private func render(_ markdown: String, quotes: [QuoteMark] = [], mentions: MentionIndex = MarkdownFixtures.mentions) -> RenderedArticle
    {
        renderer.renderArticle(markdown, quotes: quotes, mentions: mentions)
    }

    func testLinksWholeWordsOnly() {
        let article = render("Iranian drones and Russian Shaheds, then Iran.")
        XCTAssertEqual(
            article.html, "<p>Iranian drones and Russian Shaheds, then \(MarkdownFixtures.mention("Iran", "actors/iran")).</p>\n")
        XCTAssertEqual(article.mentionedKeys, ["actor:iran"])
    }

    func testPossessiveCountsAsAMention() {
        XCTAssertEqual(render("Iran's drones.").html, "<p>\(MarkdownFixtures.mention("Iran", "actors/iran"))'s drones.</p>\n")
        XCTAssertEqual(render("Iran’s drones.").html, "<p>\(MarkdownFixtures.mention("Iran", "actors/iran"))’s drones.</p>\n")
        XCTAssertEqual(render("pro-Iran groups").html, "<p>pro-\(MarkdownFixtures.mention("Iran", "actors/iran")) groups</p>\n")
    }

    func testIsCaseSensitive() {
        let article = render("iran and IRAN are not written as the name.")
        XCTAssertEqual(article.html, "<p>iran and IRAN are not written as the name.</p>\n")
        XCTAssertEqual(article.mentionedKeys, [])
    }

    func testLongestMatchFirst() {
        let article = render("Kyrylo Budanov said the Shahed-136 is a Shahed.")
        XCTAssertEqual(
            article.html,
            "<p>\(MarkdownFixtures.mention("Kyrylo Budanov", "actors/kyrylo-budanov")) said the \(MarkdownFixtures.mention("Shahed-136", "weapons/shahed-136")) is a "
                + "\(MarkdownFixtures.mention("Shahed", "weapons/shahed")).</p>\n")
        XCTAssertEqual(article.mentionedKeys, ["actor:kyrylo-budanov", "weapon:shahed", "weapon:shahed-136"])
    }

    func testLinksOnlyTheFirstMentionOfEachEntity() {
        let article = render("Budanov said Iran.\n\nThe Islamic Republic of Iran denied it; Kyrylo Budanov insisted.")
        XCTAssertEqual(
            article.html,
            "<p>\(MarkdownFixtures.mention("Budanov", "actors/kyrylo-budanov")) said \(MarkdownFixtures.mention("Iran", "actors/iran")).</p>\n"
                + "<p>The Islamic Republic of Iran denied it; Kyrylo Budanov insisted.</p>\n")
        XCTAssertEqual(article.mentionedKeys, ["actor:iran", "actor:kyrylo-budanov"])
    }

    func testNeverLinksInLinksCodeOrHeadings() {
        let article = render("# Iran and Russia\n\n[Iran](https://example.org/) and `Russia` and **Iran** and Russia.\n")
        XCTAssertEqual(
            article.html,
            "<h1>Iran and Russia</h1>\n<p><a href=\"https://example.org/\">Iran</a> and <code>Russia</code> and <strong>\(MarkdownFixtures.mention("Iran", "actors/iran"))</strong>"
                + " and \(MarkdownFixtures.mention("Russia", "actors/russia")).</p>\n")
        XCTAssertEqual(article.mentionedKeys, ["actor:iran", "actor:russia"])
    }

    func testNeverLinksInsideARawHTMLLink() {
        let unsafe = MarkdownRenderer(unsafeHTML: true)
        let article = unsafe.renderArticle(
            "<a href=\"x\">Iran</a> and <A\nhref=\"y\">Russia</A>, Iran.", quotes: [], mentions: MarkdownFixtures.mentions)
        XCTAssertEqual(
            article.html,
            "<p><a href=\"x\">Iran</a> and <A\nhref=\"y\">Russia</A>, \(MarkdownFixtures.mention("Iran", "actors/iran")).</p>\n")
        XCTAssertEqual(article.mentionedKeys, ["actor:iran", "actor:russia"])
    }

    func testMentionsInHeadingsAndLinksCountButCodeDoesNot() {
        XCTAssertEqual(render("# Russia\n\n[Iran](x) and `Budanov`.").mentionedKeys, ["actor:iran", "actor:russia"])
        XCTAssertEqual(render("![Iran](photo.jpg)").mentionedKeys, [])
    }

    func testANameAcrossALineBreak() {
        XCTAssertEqual(
            render("said Kyrylo\nBudanov").html,
            "<p>said \(MarkdownFixtures.mention("Kyrylo\nBudanov", "actors/kyrylo-budanov"))</p>\n")
    }

    func testMentionsInsideAQuoteStayWellNested() {
        let article = render(
            "Kyrylo Budanov said Iran's drones.",
            quotes: [MarkdownFixtures.quote("Budanov said Iran's", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p><a class=\"mention\" href=\"../../actors/kyrylo-budanov/\">Kyrylo <mark id=\"q-a\" class=\"quote\">Budanov</mark></a>"
                + "<mark class=\"quote\" data-quote=\"q-a\"> said \(MarkdownFixtures.mention("Iran", "actors/iran"))'s</mark>\(MarkdownFixtures.reference("q-a")) drones.</p>\n"
        )
        MarkdownFixtures.assertWellNested(article.html)
    }

    func testAQuoteEndingInsideAMentionPutsItsReferenceAfterTheLink() {
        let article = render("Kyrylo Budanov said so.", quotes: [MarkdownFixtures.quote("Kyrylo", "q-a")])
        XCTAssertEqual(
            article.html,
            "<p><a class=\"mention\" href=\"../../actors/kyrylo-budanov/\"><mark id=\"q-a\" class=\"quote\">Kyrylo</mark> Budanov</a>"
                + "\(MarkdownFixtures.reference("q-a")) said so.</p>\n")
        MarkdownFixtures.assertWellNested(article.html)
    }

    func testEscapesHrefs() {
        let index = MentionIndex([.init(term: "Iran", key: "actor:iran", href: "a\"><script>&'")])
        XCTAssertEqual(
            render("Iran", mentions: index).html, "<p><a class=\"mention\" href=\"a&quot;&gt;&lt;script&gt;&amp;&#39;\">Iran</a></p>\n")
    }

    func testTermsWithNonLetters() {
        let index = MentionIndex([
            .init(term: "(HUR)", key: "actor:hur", href: "h/"),
            .init(term: "Київ", key: "actor:kyiv", href: "k/"),
            .init(term: "9M723", key: "weapon:iskander", href: "i/"),
        ])
        let article = render("The (HUR) said Київ was hit by a 9M723, not a 9M7231 or Київська.", mentions: index)
        XCTAssertEqual(
            article.html,
            "<p>The <a class=\"mention\" href=\"h/\">(HUR)</a> said <a class=\"mention\" href=\"k/\">Київ</a> was hit by a "
                + "<a class=\"mention\" href=\"i/\">9M723</a>, not a 9M7231 or Київська.</p>\n")
    }

    func testDuplicateAndEmptyTermsAreIgnored() {
        let index = MentionIndex([
            .init(term: "", key: "actor:none", href: "n/"),
            .init(term: "Iran", key: "actor:iran", href: "i/"),
            .init(term: "Iran", key: "actor:other", href: "o/"),
        ])
        XCTAssertEqual(index.entries.map(\.key), ["actor:iran"])
        XCTAssertEqual(render("Iran", mentions: index).mentionedKeys, ["actor:iran"])
    }

    /// The Latin and Cyrillic ranges answered without Unicode's tables answer as the tables do.
    func testWordScalarsWithoutTablesAgreeWithTheTables() {
        for value in UInt32(0x80)...0x0FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(
                MentionIndex.isWordScalar(scalar), MentionIndex.isWordScalarByProperties(scalar), String(format: "U+%04X", value))
        }
    }

    func testMentionsInCyrillicAreWholeWords() {
        let index = MentionIndex([.init(term: "Иран", key: "actor:iran", href: "actors/iran")])
        XCTAssertEqual(render("Иранский флот и Иран.", mentions: index).mentionedKeys, ["actor:iran"])
        XCTAssertEqual(render("Иранский флот.", mentions: index).mentionedKeys, [])
    }
}
