import XCTest

@testable import DossierKit

/// Diagnostics print like a compiler's: `path:line:col: error: message`, the source line with a
/// caret under the column, the hint, and a summary line.
final class DiagnosticPrinterTests: XCTestCase {
    private let files = [
        "claims/a.yml": "- id: budanov-claim\n  actor: kyrylo-budanow\n\tsaid: 2022-13\n   \n",
        "articles/b.md": "---\r\ntitle: B\r\n---\r\n",
    ]

    private func printer() -> DiagnosticPrinter {
        let files = self.files
        return DiagnosticPrinter(sourceText: { files[$0] })
    }

    func testHeadline() {
        let diagnostic = Diagnostic.error(
            SourceLocation(path: "claims/a.yml", line: 2, column: 10), "unknown actor 'kyrylo-budanow'; did you mean 'kyrylo-budanov'?")
        XCTAssertEqual(diagnostic.headline, "claims/a.yml:2:10: error: unknown actor 'kyrylo-budanow'; did you mean 'kyrylo-budanov'?")
        XCTAssertEqual(Diagnostic.warning(SourceLocation(path: "x.md"), "unused").headline, "x.md:1:1: warning: unused")
    }

    func testExcerptCaretAndHint() {
        var printer = printer()
        let diagnostic = Diagnostic.error(
            SourceLocation(path: "claims/a.yml", line: 2, column: 10), "unknown actor 'kyrylo-budanow'; did you mean 'kyrylo-budanov'?",
            hint: "no file actors/kyrylo-budanow.md exists")
        XCTAssertEqual(
            printer.format(diagnostic),
            """
            claims/a.yml:2:10: error: unknown actor 'kyrylo-budanow'; did you mean 'kyrylo-budanov'?
                  actor: kyrylo-budanow
                         ^
                hint: no file actors/kyrylo-budanow.md exists

            """)
    }

    func testTabsAreShownAsSpacesSoTheCaretLinesUp() {
        var printer = printer()
        let text = printer.format(.error(SourceLocation(path: "claims/a.yml", line: 3, column: 12), "month 13 does not exist"))
        XCTAssertEqual(text, "claims/a.yml:3:12: error: month 13 does not exist\n     said: 2022-13\n               ^\n")
    }

    /// A control character from a report's file is shown by number, in the message and the
    /// excerpt, never sent to the terminal (an escape would be taken as a command); the caret
    /// still points at it.
    func testControlCharactersAreShownByNumberAndTheCaretPointsAtThem() {
        var printer = DiagnosticPrinter(sourceText: { _ in "kind: sta\u{1}te\n  text: \u{1B}[2Jgone\n" })
        XCTAssertEqual(
            printer.format(
                .error(
                    SourceLocation(path: "a.md", line: 1, column: 10), "YAML does not read: a control character (U+0001) is not allowed",
                    hint: "delete it")),
            """
            a.md:1:10: error: YAML does not read: a control character (U+0001) is not allowed
                kind: sta<U+0001>te
                         ^
                hint: delete it

            """)
        XCTAssertEqual(
            printer.format(.error(SourceLocation(path: "a.md", line: 2, column: 13), "unknown id '\u{1B}[2Jgone'\t")),
            """
            a.md:2:13: error: unknown id '<U+001B>[2Jgone'<U+0009>
                  text: <U+001B>[2Jgone
                                   ^

            """)
    }

    /// A file name may hold a line feed; the headline must stay one line, or a tool reading
    /// `path:line:col:` would take the name's second half for a new diagnostic.
    func testALineFeedInAFileNameKeepsTheHeadlineOnOneLine() {
        var printer = DiagnosticPrinter(sourceText: { _ in nil })
        XCTAssertEqual(
            printer.format(.error(SourceLocation(path: "articles/bad\nname.md", line: 1, column: 1), "the file name is not a valid id")),
            "articles/bad<U+000A>name.md:1:1: error: the file name is not a valid id\n")
    }

    func testNoExcerptWithoutAUsefulLine() {
        var printer = printer()
        // Past the end of the file, a blank line, a file that cannot be read.
        XCTAssertEqual(printer.format(.error(SourceLocation(path: "claims/a.yml", line: 40), "x")), "claims/a.yml:40:1: error: x\n")
        XCTAssertEqual(printer.format(.error(SourceLocation(path: "claims/a.yml", line: 4), "x")), "claims/a.yml:4:1: error: x\n")
        XCTAssertEqual(
            printer.format(.error(SourceLocation(path: "missing.yml", line: 1), "x", hint: "h")), "missing.yml:1:1: error: x\n    hint: h\n"
        )
        XCTAssertEqual(printer.format(.error(SourceLocation(path: "claims/a.yml", line: 0), "x")), "claims/a.yml:0:1: error: x\n")
    }

