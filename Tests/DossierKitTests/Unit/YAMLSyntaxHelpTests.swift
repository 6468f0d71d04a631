import XCTest

@testable import DossierKit

/// The usual mistakes of writing YAML by hand get a message about the line to fix and how,
/// instead of libyaml's account of where its grammar broke.
final class YAMLSyntaxHelpTests: XCTestCase {
    private let claim = """
        - id: kanani-denies-drones
          actor: nasser-kanani
          said: 2022-07~
          text: Iran has not supplied any weapons.
          stance: disputes
          subjects: [iran]
          sources:
            - article: iran-admits-drones
              quote: has not supplied any weapons

        """

    /// The one diagnostic for `claim` with `original` replaced by `broken`, as `line:column: message | hint`.
    private func diagnose(_ original: String, _ broken: String, in text: String? = nil, firstLine: Int = 1) -> String {
        let source = text ?? claim
        XCTAssertTrue(source.contains(original), original)
        var diagnostics: [Diagnostic] = []
        XCTAssertNil(
            YAMLSource.compose(
                source.replacingOccurrences(of: original, with: broken), path: "c.yml", firstLine: firstLine, diagnostics: &diagnostics))
        guard diagnostics.count == 1, let diagnostic = diagnostics.first else { return "\(diagnostics)" }
        return "\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.message) | \(diagnostic.hint ?? "")"
    }

    func testAFieldWithoutItsColonIsPointedAtWithTheFix() {
        XCTAssertEqual(
            diagnose("stance: disputes", "stance disputes"),
            "5:3: 'stance disputes' has no ':' after a field's name | a field is its name, ':', a space and its value ('stance: disputes'?)"
        )
        XCTAssertEqual(
            diagnose("stance: disputes", "stance:disputes"), "5:3: a field's ':' needs a space after it | write 'stance: disputes'")
    }

    /// An entry's first field runs on into the next line, where libyaml fails: the help points
    /// at the first field's line, as it does for any later field.
    func testTheFirstFieldWithoutItsColonOrSpace() {
        XCTAssertEqual(
            diagnose("- id: kanani-denies-drones", "- id:kanani-denies-drones"),
            "1:3: a field's ':' needs a space after it | write 'id: kanani-denies-drones'")
        XCTAssertEqual(
            diagnose("- id: kanani-denies-drones", "# first\n- id: a\n  actor: b\n\n- id:kanani-denies-drones"),
            "5:3: a field's ':' needs a space after it | write 'id: kanani-denies-drones'", "a later entry's first field")
        let frontMatter = "name: Foo\nkind: state\n"
        XCTAssertEqual(
            diagnose("name: Foo", "name:Foo", in: frontMatter, firstLine: 2),
            "2:1: a field's ':' needs a space after it | write 'name: Foo'")
        XCTAssertEqual(
            diagnose("name: Foo", "name Foo", in: frontMatter, firstLine: 2),
            "2:1: 'name Foo' has no ':' after a field's name | a field is its name, ':', a space and its value ('name: Foo'?)")
    }

    func testAListItemWithoutASpaceAfterItsDash() {
        XCTAssertEqual(
            diagnose("subjects: [iran]", "subjects:\n    - iran\n    -russia"),
            "8:5: a list item's '-' needs a space after it | write '- russia'")
    }

