/// The kinds of file a report's Content/ folder holds, by where they sit.
public enum ContentKind: String, CaseIterable, Sendable {
    case site, article, actor, weapon, topic, claims

    /// The folder an entry kind lives in, and the extensions it accepts.
    var folder: String? {
        switch self {
        case .site: return nil
        case .article: return "articles"
        case .actor: return "actors"
        case .weapon: return "weapons"
        case .topic: return "topics"
        case .claims: return "claims"
        }
    }

    var extensions: [String] {
        self == .claims || self == .site ? ["yml", "yaml"] : ["md"]
    }
}
