/// The names other tools and newsrooms give the fields Dossier names otherwise: `date` for a
/// claim's `said` or an article's `published`, `type` for an actor's `kind`, `name` for a
/// title. They are too far from the field in spelling for "did you mean" to find it, so a
/// newcomer got "unknown field 'date'" and, apart, "a claim needs a 'said' field", and had to
/// guess that the two were one mistake.
enum FieldSynonyms {
    /// Each name with the fields it may stand for, in the order they are offered: the first that
    /// the entry has is the one.
    private static let meanings: [String: [String]] = [
        "date": ["said", "published"],
        "when": ["said", "published"],
        "published_at": ["published"],
        "pubdate": ["published"],
        "type": ["kind", "category"],
        "name": ["title"],
        "title": ["name", "role"],
        "speaker": ["actor"],
        "who": ["actor"],
        "by": ["actor", "author"],
        "statement": ["text"],
        "claim": ["text"],
        "position": ["stance"],
        "article": ["sources"],
        "quotes": ["sources"],
        "link": ["url"],
        "href": ["url"],
        "publication": ["outlet"],
        "publisher": ["outlet"],
        "newspaper": ["outlet"],
        "byline": ["author"],
        "lang": ["language"],
        "family": ["parent"],
        "country": ["origin"],
        "summary": ["description"],
    ]

    /// The field `name` likely stands for among `fields` (those the entry reads and lacks), or nil.
    static func field(for name: String, among fields: Set<String>) -> String? {
        meanings[name.lowercased()]?.first { fields.contains($0) }
    }
}