    func testAValueWithColonSpaceIsToBeQuoted() {
        XCTAssertEqual(
            diagnose("text: Iran has not supplied any weapons.", "text: Iran said: \"none\" were sent."),
            #"4:18: a value with ': ' in it must be in quotes | write 'text: "Iran said: \"none\" were sent."'"#)
    }

    func testAFieldIndentedFurtherThanTheOneAboveIt() {
        XCTAssertEqual(
            diagnose("  stance: disputes", "   stance: disputes"),
            "5:4: this field is indented further than the line above it | it starts at column 4, line 4's at column 3, "
                + "so it reads as the rest of that line's value: the fields of an entry start at the same column")
        // A list item's '- ' counts: the quote below lines up with 'article', not with '-'.
        XCTAssertEqual(
            diagnose("      quote:", "       quote:"),
            "9:8: this field is indented further than the line above it | it starts at column 8, line 8's at column 7, "
                + "so it reads as the rest of that line's value: the fields of an entry start at the same column")
    }

    func testAFieldIndentedLessThanItsNeighbours() {
        XCTAssertEqual(
            diagnose("  stance: disputes", " stance: disputes"),
            "5:2: this line does not line up with the lines above it | it starts at column 2, line 4's at column 3: "
                + "the fields of an entry start at the same column")
    }

    /// libyaml said only "found character that cannot start any token" for `\t- Moscow`.
    func testALineIndentedWithATab() {
        let frontMatter = "name: Russia\nkind: state\naliases:\n  - Moscow\n"
        XCTAssertEqual(
            diagnose("  - Moscow", "\t- Moscow", in: frontMatter, firstLine: 2),
            "5:1: this line is indented with a tab | indent with spaces: YAML does not allow tabs in indentation")
    }

    /// A quote or a title that starts with a quote mark: libyaml said "did not find expected key".
    func testTextAfterAQuotedValueIsToBeQuotedWhole() {
        XCTAssertEqual(
            diagnose("quote: has not supplied any weapons", #"quote: "We have not supplied," he said"#),
            #"9:38: text after the closing " of a quoted value | a value that starts with " ends at the next "; "#
                + #"put the whole value in quotes: `quote: '"We have not supplied," he said'`"#)
        let frontMatter = "title: Kim meets Putin\npublished: 2023-09-13\n"
        XCTAssertEqual(
            diagnose("title: Kim meets Putin", "title: 'Kim's trip'", in: frontMatter, firstLine: 2),
            #"2:13: text after the closing ' of a quoted value | a value that starts with ' ends at the next '; "#
                + #"put the whole value in quotes: `title: "Kim's trip"`"#)
        XCTAssertEqual(
            diagnose("title: Kim meets Putin", #"title: "Kim" said 'no'"#, in: frontMatter, firstLine: 2),
            #"2:14: text after the closing " of a quoted value | a value that starts with " ends at the next "; "#
                + #"put the whole value in quotes: `title: '"Kim" said ''no'''`"#, "both marks in the text: single quotes, doubled")
    }

    func testAListItemAmongFields() {
        XCTAssertEqual(
            diagnose("  actor: nasser-kanani", "  - actor: nasser-kanani"),
            "2:3: a list item where a field was expected | a '- ' starts a new entry only at the indentation of the entry's own '- '; "
                + "a field is 'name: value'")
    }

    func testAnUnclosedBracketIsPointedAtWhereItOpens() {
        XCTAssertEqual(
            diagnose("subjects: [iran]", "subjects: [iran"),
            "6:13: the '[' opened on line 6 is not closed | end it with ']' on the same line, and put values that contain ',' or ']' in quotes"
        )
    }

    /// Front matter starts on the file's second line: the lines named in messages are the file's.
    func testLinesAreTheFilesInFrontMatter() {
        let fields = "name: Iran\nkind: state\naliases: [Islamic Republic of Iran]\n"
        XCTAssertEqual(
            diagnose("kind: state", "  kind: state", in: fields, firstLine: 2),
            "3:3: this field is indented further than the line above it | it starts at column 3, line 2's at column 1, "
                + "so it reads as the rest of that line's value: the fields of an entry start at the same column")
    }

    /// A line of text (a wrapped value) is not told about fields: libyaml's words stand.
    func testTextLinesKeepLibyamlsMessage() {
        let site = "title: Report\ndescription: >\n  Who said what\n about the drones.\nlanguage: en\n"
        var diagnostics: [Diagnostic] = []
        XCTAssertNil(YAMLSource.compose(site, path: "site.yml", diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics.first?.message.hasPrefix("YAML does not parse: ") == true, "\(diagnostics)")
    }
}
