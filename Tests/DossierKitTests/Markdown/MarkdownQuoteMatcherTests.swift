import XCTest

@testable import DossierKit

final class MarkdownQuoteMatcherTests: XCTestCase {
    func testNormalize() {
        XCTAssertEqual(QuoteMatcher.normalize("  Tehran HAS\n\tso   far  "), "tehran has so far")
        XCTAssertEqual(QuoteMatcher.normalize("“It’s «over» „now“ ‘here’ 5′ 6″”"), "\"it's \"over\" \"now\" 'here' 5' 6\"\"")
        XCTAssertEqual(QuoteMatcher.normalize("a‐b‑c‒d–e—f―g−h"), "a-b-c-d-e-f-g-h")
        XCTAssertEqual(QuoteMatcher.normalize("wait…\u{00A0}what\u{202F}now"), "wait... what now")
        XCTAssertEqual(QuoteMatcher.normalize("Tehran has *so far* __refused__"), "tehran has so far refused")
        XCTAssertEqual(QuoteMatcher.normalize("ÉTAT İ"), "état i\u{307}")
        XCTAssertEqual(QuoteMatcher.normalize(""), "")
    }

    private func found(_ quote: String, in text: String) -> String? {
        QuoteMatcher.find(quote, in: text).map { String(text[$0]) }
    }

    func testFindIgnoresCase() {
        XCTAssertEqual(
            found("tehran has so far REFUSED", in: "Officials said Tehran has so far refused to help."), "Tehran has so far refused")
    }

    func testFindIgnoresWhiteSpaceRuns() {
        XCTAssertEqual(found("has so far", in: "Tehran has  so\n far refused"), "has  so\n far")
        XCTAssertEqual(found("  has so far\n", in: "Tehran has so\u{00A0}far refused"), "has so\u{00A0}far")
    }

    func testFindIgnoresQuoteAndDashStyles() {
        XCTAssertEqual(found("\"we won't\" - he said", in: "Then: “we won’t” — he said."), "“we won’t” — he said")
        XCTAssertEqual(found("“we won’t” — he said", in: "Then: \"we won't\" - he said."), "\"we won't\" - he said")
        XCTAssertEqual(found("wait...", in: "And wait… then"), "wait…")
        XCTAssertEqual(found("wait…", in: "And wait... then"), "wait...")
    }

    func testFindIgnoresEmphasisMarkers() {
        // The plain text has no markers; a curator may have copied them from the Markdown source.
        XCTAssertEqual(found("Tehran has *so far* refused", in: "Tehran has so far refused to supply"), "Tehran has so far refused")
        XCTAssertEqual(found("has so far refused", in: "Tehran has _so far_ refused"), "has _so far_ refused")
    }

    func testFindReturnsRangeOfOriginal() throws {
        let text = "«Иран» ОТКАЗАЛСЯ — so far."
        let range = try XCTUnwrap(QuoteMatcher.find("\"иран\" отказался -", in: text))
        XCTAssertEqual(String(text[range]), "«Иран» ОТКАЗАЛСЯ —")
        XCTAssertEqual(text.distance(from: text.startIndex, to: range.lowerBound), 0)
    }

    func testFindMissesWhatIsNotThere() {
        XCTAssertNil(QuoteMatcher.find("has refused", in: "Tehran has so far refused"))
        XCTAssertNil(QuoteMatcher.find("", in: "anything"))
        XCTAssertNil(QuoteMatcher.find("   ", in: "anything"))
        XCTAssertNil(QuoteMatcher.find("a longer quote", in: "short"))
    }

    func testFindNeverSplitsACharacter() {
        // "e" followed by a combining acute accent is one character: "cafe" must not match half of it.
        XCTAssertNil(QuoteMatcher.find("cafe", in: "the cafe\u{301} opened"))
        XCTAssertEqual(found("cafe\u{301}", in: "the cafe\u{301} opened"), "cafe\u{301}")
    }

    /// The scalars of what `quote` matches in `text`: comparing Strings would call NFC and NFD equal and hide a wrong range.
    private func foundScalars(_ quote: String, in text: String) -> [Unicode.Scalar]? {
        QuoteMatcher.find(quote, in: text).map { Array(text[$0].unicodeScalars) }
    }

    func testFindMatchesCanonicallyEquivalentText() {
        // Decomposed (e + U+0301, as from PDFs or macOS) in the article, precomposed (é) in the quote, and the reverse.
        XCTAssertEqual(foundScalars("Café de Flore", in: "Le Cafe\u{301} de Flore ferme."), Array("Cafe\u{301} de Flore".unicodeScalars))
        XCTAssertEqual(foundScalars("Cafe\u{301} de Flore", in: "Le Café de Flore ferme."), Array("Café de Flore".unicodeScalars))
        XCTAssertEqual(foundScalars("ÉTÉ", in: "un e\u{301}te\u{301} chaud"), Array("e\u{301}te\u{301}".unicodeScalars))
        // Combining marks in another order are the same character; Hangul syllables and their letters too.
        XCTAssertEqual(foundScalars("xe\u{323}\u{301}y", in: "axe\u{301}\u{323}yb"), Array("xe\u{301}\u{323}y".unicodeScalars))
        XCTAssertEqual(
            foundScalars("한국", in: "대\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"),
            Array("\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}".unicodeScalars))
    }

    func testFindNeverSplitsACharacterEitherForm() {
        // A quote without the accent matches neither form of the accented word, nor part of a syllable.
        XCTAssertNil(QuoteMatcher.find("cafe", in: "the café opened"))
        XCTAssertNil(QuoteMatcher.find("the cafe", in: "the cafe\u{301}\u{323} opened"))
        XCTAssertNil(QuoteMatcher.find("하", in: "한국"))
        XCTAssertNil(QuoteMatcher.find("xe\u{323}", in: "axe\u{301}\u{323}yb"))
    }
}
