/// Says what libyaml's parse errors mean for the usual mistakes of someone writing fields by
/// hand: a field without its ':', a value with ': ' in it, a line indented off its neighbours.
/// libyaml reports where its grammar broke ("could not find expected ':'" on the line after the
/// one missing it); an author needs the line to fix and how.
struct YAMLSyntaxHelp {
    /// Where to point, what to say and how to fix it; nil fields keep libyaml's.
    var mark: YAMLMark?
    var message: String?
    var hint: String

    /// Help for `problem` in `text`, whose first line is line `firstLine` of its file; nil when
    /// it is none of the usual mistakes. Marks are the text's, as the problem's.
    static func help(for problem: YAMLProblem, in text: String, firstLine: Int) -> YAMLSyntaxHelp? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let shift = firstLine - 1
        func line(_ number: Int) -> Substring? { number >= 1 && number <= lines.count ? lines[number - 1] : nil }

        if problem.problem == "could not find expected ':'", let context = problem.context,
            context.text == "while scanning a simple key", let keyLine = line(context.mark.line)
        {
            return missingColon(keyLine, at: context.mark)
        }
        if problem.problem == "mapping values are not allowed in this context", let errorLine = line(problem.mark.line) {
            return colonInValue(errorLine, at: problem.mark)
                ?? indentedUnder(lines, line: problem.mark.line, shift: shift)
                ?? firstFieldRunOn(lines, line: problem.mark.line)
        }
        if problem.problem == "did not find expected ',' or ']'" || problem.problem == "did not find expected ',' or '}'",
            let context = problem.context
        {
            let closing = problem.problem.hasSuffix("']'") ? "]" : "}"
            return YAMLSyntaxHelp(
                mark: context.mark,
                message: "the '\(closing == "]" ? "[" : "{")' opened on line \(context.mark.line + shift) is not closed",
                hint: "end it with '\(closing)' on the same line, and put values that contain ',' or '\(closing)' in quotes")
        }
        if problem.problem == "found character that cannot start any token", let errorLine = line(problem.mark.line) {
            return tabIndentation(errorLine, at: problem.mark)
        }
        if problem.problem.hasPrefix("did not find expected key") || problem.problem.hasPrefix("did not find expected '-' indicator") {
            if let errorLine = line(problem.mark.line), let help = textAfterQuotes(errorLine, at: problem.mark) { return help }
            if let errorLine = line(problem.mark.line), errorLine.drop(while: { $0 == " " }).hasPrefix("- ") {
                return YAMLSyntaxHelp(
                    mark: nil, message: "a list item where a field was expected",
                    hint: "a '- ' starts a new entry only at the indentation of the entry's own '- '; a field is 'name: value'")
            }
            return misaligned(lines, line: problem.mark.line, shift: shift)
        }
        return nil
    }

    /// `stance disputes` or `stance:disputes`: the scanner reads a key and fails on the next line.
    private static func missingColon(_ line: Substring, at mark: YAMLMark) -> YAMLSyntaxHelp? {
        let content = String(line.dropFirst(indentation(line))).trimmingTrailingSpaces()
        guard !content.isEmpty else { return nil }
        if content.hasPrefix("-") {
            return YAMLSyntaxHelp(mark: mark, message: "a list item's '-' needs a space after it", hint: "write '- \(content.dropFirst())'")
        }
        if let colon = content.firstIndex(of: ":"), content.index(after: colon) < content.endIndex {
            let name = content[..<colon], value = content[content.index(after: colon)...]
            return YAMLSyntaxHelp(
                mark: mark, message: "a field's ':' needs a space after it",
                hint: "write '\(name): \(value)'")
        }
        let words = content.split(separator: " ", maxSplits: 1)
        let suggestion = words.count == 2 && isName(words[0]) ? " ('\(words[0]): \(words[1])'?)" : ""
        return YAMLSyntaxHelp(
            mark: mark, message: "'\(content)' has no ':' after a field's name",
            hint: "a field is its name, ':', a space and its value\(suggestion)")
    }

    /// `- id:zz-b` or `name Foo` as an entry's first field: nothing before it is a mapping yet, so
    /// libyaml reads it as the start of a text running on into the next line, and fails only at
    /// that line's ': '. The line to fix is the first field's, a sibling of the failing one.
    private static func firstFieldRunOn(_ lines: [Substring], line number: Int) -> YAMLSyntaxHelp? {
        guard number >= 1, number <= lines.count, isField(lines[number - 1]),
            let (previous, previousIndent) = previousLine(lines, before: number),
            previousIndent == indentation(lines[number - 1]), !isField(lines[previous - 1])
        else { return nil }
        let previousText = lines[previous - 1]
        let startsItem = previousText.drop(while: { $0 == " " }).hasPrefix("- ")
        guard startsItem || previousLine(lines, before: previous) == nil else { return nil }
        return missingColon(previousText, at: YAMLMark(line: previous, column: previousIndent + 1))
    }

    /// `text: Iran said: no`: the second ': ' ends a key that cannot be there.
    private static func colonInValue(_ line: Substring, at mark: YAMLMark) -> YAMLSyntaxHelp? {
        let characters = Array(line)
        let errorIndex = mark.column - 1
        guard errorIndex < characters.count,
            let firstColon = characters.indices.first(where: {
                characters[$0] == ":" && $0 + 1 < characters.count && characters[$0 + 1] == " "
            }),
            firstColon < errorIndex
        else { return nil }
        let indentation = String(characters[..<firstColon].prefix(while: { $0 == " " || $0 == "-" }))
        let name = String(characters[indentation.count..<firstColon])
        let value = String(characters[(firstColon + 2)...]).trimmingCharacters()
        guard !name.isEmpty, !value.hasPrefix("\""), !value.hasPrefix("'") else { return nil }
        let quoted = "\"" + value.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        return YAMLSyntaxHelp(
            mark: mark, message: "a value with ': ' in it must be in quotes",
            hint: "write '\(name): \(quoted)'")
    }

