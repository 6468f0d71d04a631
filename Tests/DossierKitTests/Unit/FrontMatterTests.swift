import XCTest

@testable import DossierKit

/// Front matter is split off with the file's own line numbers: the YAML starts on line 2 and
/// every position, in the fields or the body, counts from the top of the file.
final class FrontMatterTests: XCTestCase {
    private func split(_ text: String) -> (FrontMatter?, [String]) {
        var diagnostics: [Diagnostic] = []
        let result = FrontMatter.split(SourceFile(path: "articles/a.md", text: text), diagnostics: &diagnostics)
        return (result, diagnostics.map(\.headline))
    }

    func testSplitsFieldsFromBody() throws {
        let (result, diagnostics) = split("---\ntitle: A\npublished: 2022\n---\n\nFirst paragraph.\n")
        XCTAssertEqual(diagnostics, [])
        let frontMatter = try XCTUnwrap(result)
        XCTAssertEqual(frontMatter.yaml, "title: A\npublished: 2022")
        XCTAssertEqual(frontMatter.yamlLine, 2)
        XCTAssertEqual(frontMatter.body, "\nFirst paragraph.\n")
        XCTAssertEqual(frontMatter.bodyLine, 5, "the line after the closing ---")
    }

    func testEmptyBodyAndEmptyFields() throws {
        let (result, _) = split("---\n---\n")
        XCTAssertEqual(result?.yaml, "")
        XCTAssertEqual(result?.body, "")
        XCTAssertEqual(result?.bodyLine, 3)
    }

    func testTrailingSpacesAndTheYAMLDocumentEnd() throws {
        XCTAssertEqual(split("---  \ntitle: A\n--- \t\nBody").0?.body, "Body")
        XCTAssertEqual(split("---\ntitle: A\n...\nBody").0?.body, "Body", "YAML's own end marker closes it too")
    }

    func testADashRuleInTheBodyIsNotTheEnd() throws {
        let result = split("---\ntitle: A\n---\nOne\n\n---\n\nTwo").0
        XCTAssertEqual(result?.yaml, "title: A")
        XCTAssertEqual(result?.body, "One\n\n---\n\nTwo")
    }

    func testMissingFrontMatter() {
        let (result, diagnostics) = split("A text with no fields.\n\n---\n\nBody")
        XCTAssertNil(result)
        XCTAssertEqual(diagnostics, ["articles/a.md:1:1: error: missing front matter"], "a rule in the text is no closing line")
        XCTAssertEqual(split("\n---\ntitle: A\n---\n").1, ["articles/a.md:1:1: error: missing front matter"], "the first line must be ---")
        XCTAssertEqual(split("").1, ["articles/a.md:1:1: error: missing front matter"])
    }

    /// Fields closed by `---` but never opened: the slip is the one missing line, and the hint
    /// says where it goes, not to write front matter the file has.
    func testFrontMatterWithoutItsOpeningLineSaysSo() {
        for text in ["title: A\npublished: 2022-12\n--- \n\nBody", "# A comment above the fields.\n\ntitle: A\n---\nBody"] {
            var diagnostics: [Diagnostic] = []
            XCTAssertNil(FrontMatter.split(SourceFile(path: "articles/a.md", text: text), diagnostics: &diagnostics))
            XCTAssertEqual(
                diagnostics.map(\.headline), ["articles/a.md:1:1: error: the front matter has no opening '---' above line 1"], text)
            let closing = text.hasPrefix("#") ? 4 : 3
            XCTAssertEqual(
                diagnostics.first?.hint, "add a line '---' above line 1: the fields go between it and the '---' on line \(closing)", text)
        }
    }

    func testUnclosedFrontMatter() {
        let (result, diagnostics) = split("---\ntitle: A\n\nBody without an end to the fields.\n")
        XCTAssertNil(result)
        XCTAssertEqual(diagnostics, ["articles/a.md:1:1: error: the front matter is not closed"])
    }

    /// Positions of fields count from the top of the file, not of the YAML block (Zola had to fix exactly that).
    func testFieldPositionsCountFromTheTopOfTheFile() throws {
        let text = "---\n# a comment\ntitle: A\npublished: 2022-13\nautor: B\n---\nBody\n"
        let parsed = EntryParser.parse(SourceFile(path: "articles/a.md", text: text), kind: .article)
        XCTAssertEqual(
            parsed.diagnostics.sorted().map(\.headline),
            [
                "articles/a.md:4:17: error: bad date in 'published': month 13 does not exist",
                "articles/a.md:5:1: error: unknown field 'autor' in an article; did you mean 'author'?",
            ])
    }

