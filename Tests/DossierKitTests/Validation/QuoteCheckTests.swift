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
        XCTAssertEqual(QuoteCheck.check("Cafe de Flore", in: ["Le Café de Flore ferme."]), .missing)
    }
}
