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
                    diagnostics.append(
                        .error(
                            SourceLocation(path: file.path), "missing front matter",
                            hint: "start the file with a line '---', the fields (title: …), and another line '---'"))
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

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
