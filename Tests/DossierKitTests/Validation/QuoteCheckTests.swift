import XCTest

@testable import DossierKit

/// Several quotes looked for in one article's text, which normalises each block once.
final class QuoteCheckTests: XCTestCase {
    func testQuotesAreFoundInAnyBlockAndNotAcrossTwo() {
        let blocks = ["Iran has “so far” refused.", "It said — again — that it had sent no drones.", "Moscow denied it."]
        var text = QuoteCheck.ArticleText(blocks)
        XCTAssertEqual(QuoteCheck.check("MOSCOW denied it", in: &text), .found)
        XCTAssertEqual(QuoteCheck.check("has \"so far\" refused", in: &text), .found)
        XCTAssertEqual(QuoteCheck.check("it said - again - that", in: &text), .found)
        XCTAssertEqual(QuoteCheck.check("no drones. Moscow denied", in: &text), .spansBlocks)
        XCTAssertEqual(QuoteCheck.check("Tehran agreed", in: &text), .missing)
        // The same answers from the blocks as plain strings.
        XCTAssertEqual(QuoteCheck.check("MOSCOW denied it", in: blocks), .found)
        XCTAssertEqual(QuoteCheck.check("no drones. Moscow denied", in: blocks), .spansBlocks)
        XCTAssertEqual(QuoteCheck.check("Tehran agreed", in: blocks), .missing)
    }

    func testCanonicallyEquivalentQuotesAreFound() {
        XCTAssertEqual(QuoteCheck.check("Café de Flore", in: ["Le Cafe\u{301} de Flore ferme."]), .found)
        XCTAssertEqual(QuoteCheck.check("Cafe\u{301} de Flore", in: ["Le Café de Flore ferme."]), .found)
        XCTAssertEqual(QuoteCheck.check("Café de Flore", in: ["Le Cafe\u{301} de", "Flore ferme."]), .spansBlocks)
        XCTAssertEqual(
            QuoteCheck.check("Cafe de Flore", in: ["Le Café de Flore ferme."]),
            .departs(QuoteDeparture(passage: "Le Café de Flore", same: "de Flore", part: .end)), "found only from 'de Flore'")
    }

    /// A quote retyped rather than copied was "quote not found" with nothing to say which words
    /// differ: the hint shows the article's passage where the quote's first or last words are.
    func testAQuoteNotFoundSaysWhereItDepartsFromTheArticle() {
        let blocks = [
            "The United States said on Friday that North Korea had delivered more than 1,000 containers of equipment to Russia.",
            "“These are the first deliveries,” Kirby said.",
        ]
        var text = QuoteCheck.ArticleText(blocks)
        XCTAssertEqual(
            QuoteCheck.check("North Korea had delivered a thousand containers", in: &text),
            .departs(
                QuoteDeparture(
                    passage: "North Korea had delivered more than 1,000 containers of equipment…", same: "North Korea had delivered",
                    part: .start)))
        XCTAssertEqual(
            QuoteCheck.check("These were the first deliveries", in: &text),
            .departs(QuoteDeparture(passage: "“These are the first deliveries", same: "the first deliveries", part: .end)))
        guard case .departs(let departure) = QuoteCheck.check("The US said on Friday", in: &text) else { return XCTFail() }
        XCTAssertEqual(
            departure.hint, "the article reads 'The United States said on Friday', which the quote follows only from 'said on Friday'")
        XCTAssertEqual(QuoteCheck.check("Tehran agreed to it", in: &text), .missing, "nothing of it in the article")
    }

    /// A quote whose first and last words both differ from the article was the generic "quote not
    /// found": the hint shows the passage that has the longest run of its words from inside it.
    func testAQuoteThatDepartsAtBothEndsShowsThePassageOfItsLongestInnerRun() {
        let blocks = [
            "The United States said on Friday that North Korea had delivered more than 1,000 containers of equipment to Russia.",
            "“These are the first deliveries,” Kirby said.",
        ]
        var text = QuoteCheck.ArticleText(blocks)
        guard case .departs(let departure) = QuoteCheck.check("Those were the first deliveries to Moscow", in: &text) else {
            return XCTFail("the run 'the first deliveries' is in the article")
        }
        XCTAssertEqual(
            departure,
            QuoteDeparture(passage: "“These are the first deliveries,” Kirby said.", same: "the first deliveries", part: .middle))
        XCTAssertEqual(
            departure.hint,
            "the article reads '“These are the first deliveries,” Kirby said.', which the quote follows only in 'the first deliveries'")
        XCTAssertEqual(
            QuoteCheck.check("Officials said North Korea had delivered 1,000 crates", in: &text),
            .departs(
                QuoteDeparture(
                    passage: "…on Friday that North Korea had delivered more than 1,000…", same: "North Korea had delivered",
                    part: .middle)),
            "the longest run, not the first")
    }
}