    func testBodyLineOfAnEntry() throws {
        let text = "---\ntitle: A\npublished: 2022\n---\n\nBody\n"
        guard case .article(let article) = EntryParser.parse(SourceFile(path: "articles/a.md", text: text), kind: .article).content else {
            return XCTFail("no article")
        }
        XCTAssertEqual(article.bodyLine, 5)
        XCTAssertEqual(article.body, "\nBody\n")
        XCTAssertEqual(article.source.origin, SourceLocation(path: "articles/a.md", line: 2, column: 1))
        XCTAssertEqual(article.source["published"], SourceLocation(path: "articles/a.md", line: 3, column: 12))
    }

    func testYAMLErrorsInFrontMatterCountFromTheTopOfTheFile() throws {
        let text = "---\ntitle: A\npublished: 2022\nauthor: \"unterminated\n---\nBody\n"
        let parsed = EntryParser.parse(SourceFile(path: "articles/a.md", text: text), kind: .article)
        // The YAML is lines 2–4 of the file; it ends inside the quote opened on line 4.
        XCTAssertEqual(
            parsed.diagnostics.map(\.headline),
            [
                "articles/a.md:4:22: error: YAML does not parse: found unexpected end of stream (while scanning a quoted scalar at line 4)"
            ])
        let tabs = EntryParser.parse(SourceFile(path: "articles/a.md", text: "---\ntitle: A\n\tpublished: 2022\n---\n"), kind: .article)
        XCTAssertEqual(tabs.diagnostics.map(\.location.line), [3], "\(tabs.diagnostics.map(\.headline))")
    }

    /// Files are read as UTF-8 with Windows line ends and a byte-order mark allowed.
    func testCRLFAndByteOrderMark() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("a.md", "\u{FEFF}---\r\ntitle: A\r\npublished: 2022\r\nautor: B\r\n---\r\nBody\r\n")
        var diagnostics: [Diagnostic] = []
        let file = try XCTUnwrap(SourceFile.read(path, diagnostics: &diagnostics))
        XCTAssertEqual(file.text, "---\ntitle: A\npublished: 2022\nautor: B\n---\nBody\n")
        let parsed = EntryParser.parse(file, kind: .article)
        XCTAssertEqual(parsed.diagnostics.map(\.location.line), [4])
    }

    /// Lines ended by CR alone are one line to the loader: named for what they are, not
    /// "missing front matter" over the whole file.
    func testCROnlyLineEndingsAreNamed() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("a.md", "---\rtitle: A\rpublished: 2022\r---\rBody\r")
        var diagnostics: [Diagnostic] = []
        XCTAssertNil(SourceFile.read(path, diagnostics: &diagnostics))
        XCTAssertEqual(
            diagnostics.map(\.headline), ["\(path):1:4: error: the file's lines end in a CR alone (classic Mac OS line endings)"])
        XCTAssertEqual(diagnostics.first?.hint, "save it with LF (or CRLF) line endings")
    }

    func testNotUTF8PointsAtTheFirstBadByte() throws {
        let folder = try TemporaryDirectory()
        let path = folder.url("a.md")
        try Data("---\ntitle: Caf".utf8 + [0xE9] + Data(" au lait\n---\n".utf8)).write(to: URL(fileURLWithPath: path))
        var diagnostics: [Diagnostic] = []
        XCTAssertNil(SourceFile.read(path, diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.map(\.headline), ["\(path):2:11: error: the file is not UTF-8 text"])
        XCTAssertEqual(diagnostics.first?.hint, "save it as UTF-8 (most editors: 'Save with encoding')")
    }

    func testUTF8IsCountedByCharacterForTheColumn() throws {
        let folder = try TemporaryDirectory()
        let path = folder.url("a.md")
        // "Київ " is five characters but nine bytes.
        try Data("Київ ".utf8 + [0xFF]).write(to: URL(fileURLWithPath: path))
        var diagnostics: [Diagnostic] = []
        XCTAssertNil(SourceFile.read(path, diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.map(\.location.column), [6])
    }
}
