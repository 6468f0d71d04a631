/// A name a page lacks, at the tag that asks for it: "the actor page has no value 'siad'".
/// Kept apart from its diagnostic so that a build can tell a mistake in a partial once, naming
/// every kind of page that met it, not once per kind with only the page's name differing.
struct MissingValue: Hashable, Sendable {
    /// The page's template: `actor`.
    var page: String
    /// The name as the template wrote it: `siad`, `actor.nmae`.
    var name: String
    var location: SourceLocation
    var hint: String?

    /// This page's own diagnostic.
    var diagnostic: Diagnostic {
        .error(location, "the \(page) page has no value '\(name)'", hint: hint)
    }

    /// One diagnostic per tag and name, naming every page that lacks it: "the actor, weapon
    /// and topic pages have no value 'siad'".
    static func diagnostics(_ missing: [MissingValue]) -> [Diagnostic] {
        var pages: [Key: Set<String>] = [:]
        var hints: [Key: [String: Int]] = [:]
        for value in missing {
            let key = Key(location: value.location, name: value.name)
            pages[key, default: []].insert(value.page)
            if let hint = value.hint { hints[key, default: [:]][hint, default: 0] += 1 }
        }
        return pages.map { key, pages in
            // The hint most pages gave: pages differ in the names they have (and so in the hint),
            // and the one told must not depend on the order the pages rendered in.
            let hint = hints[key]?.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
            return .error(key.location, "\(subject(pages)) '\(key.name)'", hint: hint)
        }.sorted()
    }

    private struct Key: Hashable {
        var location: SourceLocation
        var name: String
    }

    /// "the actor page has no value", "the actor and weapon pages have no value", "no page has a value".
    private static func subject(_ pages: Set<String>) -> String {
        if pages.isSuperset(of: TemplateSet.pageTemplates) { return "no page has a value" }
        let order = Dictionary(uniqueKeysWithValues: TemplateSet.pageTemplates.enumerated().map { ($1, $0) })
        // In the order pages are listed everywhere else (Docs, the missing-template hint).
        let names = pages.sorted { (order[$0] ?? order.count, $0) < (order[$1] ?? order.count, $1) }
        guard let last = names.last, names.count > 1 else { return "the \(names.joined()) page has no value" }
        return "the \(names.dropLast().joined(separator: ", ")) and \(last) pages have no value"
    }
}