    func testCarriageReturnsAreNotShownAndTheCaretStaysOnTheLine() {
        var printer = printer()
        XCTAssertEqual(
            printer.format(.error(SourceLocation(path: "articles/b.md", line: 2, column: 80), "x")),
            "articles/b.md:2:80: error: x\n    title: B\n            ^\n")
    }

    /// A line wider than a terminal (a minified file, or a whole file whose lines end in CR
    /// alone) is cut to a part around the column, marked '…' where cut; the caret still lines up.
    func testAVeryLongLineIsCutAroundTheColumn() {
        let line = String(repeating: "a", count: 199) + "B" + String(repeating: "c", count: 100)
        var printer = DiagnosticPrinter(sourceText: { _ in line + "\n" })
        XCTAssertEqual(
            printer.format(.error(SourceLocation(path: "a.yml", line: 1, column: 200), "here")),
            "a.yml:1:200: error: here\n    …" + String(repeating: "a", count: 33) + "B" + String(repeating: "c", count: 66) + "…\n    "
                + String(repeating: " ", count: 34) + "^\n")
        let start = DiagnosticPrinter.excerpt(line, column: 5)
        XCTAssertEqual(start.text, String(repeating: "a", count: 100) + "…")
        XCTAssertEqual(start.caretColumn, 4)
        let end = DiagnosticPrinter.excerpt(line, column: 301)
        XCTAssertEqual(end.text, "…" + String(repeating: "c", count: 33))
        XCTAssertEqual(end.caretColumn, 34, "just past the line's end")
        XCTAssertEqual(DiagnosticPrinter.excerpt("short", column: 3).text, "short")
    }

    func testAllSortedWithASummary() {
        var printer = printer()
        let text = printer.format([
            .warning(SourceLocation(path: "claims/a.yml", line: 1, column: 3), "unused"),
            .error(SourceLocation(path: "claims/a.yml", line: 3, column: 12), "month 13 does not exist"),
            .error(SourceLocation(path: "articles/b.md", line: 2, column: 1), "bad title"),
        ])
        XCTAssertEqual(
            text,
            """
            articles/b.md:2:1: error: bad title
                title: B
                ^
            claims/a.yml:1:3: warning: unused
                - id: budanov-claim
                  ^
            claims/a.yml:3:12: error: month 13 does not exist
                 said: 2022-13
                           ^
            2 errors, 1 warning

            """)
    }

    func testSummaryCounts() {
        let location = SourceLocation(path: "x")
        XCTAssertEqual(DiagnosticPrinter.summary([.error(location, "a")]), "1 error, 0 warnings")
        XCTAssertEqual(
            DiagnosticPrinter.summary([.error(location, "a"), .error(location, "b"), .warning(location, "c")]), "2 errors, 1 warning")
        XCTAssertEqual(DiagnosticPrinter.summary([.warning(location, "c"), .warning(location, "d")]), "0 errors, 2 warnings")
        var printer = printer()
        XCTAssertEqual(printer.format([Diagnostic]()), "", "nothing at all when there is nothing to say")
    }

    func testOrderIsPathThenLineThenColumnThenErrorsFirst() {
        let diagnostics: [Diagnostic] = [
            .warning(SourceLocation(path: "b.md", line: 2, column: 1), "w"),
            .error(SourceLocation(path: "b.md", line: 2, column: 1), "e"),
            .error(SourceLocation(path: "b.md", line: 10, column: 1), "later line"),
            .error(SourceLocation(path: "b.md", line: 2, column: 5), "later column"),
            .error(SourceLocation(path: "a.md", line: 99, column: 1), "first file"),
        ]
        XCTAssertEqual(diagnostics.sorted().map(\.message), ["first file", "e", "w", "later column", "later line"])
        XCTAssertEqual(diagnostics.errorCount, 4)
        XCTAssertEqual(diagnostics.warningCount, 1)
        XCTAssertTrue(diagnostics.hasErrors)
        XCTAssertFalse([Diagnostic.warning(SourceLocation(path: "a"), "w")].hasErrors)
    }
}
