import Foundation

/// A light scan of Mustache tags with their positions, for checks the Mustache library does
/// not make (partials that exist, raw output) and for pointing at the tag of a missing key.
struct MustacheTag {
    var sigil: Character?
    var name: String
    var line: Int
    var column: Int
    /// How many `#`/`^` sections enclose the tag: at 0 a name can only mean the page's own value.
    var depth = 0

    static func scan(_ text: String) -> [MustacheTag] {
        var tags: [MustacheTag] = []
        var line = 1, column = 1
        // Open sections, blocks and parents; only `#` and `^` sections count toward depth.
        var open: [Character] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let startLine = line, startColumn = column
                var cursor = text.index(index, offsetBy: 2)
                var sigil: Character?
                if cursor < text.endIndex, "#^/>&{!<$=%".contains(text[cursor]) {
                    sigil = text[cursor]
                    cursor = text.index(after: cursor)
                }
                guard let close = text[cursor...].range(of: "}}") else { break }
                var name = text[cursor..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if sigil == "{", name.hasSuffix("}") { name = String(name.dropLast()).trimmingCharacters(in: .whitespaces) }
                if let paren = name.firstIndex(of: "(") {
                    // Transforms: `{{ uppercased(name) }}`.
                    name = String(name[name.index(after: paren)...].prefix { $0 != ")" })
                }
                if sigil == "/" { _ = open.popLast() }
                let depth = open.filter { $0 == "#" || $0 == "^" }.count
                if sigil != "!" { tags.append(MustacheTag(sigil: sigil, name: name, line: startLine, column: startColumn, depth: depth)) }
                if let sigil, "#^$<".contains(sigil) { open.append(sigil) }
                var end = close.upperBound
                if sigil == "{", end < text.endIndex, text[end] == "}" { end = text.index(after: end) }
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
