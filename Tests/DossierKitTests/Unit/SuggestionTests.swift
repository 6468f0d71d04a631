import XCTest

@testable import DossierKit

/// "Did you mean": the closest candidate by edit distance, when it is close enough.
final class SuggestionTests: XCTestCase {
    func testEditDistance() {
        XCTAssertEqual(Suggestion.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.editDistance("", "abc"), 3)
        XCTAssertEqual(Suggestion.editDistance("abc", ""), 3)
        XCTAssertEqual(Suggestion.editDistance("same", "same"), 0)
        XCTAssertEqual(Suggestion.editDistance("Київ", "Киів"), 1, "counted in Unicode scalars, not bytes")
        XCTAssertEqual(Suggestion.editDistance("titel", "title"), 1, "two neighbours swapped are one edit")
        XCTAssertEqual(Suggestion.editDistance("nmae", "name"), 1)
        XCTAssertEqual(Suggestion.editDistance("ab", "ba"), 1)
        XCTAssertEqual(Suggestion.editDistance("abc", "ca"), 3, "no edits of a swapped pair")
    }

    /// A swapped pair is the likeliest typo, nearer than a word that shares fewer letters.
    func testASwappedPairIsTheNearestTypo() {
        XCTAssertEqual(Suggestion.closest(to: "titel", in: ["site", "title"]), "title")
    }

    func testTheContractExample() {
        let actors = ["iran", "kyrylo-budanov", "nasser-kanani", "russia"]
        XCTAssertEqual(Suggestion.closest(to: "kyrylo-budanow", in: actors), "kyrylo-budanov")
        XCTAssertEqual(Suggestion.didYouMean("kyrylo-budanow", in: actors), "; did you mean 'kyrylo-budanov'?")
    }

    func testTyposOfFieldNames() {
        let fields = [
            "actor", "id", "refers_to", "refers_to_text", "responds_to", "said", "sources", "stance", "subjects", "text", "topic", "venue",
            "weapons",
        ]
        XCTAssertEqual(Suggestion.closest(to: "venu", in: fields), "venue")
        XCTAssertEqual(Suggestion.closest(to: "sourcse", in: fields), "sources")
        XCTAssertEqual(Suggestion.closest(to: "refers-to", in: fields), "refers_to")
        XCTAssertEqual(Suggestion.closest(to: "respond_to", in: fields), "responds_to")
    }

    func testNothingCloseEnough() {
        XCTAssertNil(Suggestion.closest(to: "country", in: ["state", "person", "organisation", "media"]))
        XCTAssertEqual(Suggestion.didYouMean("country", in: ["state", "person"]), "")
        XCTAssertNil(Suggestion.closest(to: "x", in: [String]()))
    }

    func testTheLimitGrowsWithTheWord() {
        // Short words allow two edits; longer ones a third of their length.
        XCTAssertEqual(Suggestion.closest(to: "ab", in: ["xy"]), "xy")
        XCTAssertNil(Suggestion.closest(to: "abc", in: ["xyz"]))
        XCTAssertEqual(Suggestion.closest(to: "abcdefghi", in: ["abcxyzghi"]), "abcxyzghi")
        XCTAssertNil(Suggestion.closest(to: "abcdefghi", in: ["abwxyzghi"]))
    }

    func testClosestWinsAndTiesGoToTheFirstInOrder() {
        XCTAssertEqual(Suggestion.closest(to: "stance", in: ["stances", "stance-x", "status"]), "stances")
        XCTAssertEqual(Suggestion.closest(to: "cat", in: ["cab", "bat"]), "bat", "equal distance: alphabetical, whatever the order given")
        XCTAssertEqual(Suggestion.closest(to: "cat", in: ["bat", "cab"]), "bat")
    }
}
