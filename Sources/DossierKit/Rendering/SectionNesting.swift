/// Which section a template leaves open or closes with the wrong name. swift-mustache only says
/// "a section is closed with another name" or "is never closed", at the closing tag or at the
/// end of the file, without naming the section or where it opened.
enum SectionNesting {
    /// The first nesting mistake among a template's tags, located in the file at `path`; nil
    /// when its sections nest.
    static func problem(in tags: [MustacheTag], path: String) -> Diagnostic? {
        var open: [MustacheTag] = []
        for tag in tags {
            if let sigil = tag.sigil, "#^$<".contains(sigil) {
                open.append(tag)
                continue
            }
            guard tag.sigil == "/" else { continue }
            let location = SourceLocation(path: path, line: tag.line, column: tag.column)
            guard let section = open.popLast() else {
                return .error(
                    location, "'{{/\(written(tag))}}' closes no section",
                    hint: "remove it, or open the section before it with {{#\(written(tag))}}")
            }
            guard written(section) != written(tag) else { continue }
            // A close that matches a section open further out means the inner one was never closed.
            let closesOuter = open.contains { written($0) == written(tag) }
            return .error(
                location,
                "the \(kind(section)) '\(written(section))' opened at line \(section.line), column \(section.column) is closed as '\(written(tag))'",
                hint: closesOuter
                    ? "close '\(written(section))' with {{/\(written(section))}} before {{/\(written(tag))}}"
                    : "close it with {{/\(written(section))}}")
        }
        guard let section = open.last else { return nil }
        return .error(
            SourceLocation(path: path, line: section.line, column: section.column),
            "'{{\(section.sigil.map(String.init) ?? "")\(written(section))}}' is never closed",
            hint: "the file ends with it open: close it with {{/\(written(section))}} where it should end")
    }

    /// The name as the tag wrote it, with its transforms: `empty(aliases)`.
    private static func written(_ tag: MustacheTag) -> String {
        tag.transforms.reversed().reduce(tag.name) { "\($1)(\($0))" }
    }

    private static func kind(_ tag: MustacheTag) -> String {
        switch tag.sigil {
        case "$": return "block"
        case "<": return "parent"
        default: return "section"
        }
    }
}
