import Foundation

/// Formats diagnostics like a compiler: the headline, the source line with a caret, the hint.
public struct DiagnosticPrinter {
    /// Reads a file's text for the excerpt; injectable so that tests need no files.
    public var sourceText: (String) -> String?
    private var cache: [String: [Substring]] = [:]

    public init(sourceText: @escaping (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) }) {
        self.sourceText = sourceText
    }

    /// All diagnostics, sorted, each followed by its excerpt and hint, then a count line.
    public mutating func format(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics.sorted() {
            out += format(diagnostic)
        }
        if !diagnostics.isEmpty {
            out += Self.summary(diagnostics) + "\n"
        }
        return out
    }

    public mutating func format(_ diagnostic: Diagnostic) -> String {
        var out = Self.visible(diagnostic.headline) + "\n"
        if let line = sourceLine(diagnostic.location) {
            let (excerpt, caretColumn) = Self.excerpt(line, column: diagnostic.location.column)
            out += "    " + excerpt + "\n"
            out += "    " + String(repeating: " ", count: caretColumn) + "^\n"
        }
        if let hint = diagnostic.hint {
            out += "    hint: " + Self.visible(hint) + "\n"
        }
        return out
    }

    /// The widest excerpt shown, in columns: a line of a minified file, or of one whose lines
    /// end in a CR alone, would otherwise fill the terminal with one "line".
    static let excerptWidth = 100

    /// A line as shown under a headline, and the column of its caret: the caret goes under the
    /// character the column counts to, however wide its shown form. A line wider than
    /// `excerptWidth` is cut to a part around that character, with '…' where it was cut.
    static func excerpt(_ line: String, column: Int) -> (text: String, caretColumn: Int) {
        let shown = line.unicodeScalars.map(Self.shown)
        let caretIndex = min(max(0, column - 1), shown.count)
        let width = shown.reduce(0) { $0 + $1.count }
        guard width > excerptWidth else {
            return (shown.joined(), shown[..<caretIndex].reduce(0) { $0 + $1.count })
        }
        // A third of the room before the caret, the rest after it.
        var start = caretIndex
        var before = 0
        while start > 0, before + shown[start - 1].count <= excerptWidth / 3 {
            start -= 1
            before += shown[start].count
        }
        var end = caretIndex
        var used = before
        while end < shown.count, used + shown[end].count <= excerptWidth {
            used += shown[end].count
            end += 1
        }
        let opening = start > 0 ? "…" : ""
        let closing = end < shown.count ? "…" : ""
        return (opening + shown[start..<end].joined() + closing, opening.count + before)
    }

    /// Text with every control character shown as `<U+001B>`, as compilers show them: from a
    /// report's files, they would otherwise be invisible, or be taken by the terminal as commands.
    /// A line feed too: in a file's name it would split the `path:line:col:` line in two.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return text.unicodeScalars.map { isControl($0) ? number($0) : String($0) }.joined()
    }

    /// How one character of an excerpt is shown: a tab as a space, other controls by number.
    private static func shown(_ scalar: Unicode.Scalar) -> String {
        if scalar == "\t" { return " " }
        return isControl(scalar) ? number(scalar) : String(scalar)
    }

    private static func number(_ scalar: Unicode.Scalar) -> String {
        "<U+" + String(format: "%04X", scalar.value) + ">"
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `2 errors, 1 warning`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return plural(diagnostics.errorCount, "error") + ", " + plural(diagnostics.warningCount, "warning")
    }

    private mutating func sourceLine(_ location: SourceLocation) -> String? {
        if cache[location.path] == nil {
            guard var text = sourceText(location.path) else { return nil }
            // Lines as the loader counted them: it reads "\r\n" as one line end and skips a byte-order mark
            // (and to Swift, "\r\n" is one Character, which splitting on "\n" would never find).
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            cache[location.path] = text.replacingOccurrences(of: "\r\n", with: "\n").split(
                separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[location.path], location.line >= 1, location.line <= lines.count else { return nil }
        let line = String(lines[location.line - 1]).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        return line.allSatisfy({ $0 == " " }) ? nil : line
    }
}
