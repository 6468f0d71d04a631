import XCTest

@testable import DossierKit

/// The YAML composer reads libyaml's events into nodes with their positions; what it reports on
/// bad YAML is what the diagnostics quote.
final class YAMLComposerTests: XCTestCase {
    private func compose(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> YAMLNode? {
        do {
            var problems: [YAMLProblem] = []
            return try YAMLComposer.compose(text, problems: &problems)
        } catch {
            XCTFail("does not compose: \(error.problem)", file: file, line: line)
            return nil
        }
    }

    private func problem(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> YAMLProblem? {
        do {
            var problems: [YAMLProblem] = []
            _ = try YAMLComposer.compose(text, problems: &problems)
            XCTFail("composed", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testFieldsKeepTheirOrderTextStyleAndPosition() throws {
        let node = try XCTUnwrap(compose("id: a\ntext: 'quoted'\nquote: \"double\"\nbody: |\n  block\nlist: [x, y]\n"))
        let pairs = try XCTUnwrap(node.mapping)
        XCTAssertEqual(pairs.map { $0.key.string }, ["id", "text", "quote", "body", "list"])
        XCTAssertEqual(pairs.map { $0.value.scalar?.style }, [.plain, .singleQuoted, .doubleQuoted, .literal, nil])
        XCTAssertEqual(pairs[3].value.string, "block\n")
        XCTAssertEqual(pairs[1].value.mark, YAMLMark(line: 2, column: 7))
        guard case .sequence(let items, let mark) = pairs[4].value else { return XCTFail("not a list") }
        XCTAssertEqual(items.map(\.string), ["x", "y"])
        XCTAssertEqual(mark, YAMLMark(line: 6, column: 7))
        XCTAssertEqual(items[1].mark, YAMLMark(line: 6, column: 11))
    }

    /// Values are never typed: a date, a number or a boolean stays the text written, tags aside.
    func testValuesStayTheirText() throws {
        let pairs = try XCTUnwrap(compose("said: 2022-12-23\ncount: 010\nflag: yes\ntagged: !!int 7\n")?.mapping)
        XCTAssertEqual(pairs.map { $0.value.string }, ["2022-12-23", "010", "yes", "7"])
    }

    func testNonASCIITextAndPositions() throws {
        let pairs = try XCTUnwrap(compose("name: Шахед-136\nalias: شاهد\n")?.mapping)
        XCTAssertEqual(pairs.map { $0.value.string }, ["Шахед-136", "شاهد"])
        XCTAssertEqual(pairs[1].value.mark, YAMLMark(line: 2, column: 8))
    }

    /// libyaml's reader says only "control characters are not allowed", at a byte offset.
    func testAControlCharacterIsNamedAndPlacedOnItsLineAndColumn() throws {
        let found = try XCTUnwrap(problem("id: a\ntext: Shahed-136 \u{1}drones, «Герань»\n"))
        XCTAssertEqual(found.stage, .reader)
        XCTAssertEqual(found.problem, "a control character (U+0001) is not allowed")
        XCTAssertEqual(found.mark, YAMLMark(line: 2, column: 18))
        let afterCyrillic = try XCTUnwrap(problem("name: «Герань»\u{8}\n"))
        XCTAssertEqual(afterCyrillic.mark, YAMLMark(line: 1, column: 15), "columns count characters, not bytes")
        XCTAssertEqual(afterCyrillic.problem, "a control character (U+0008) is not allowed")
    }

    func testAnAliasIsTheValueItNames() throws {
        let items = try XCTUnwrap(compose("- &first {id: a}\n- *first\n- &first b\n- *first\n"))
        guard case .sequence(let list, _) = items else { return XCTFail("not a list") }
        XCTAssertEqual(list[1].mapping?.first?.value.string, "a")
        XCTAssertEqual(list[3].string, "b", "a later anchor of the same name replaces the earlier")
    }

    func testAnEmptyStreamHasNoDocument() {
        XCTAssertNil(compose(""))
        XCTAssertNil(compose("# only a comment\n"))
    }

    func testAnUndefinedAlias() throws {
        let problem = try XCTUnwrap(problem("a: *missing\n"))
        XCTAssertEqual(problem.stage, .composer)
        XCTAssertEqual(problem.problem, "found undefined alias")
        XCTAssertEqual(problem.mark, YAMLMark(line: 1, column: 4))
    }

    /// Escapes write what the reader refuses as raw bytes: each one that writes a control
    /// character is a problem at the escape, and the parse goes on. Tabs and line feeds stay.
    func testEscapesThatWriteControlCharactersAreProblemsAtTheEscape() throws {
        var escapes: [YAMLProblem] = []
        let text = #"""
            id: a
            text: "Iran said\x0c no\0"
            name: "«Ш»\e\
              x\U0000007f \u00a0\t\n"
            venue: "a\rb\N"
            plain: a\0b
            single: 'a\0b'

            """#
        let node = try YAMLComposer.compose(text, problems: &escapes)
        XCTAssertEqual(node?.mapping?.count, 6, "the parse goes on")
        XCTAssertEqual(escapes.map(\.stage), Array(repeating: .escape, count: 6))
        XCTAssertEqual(
            escapes.map { "\($0.mark.line):\($0.mark.column) \($0.escape ?? "") \($0.problem)" },
            [
                #"2:17 \x0c a control character (U+000C) is not allowed"#,
                #"2:24 \0 a control character (U+0000) is not allowed"#,
                #"3:11 \e a control character (U+001B) is not allowed"#,
                #"4:4 \U0000007f a control character (U+007F) is not allowed"#,
                #"5:10 \r a control character (U+000D) is not allowed"#,
                #"5:13 \N a control character (U+0085) is not allowed"#,
            ])
    }

    /// Each repeat is a problem where it is written, with where the key was first given; the
    /// parse goes on, each key keeping its first value, for the file's other problems to be told.
    func testRepeatedKeys() throws {
        var problems: [YAMLProblem] = []
        let node = try YAMLComposer.compose("b: 1\na: 2\nb: 3\na: 4\nc: 5\nd: [{x: 1, x: 2}]\n", problems: &problems)
        XCTAssertEqual(problems.map(\.stage), [.duplicateKeys, .duplicateKeys, .duplicateKeys])
        XCTAssertEqual(problems.map(\.repeatedKey), ["x", "b", "a"], "the inner mapping ends first")
        XCTAssertEqual(problems.map(\.mark), [YAMLMark(line: 6, column: 12), YAMLMark(line: 3, column: 1), YAMLMark(line: 4, column: 1)])
        XCTAssertEqual(
            problems.map(\.firstGiven), [YAMLMark(line: 6, column: 6), YAMLMark(line: 1, column: 1), YAMLMark(line: 2, column: 1)])
        let fields = try XCTUnwrap(node?.mapping)
        XCTAssertEqual(fields.map { $0.key.string }, ["b", "a", "c", "d"])
        XCTAssertEqual(fields.map { $0.value.string }, ["1", "2", "5", nil], "the first value of each")
        problems = []
        _ = try YAMLComposer.compose("a: 1\n'a': 2\n", problems: &problems)
        XCTAssertEqual(problems.map(\.repeatedKey), ["a"], "quoting does not make a new key")
    }

    func testASecondDocument() throws {
        let problem = try XCTUnwrap(problem("a: 1\n---\nb: 2\n"))
        XCTAssertEqual(problem.problem, "but found another document")
        XCTAssertEqual(problem.context?.text, "expected a single document in the stream")
        XCTAssertEqual(problem.mark, YAMLMark(line: 2, column: 1))
    }

    func testLibyamlProblemsKeepTheirContext() throws {
        let scanner = try XCTUnwrap(problem("a: 'open\n"))
        XCTAssertEqual(scanner.stage, .scanner)
        XCTAssertEqual(scanner.problem, "found unexpected end of stream")
        XCTAssertEqual(scanner.context?.text, "while scanning a quoted scalar")
        XCTAssertEqual(scanner.context?.mark, YAMLMark(line: 1, column: 4))
        XCTAssertEqual(try XCTUnwrap(problem("a: \u{1}\n")).stage, .reader)
        XCTAssertEqual(try XCTUnwrap(problem("a: [b\n")).stage, .parser)
    }

    /// libyaml's nesting limit is an error in the user's words, not a stack overflow; anything
    /// short of it composes.
    func testDeepNestingIsRefused() throws {
        let problem = try XCTUnwrap(problem(String(repeating: "[", count: 100_000)))
        XCTAssertEqual(problem.problem, "values are nested too deeply")
        XCTAssertNotNil(compose(String(repeating: "[", count: 999) + String(repeating: "]", count: 999)))
    }
}
