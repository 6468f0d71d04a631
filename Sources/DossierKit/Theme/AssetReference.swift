/// A theme file that a template links to in a `src` or `href` attribute (`{{root}}assets/site.css`),
/// with where the link names it. A page that loads an asset the theme lacks is broken, and
/// the build would otherwise write it without a word.
struct AssetReference: Equatable {
    /// The asset's path in the site: `assets/site.css`.
    var path: String
    /// The value the template writes for the path, when the page gives it (`script_href`).
    var value: String?
    var line: Int
    var column: Int

    /// Values pages give whose text is a path to a theme asset: a template writes
    /// `{{root}}{{script_href}}` where it could write `{{root}}assets/search.js`.
    static let assetValues = ["script_href": UtilityPages.searchScript]

    /// Every asset the templates link to that is not among `assets` (paths as `assets/site.css`),
    /// at the link. `sources` are the templates' texts by name, found at `locations` (by name),
    /// of the theme folder `directory`.
    static func problems(in sources: [String: String], at locations: [String: String], assets: Set<String>, directory: String)
        -> [Diagnostic]
    {
        var problems: [Diagnostic] = []
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in scan(text) where !assets.contains(reference.path) {
                let written = reference.value.map { "'{{\($0)}}' is '\(reference.path)', which" } ?? "'\(reference.path)'"
                problems.append(
                    .error(
                        SourceLocation(path: locations[name] ?? name, line: reference.line, column: reference.column),
                        "\(written) is not in the theme's assets folder",
                        // A new file (`print.css`) is often near a built-in one (`site.css`): adding it stays an answer.
                        hint: Suggestion.closest(to: reference.path, in: assets.sorted()).map {
                            "did you mean '\($0)'? If not, add the file to \(directory)/assets"
                        } ?? "the page would load nothing there: add the file to \(directory)/assets, or remove the link"))
            }
        }
        return problems
    }

    /// The asset links in a template's text. A link counts when its value, after an optional
    /// `{{root}}`, `/` or `./`, is an `assets/` path written out, or a value of `assetValues`
    /// alone; anything else (`https://…`, `{{href}}`, `assets/{{name}}.css`) may be another
    /// site's file or one the theme cannot know, and is not checked. Only `{{ }}` tags are
    /// understood: a theme that changes the delimiters is checked where it uses these.
    static func scan(_ text: String) -> [AssetReference] {
        let characters = Array(text)
        var positions: [(line: Int, column: Int)] = []
        positions.reserveCapacity(characters.count + 1)
        var line = 1, column = 1
        for character in characters {
            positions.append((line, column))
            if character == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        positions.append((line, column))

        var references: [AssetReference] = []
        var index = 0
        while index < characters.count {
            if let end = tagEnd(characters, at: index) {
                index = end
                continue
            }
            guard let valueStart = attributeValue(characters, at: index) else {
                index += 1
                continue
            }
            let quote: Character? = characters[valueStart] == "\"" || characters[valueStart] == "'" ? characters[valueStart] : nil
            var valueEnd = valueStart + (quote == nil ? 0 : 1)
            while valueEnd < characters.count {
                if let end = tagEnd(characters, at: valueEnd) {
                    valueEnd = end
                    continue
                }
                let character = characters[valueEnd]
                if let quote, character == quote { break }
                if quote == nil, character.isWhitespace || character == ">" { break }
                valueEnd += 1
            }
            let value = Array(characters[(valueStart + (quote == nil ? 0 : 1))..<valueEnd])
            if let (path, name, offset) = asset(in: value) {
                let position = positions[valueStart + (quote == nil ? 0 : 1) + offset]
                references.append(AssetReference(path: path, value: name, line: position.line, column: position.column))
            }
            index = valueEnd
        }
        return references
    }

    /// Where the value of a `src` or `href` attribute starts, when one is named at `index`.
    private static func attributeValue(_ characters: [Character], at index: Int) -> Int? {
        guard index > 0, characters[index - 1].isWhitespace else { return nil }
        for name in ["src", "href"] {
            guard index + name.count <= characters.count,
                String(characters[index..<(index + name.count)]).lowercased() == name
            else { continue }
            var cursor = index + name.count
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            guard cursor < characters.count, characters[cursor] == "=" else { return nil }
            cursor += 1
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            return cursor < characters.count ? cursor : nil
        }
        return nil
    }

    /// The asset an attribute's value names, with the value's name when a tag gives it, and
    /// the offset in the value where it is named.
    private static func asset(in value: [Character]) -> (String, String?, Int)? {
        var start = 0
        if let end = tagEnd(value, at: 0), tagName(value, 0, end) == "root" {
            start = end
        } else if value.starts(with: "./") {
            start = 2
        } else if value.starts(with: "/"), !value.starts(with: "//") {
            start = 1
        }
        let rest = value[start...]
        if rest.starts(with: "assets/") {
            var end = start
            while end < value.count, !"?#".contains(value[end]) {
                // `assets/{{name}}.css` depends on the page.
                if tagEnd(value, at: end) != nil { return nil }
                end += 1
            }
            return (String(value[start..<end]), nil, start)
        }
        guard let end = tagEnd(value, at: start), end == value.count || "?#".contains(value[end]) else { return nil }
        let name = tagName(value, start, end)
        guard let path = assetValues[name] else { return nil }
        return (path, name, start)
    }

    /// The index after the `{{…}}` tag that starts at `index`, if one does.
    private static func tagEnd(_ characters: [Character], at index: Int) -> Int? {
        guard index + 1 < characters.count, characters[index] == "{", characters[index + 1] == "{" else { return nil }
        var cursor = index + 2
        while cursor + 1 < characters.count {
            if characters[cursor] == "}", characters[cursor + 1] == "}" { return cursor + 2 }
            cursor += 1
        }
        return characters.count
    }

    /// A plain tag's name, `root` for `{{ root }}`; sections and other tags have their sigil in it.
    private static func tagName(_ characters: [Character], _ start: Int, _ end: Int) -> String {
        String(characters[(start + 2)..<max(start + 2, end - 2)]).trimmingCharacters(in: .whitespaces)
    }
}
