/// A state, person, organisation or media outlet that says or does something.
public struct Actor: Hashable, Sendable {
    /// What kind of actor this is; CONTENT.md fixes the four values.
    public enum Kind: String, CaseIterable, Sendable {
        case state, person, organisation, media
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var aliases: [String]
    public var affiliation: String?
    public var role: String?
    /// The profile, in Markdown.
    public var body: String
    public var bodyLine: Int
    public var source: SourceMap
}
