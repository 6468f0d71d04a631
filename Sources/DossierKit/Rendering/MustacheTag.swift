import Foundation

/// A light scan of Mustache tags with their positions, for checks the Mustache library does
/// not make (partials that exist, raw output) and for pointing at the tag of a missing key.
struct MustacheTag {
    var sigil: Character?
    var name: String
    /// `a(b(name))` applies `a` and `b`, outermost first.
    var transforms: [String] = []
    var line: Int
    var column: Int
    /// How many `#`/`^` sections enclose the tag: at 0 a name can only mean the page's own value.
    var depth = 0

    /// The text that opens and closes a tag: `{{ }}` until a `{{=<% %>=}}` tag changes them.
    private struct Delimiters {
        var start = "{{"
        var end = "}}"
    }

    static func scan(_ text: String) -> [MustacheTag] {
        var tags: [MustacheTag] = []
        var line = 1, column = 1
        var delimiters = Delimiters()
        // Open sections, blocks and parents, with the delimiters in force where each opened:
        // swift-mustache parses a section with a copy of its state, so a change of delimiters
        // inside one ends with it. Only `#` and `^` sections count toward depth.
        var open: [(sigil: Character, delimiters: Delimiters)] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix(delimiters.start) {
                let startLine = line, startColumn = column
                var cursor = text.index(index, offsetBy: delimiters.start.count)
                var sigil: Character?
                if cursor < text.endIndex, "#^/>&{!<$=%".contains(text[cursor]) {
                    sigil = text[cursor]
                    cursor = text.index(after: cursor)
                }
                guard let close = text[cursor...].range(of: delimiters.end) else { break }
                var name = text[cursor..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if sigil == "{", name.hasSuffix("}") { name = String(name.dropLast()).trimmingCharacters(in: .whitespaces) }
                var transforms: [String] = []
                if sigil != "=", name.contains("(") {
                    // Transforms: `{{ uppercased(name) }}`, `{{#first()}}`.
                    let pieces = name.split(separator: "(", omittingEmptySubsequences: false)
                    transforms = pieces.dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
                    name = String((pieces.last ?? "").prefix { $0 != ")" }).trimmingCharacters(in: .whitespaces)
                }
                if sigil == "/", let section = open.popLast() { delimiters = section.delimiters }
                let depth = open.filter { $0.sigil == "#" || $0.sigil == "^" }.count
                if sigil != "!" {
                    tags.append(
                        MustacheTag(sigil: sigil, name: name, transforms: transforms, line: startLine, column: startColumn, depth: depth))
                }
                if let sigil, "#^$<".contains(sigil) { open.append((sigil, delimiters)) }
                var end = close.upperBound
                // `{{{name}}}` closes with one more brace after the delimiter, whatever the delimiters.
                if sigil == "{", end < text.endIndex, text[end] == "}" { end = text.index(after: end) }
                if sigil == "=" {
                    // `{{=<% %>=}}`: the new start and end, apart by white space, then `=`.
                    let parts = name.dropLast(name.hasSuffix("=") ? 1 : 0).split(whereSeparator: \.isWhitespace)
                    if parts.count == 2 { delimiters = Delimiters(start: String(parts[0]), end: String(parts[1])) }
                }
                while index < end {
                    if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                    index = text.index(after: index)
                }
                continue
            }
            if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index = text.index(after: index)
        }
        return tags
    }
}
