import XCTest

@testable import DossierKit

/// CONTENT.md's id rule: lowercase ASCII letters and digits in groups joined by single hyphens.
final class IdentifierTests: XCTestCase {
    func testValidIds() {
        for id in ["iran", "kyrylo-budanov", "shahed-136", "2022-12-24-iran-refuses-ballistic-missiles", "a", "7", "su-35"] {
            XCTAssertTrue(Identifier.isValid(id), id)
        }
    }

    func testInvalidIds() {
        let invalid = [
            "", "Iran", "kyrylo_budanov", "kyrylo budanov", "-iran", "iran-", "kyrylo--budanov", "ïran", "iran.md",
            "../etc", ".hidden", "a/b", "a\\b", "a\0b", "-", "IRAN", "iran\n",
        ]
        for id in invalid {
            XCTAssertFalse(Identifier.isValid(id), id.debugDescription)
        }
    }

    func testLengthLimit() {
        XCTAssertTrue(Identifier.isValid(String(repeating: "a", count: 200)))
        XCTAssertFalse(Identifier.isValid(String(repeating: "a", count: 201)), "an id becomes a file name")
    }

    func testSuggestions() {
        XCTAssertEqual(Identifier.suggestion(for: "Kyrylo_Budanov"), "kyrylo-budanov")
        XCTAssertEqual(Identifier.suggestion(for: "Shahed 136"), "shahed-136")
        XCTAssertEqual(Identifier.suggestion(for: "--Iran--"), "iran")
        XCTAssertEqual(Identifier.suggestion(for: "kyrylo--budanov"), "kyrylo-budanov")
        XCTAssertEqual(Identifier.suggestion(for: "../../etc/passwd"), "etc-passwd")
        XCTAssertEqual(Identifier.suggestion(for: " Shahed-136"), "shahed-136")
    }

    func testNoSuggestionForAValidIdOrNothingUsable() {
        XCTAssertNil(Identifier.suggestion(for: "iran"), "already valid")
        XCTAssertNil(Identifier.suggestion(for: "___"))
        XCTAssertNil(Identifier.suggestion(for: "Київ"))
        XCTAssertNil(Identifier.suggestion(for: ""))
    }
}
