/// One statement by one actor at one time, with the sources that report it.
public struct Claim: Hashable, Sendable {
    /// The claim's position toward its topic's proposition.
    public enum Stance: String, CaseIterable, Sendable {
        case supports, disputes, neutral
    }

    /// An article that reports the claim, and optionally the passage that supports it.
    public struct Source: Hashable, Sendable {
        public var article: String
        public var quote: String?
    }

    public var id: String
    public var actor: String
    public var said: PartialDate
    public var text: String
    public var topic: String?
    public var stance: Stance?
    public var subjects: [String]
    public var weapons: [String]
    public var refersTo: PartialDate?
    public var refersToText: String?
    public var venue: String?
    public var respondsTo: [String]
    public var sources: [Source]
    public var source: SourceMap
}
