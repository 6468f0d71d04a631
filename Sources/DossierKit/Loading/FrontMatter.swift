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
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            diagnostics.append(
                .error(
                    SourceLocation(path: file.path), "missing front matter",
                    hint: "start the file with a line '---', the fields (title: …), and another line '---'"))
            return nil
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." })
        else {
            diagnostics.append(
                .error(
                    SourceLocation(path: file.path), "the front matter is not closed",
                    hint: "end the fields with a line '---' before the text"))
            return nil
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
