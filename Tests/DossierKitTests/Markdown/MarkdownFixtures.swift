import XCTest

@testable import DossierKit

/// Helpers shared by the Markdown tests, kept in one namespace so that they cannot clash with the rest of the test target.
enum MarkdownFixtures {
    /// Checks that every element opened in `html` is closed in order (void elements and comments aside).
    static func assertWellNested(_ html: String, file: StaticString = #filePath, line: UInt = #line) {
        let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link"]
        var open: [String] = []
        var rest = Substring(html)
        while let start = rest.firstIndex(of: "<") {
            guard let end = rest[start...].firstIndex(of: ">") else {
                XCTFail("unterminated tag in \(html)", file: file, line: line)
                return
            }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                guard open.last == name else {
                    XCTFail("</\(name)> closes <\(open.last ?? "nothing")> in \(html)", file: file, line: line)
                    return
                }
                open.removeLast()
            } else {
                let name = String(tag.prefix { $0.isLetter || $0.isNumber })
                if !voidElements.contains(name) && !tag.hasSuffix("/") { open.append(name) }
            }
        }
        XCTAssertEqual(open, [], "unclosed elements in \(html)", file: file, line: line)
    }

    static func quote(_ quote: String, _ anchor: String) -> QuoteMark {
        QuoteMark(quote: quote, anchor: anchor, href: "../../claims/\(anchor)/", label: "Claim \(anchor)")
    }

    /// `<a class="quote-ref" …>` as rendered for `quoteMark(_, anchor)`.
    static func reference(_ anchor: String) -> String {
        "<a class=\"quote-ref\" href=\"../../claims/\(anchor)/\" aria-label=\"Claim \(anchor)\" title=\"Claim \(anchor)\">↗</a>"
    }

    static let mentions = MentionIndex([
        .init(term: "Iran", key: "actor:iran", href: "../../actors/iran/"),
        .init(term: "Islamic Republic of Iran", key: "actor:iran", href: "../../actors/iran/"),
        .init(term: "Kyrylo Budanov", key: "actor:kyrylo-budanov", href: "../../actors/kyrylo-budanov/"),
        .init(term: "Budanov", key: "actor:kyrylo-budanov", href: "../../actors/kyrylo-budanov/"),
        .init(term: "Russia", key: "actor:russia", href: "../../actors/russia/"),
        .init(term: "Shahed", key: "weapon:shahed", href: "../../weapons/shahed/"),
        .init(term: "Shahed-136", key: "weapon:shahed-136", href: "../../weapons/shahed-136/"),
    ])

    static func mention(_ text: String, _ path: String) -> String {
        "<a class=\"mention\" href=\"../../\(path)/\">\(text)</a>"
    }
}
