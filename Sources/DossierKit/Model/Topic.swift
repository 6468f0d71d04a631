/// A proposition, stated positively, that actors support or dispute.
public struct Topic: Hashable, Sendable {
    /// The curator's assessment of the proposition.
    public enum Status: String, CaseIterable, Sendable {
        case open, confirmed, refuted
    }

    public var id: String
    public var title: String
    public var status: Status
    public var weapons: [String]
    public var body: String
    public var bodyLine: Int
    public var source: SourceMap
}