    /// `\t- Moscow`: libyaml says only that a tab "cannot start any token".
    private static func tabIndentation(_ line: Substring, at mark: YAMLMark) -> YAMLSyntaxHelp? {
        let leading = line.prefix(while: { $0 == " " || $0 == "\t" })
        guard mark.column >= 1, mark.column <= leading.count, leading.contains("\t") else { return nil }
        return YAMLSyntaxHelp(
            mark: mark, message: "this line is indented with a tab",
            hint: "indent with spaces: YAML does not allow tabs in indentation")
    }

    /// `quote: "These are the first deliveries," Kirby said` or `title: 'Kim's trip'`: a value that
    /// starts with a quote mark ends where that mark closes, and libyaml fails on the words after
    /// it. Quotes are everyday text in an article's title or a quote, so the fix is spelt out.
    private static func textAfterQuotes(_ line: Substring, at mark: YAMLMark) -> YAMLSyntaxHelp? {
        let characters = Array(line)
        guard
            let colon = characters.indices.first(where: {
                characters[$0] == ":" && $0 + 1 < characters.count && characters[$0 + 1] == " "
            })
        else { return nil }
        guard let start = characters[(colon + 1)...].firstIndex(where: { $0 != " " }), mark.column - 1 > start,
            characters[start] == "\"" || characters[start] == "'"
        else { return nil }
        let opening = characters[start]
        let prefix = String(characters[..<colon].drop(while: { $0 == " " || $0 == "-" }))
        guard isName(Substring(prefix)) else { return nil }
        var value = String(characters[start...]).trimmingTrailingSpaces()
        // `'Kim's trip'`: the outer marks were meant to enclose it; `"Kim" meets Putin`: they are the text's.
        if value.count >= 2, value.last == opening { value = String(value.dropFirst().dropLast()) }
        let quoted =
            !value.contains("'")
            ? "'\(value)'"
            : !value.contains("\"") && !value.contains("\\") ? "\"\(value)\"" : "'\(value.replacingAll("'", with: "''"))'"
        return YAMLSyntaxHelp(
            mark: mark, message: "text after the closing \(opening) of a quoted value",
            hint: "a value that starts with \(opening) ends at the next \(opening); put the whole value in quotes: `\(prefix): \(quoted)`")
    }

    /// A field indented more than the one above it reads as the rest of that one's value.
    private static func indentedUnder(_ lines: [Substring], line number: Int, shift: Int) -> YAMLSyntaxHelp? {
        guard let (previous, previousIndent) = previousLine(lines, before: number) else { return nil }
        let indent = indentation(lines[number - 1])
        guard indent > previousIndent, isField(lines[number - 1]) else { return nil }
        return YAMLSyntaxHelp(
            mark: YAMLMark(line: number, column: indent + 1), message: "this field is indented further than the line above it",
            hint: "it starts at column \(indent + 1), line \(previous + shift)'s at column \(previousIndent + 1), so it reads as "
                + "the rest of that line's value: the fields of an entry start at the same column")
    }

    /// A line indented less (or otherwise differently) than the block it belongs to.
    private static func misaligned(_ lines: [Substring], line number: Int, shift: Int) -> YAMLSyntaxHelp? {
        guard number >= 1, number <= lines.count, let (previous, previousIndent) = previousLine(lines, before: number) else {
            return nil
        }
        let indent = indentation(lines[number - 1])
        guard indent != previousIndent, isField(lines[number - 1]) else { return nil }
        return YAMLSyntaxHelp(
            mark: YAMLMark(line: number, column: indent + 1), message: "this line does not line up with the lines above it",
            hint: "it starts at column \(indent + 1), line \(previous + shift)'s at column \(previousIndent + 1): "
                + "the fields of an entry start at the same column")
    }

    /// The nearest line above `number` with something on it other than a comment, and its indentation.
    private static func previousLine(_ lines: [Substring], before number: Int) -> (Int, Int)? {
        var index = number - 2
        while index >= 0 {
            let trimmed = lines[index].drop(while: { $0 == " " })
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") { return (index + 1, indentation(lines[index])) }
            index -= 1
        }
        return nil
    }

    /// Whether the line is a field (`name: value`, maybe as a list item), not a line of text.
    private static func isField(_ line: Substring) -> Bool {
        let content = line.dropFirst(indentation(line))
        guard let colon = content.firstIndex(of: ":"), isName(content[..<colon]) else { return false }
        let after = content[content.index(after: colon)...]
        return after.isEmpty || after.first == " "
    }

    /// A field's name as the content contract spells them: letters and underscores.
    private static func isName(_ word: Substring) -> Bool {
        !word.isEmpty && word.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" }
    }

    /// Spaces before the first other character; a list item's '- ' counts, as YAML counts it.
    private static func indentation(_ line: Substring) -> Int {
        var count = 0
        var rest = line[...]
        while let first = rest.first, first == " " || (first == "-" && rest.dropFirst().first == " ") {
            count += first == "-" ? 2 : 1
            rest = rest.dropFirst(first == "-" ? 2 : 1)
        }
        return count
    }
}

extension StringProtocol {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = String(self)
        while text.last == " " || text.last == "\t" || text.last == "\r" { text.removeLast() }
        return text
    }

    fileprivate func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " })).trimmingTrailingSpaces()
    }

    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
