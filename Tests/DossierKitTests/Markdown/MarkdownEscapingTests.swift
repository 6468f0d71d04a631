import XCTest

@testable import DossierKit

final class MarkdownEscapingTests: XCTestCase {
    func testEscapesTheFiveCharacters() {
        XCTAssertEqual(
            HTMLEscaping.escapeHTML(#"<a href="x" title='y'>&</a>"#), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    }

    func testLeavesOtherTextAlone() {
        XCTAssertEqual(HTMLEscaping.escapeHTML("Kyiv — “Київ” ↗"), "Kyiv — “Київ” ↗")
        XCTAssertEqual(HTMLEscaping.escapeHTML(""), "")
    }
}
