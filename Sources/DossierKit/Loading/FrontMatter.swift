/// Splits a Markdown file into its YAML front matter and its body, keeping line numbers of the
/// file: the YAML starts on line 2, and the body's first line is known.
struct FrontMatter {
    let yaml: String
    /// The file line the YAML text starts on (2, after the opening `---`).
    let yamlLine: Int
    let body: String
    /// The file line the body starts on.
    let bodyLine: Int

    static func split(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        let text = file.text
        // Walks line by line only through the front matter; the body is taken as one slice, since
        // splitting and rejoining every article's text took a sixth of loading a large report.
        var lineStart = text.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < text.endIndex || lineNumber == 1 {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd].trimmingTrailingSpaces
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            if lineNumber == 1 {
                guard line == "---" else {
                    diagnostics.append(missingStart(file))
                    return nil
                }
                yamlStart = next
            } else if line == "---" || line == "...", let yamlStart {
                let yaml = String(text[yamlStart..<lineStart].dropLast(lineStart > yamlStart ? 1 : 0))
                return FrontMatter(yaml: yaml, yamlLine: 2, body: String(text[next...]), bodyLine: lineNumber + 1)
            }
            if lineEnd == text.endIndex { break }
            lineStart = next
            lineNumber += 1
        }
        diagnostics.append(
            .error(
                SourceLocation(path: file.path), "the front matter is not closed",
                hint: "end the fields with a line '---' before the text"))
        return nil
    }
}

extension FrontMatter {
    /// The error for a file whose first line is not `---`. Fields (after any comments) followed
    /// by a `---` line are front matter that lost only its opening line, a slip when pasting:
    /// the error says so, rather than that there is none.
    fileprivate static func missingStart(_ file: SourceFile) -> Diagnostic {
        let location = SourceLocation(path: file.path, line: 1, column: 1)
        if let closing = closingLineAfterFields(file.text) {
            return .error(
                location, "the front matter has no opening '---' above line 1",
                hint: "add a line '---' above line 1: the fields go between it and the '---' on line \(closing)")
        }
        return .error(
            location, "missing front matter", hint: "start the file with a line '---', the fields (title: …), and another line '---'")
    }

    /// The number of the first `---` (or `...`) line, when the lines above it start, after any
    /// blank or comment lines, with a field.
    private static func closingLineAfterFields(_ text: String) -> Int? {
        var sawField = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingTrailingSpaces
            if trimmed == "---" || trimmed == "..." { return sawField ? index + 1 : nil }
            if !sawField, !trimmed.isEmpty, !trimmed.hasPrefix("#") {
                guard looksLikeField(trimmed) else { return nil }
                sawField = true
            }
        }
        return nil
    }

    /// `title: A`, `published:`: a name, a colon, and a space or nothing after it.
    private static func looksLikeField(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
        let name = line[..<colon], after = line[line.index(after: colon)...]
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } && (after.isEmpty || after.first == " ")
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
