/// The actor or weapon a reference names by its name or an alias instead of its id:
/// `origin: DPRK`, `actor: John Kirby`, or the name written as an id, `actor: john-kirby` for
/// the actor in `kirby.md`. A newcomer writes what the article says; "did you mean" by spelling
/// found nothing for `DPRK`, and the id rule's hint offered 'dprk', which does not exist either.
struct EntryByName {
    /// The entry's id.
    let id: String
    /// How the reference matched it: "the name", "an alias".
    let how: String

    /// The entry of `kind` ("actor" or "weapon") that `text` names, or nil; the first by id when
    /// several would do.
    init?(_ text: String, kind: String, in report: Report) {
        let entries: [(id: String, name: String, aliases: [String])]
        switch kind {
        case "actor": entries = report.actors.values.map { ($0.id, $0.name, $0.aliases) }
        case "weapon": entries = report.weapons.values.map { ($0.id, $0.name, $0.aliases) }
        default: return nil
        }
        let wanted = Self.folded(text)
        for entry in entries.sorted(by: { $0.id < $1.id }) {
            if Self.matches(entry.name, wanted) {
                (id, how) = (entry.id, "the name")
                return
            }
            if entry.aliases.contains(where: { Self.matches($0, wanted) }) {
                (id, how) = (entry.id, "an alias")
                return
            }
        }
        return nil
    }

    /// Whether a name, as written or as an id would write it, is the reference's text.
    private static func matches(_ name: String, _ wanted: String) -> Bool {
        folded(name) == wanted || Identifier.suggestion(for: name) == wanted
    }

    /// Lowercased, with runs of spaces as one: `John  kirby` names John Kirby.
    private static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
