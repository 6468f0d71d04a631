/// One statement by one actor at one time, with the sources that report it.
///
/// A claim is a value, but its fields live in one shared, copy-on-write box: the index files
/// every claim under its actor, subjects, weapons, topic, articles, year and answers, and
/// copying the ~500-byte struct into each of those lists cost 150 MB on a 30,000-claim report.
/// Copies now share the box until one of them is changed.
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

    /// The claim's fields as written.
    struct Fields: Hashable, Sendable {
        var id: String
        var actor: String
        var said: PartialDate
        var text: String
        var topic: String?
        var stance: Stance?
        var subjects: [String]
        var weapons: [String]
        var refersTo: PartialDate?
        var refersToText: String?
        var venue: String?
        var respondsTo: [String]
        var sources: [Source]
        var source: SourceMap
    }

    /// Immutable once shared: `update` copies it before a change unless this claim holds the
    /// only reference, so the unchecked Sendable is the same promise Array makes.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// All the fields at once, for code that must see each of them (`sameContent`'s test).
    var allFields: Fields { box.fields }

    public init(
        id: String, actor: String, said: PartialDate, text: String, topic: String? = nil, stance: Stance? = nil,
        subjects: [String] = [], weapons: [String] = [], refersTo: PartialDate? = nil, refersToText: String? = nil,
        venue: String? = nil, respondsTo: [String] = [], sources: [Source], source: SourceMap
    ) {
        box = Box(
            Fields(
                id: id, actor: actor, said: said, text: text, topic: topic, stance: stance, subjects: subjects, weapons: weapons,
                refersTo: refersTo, refersToText: refersToText, venue: venue, respondsTo: respondsTo, sources: sources,
                source: source))
    }

    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        change(&box.fields)
    }

    public var id: String {
        get { box.fields.id }
        set { update { $0.id = newValue } }
    }
    public var actor: String {
        get { box.fields.actor }
        set { update { $0.actor = newValue } }
    }
    public var said: PartialDate {
        get { box.fields.said }
        set { update { $0.said = newValue } }
    }
    public var text: String {
        get { box.fields.text }
        set { update { $0.text = newValue } }
    }
    public var topic: String? {
        get { box.fields.topic }
        set { update { $0.topic = newValue } }
    }
    public var stance: Stance? {
        get { box.fields.stance }
        set { update { $0.stance = newValue } }
    }
    public var subjects: [String] {
        get { box.fields.subjects }
        set { update { $0.subjects = newValue } }
    }
    public var weapons: [String] {
        get { box.fields.weapons }
        set { update { $0.weapons = newValue } }
    }
    public var refersTo: PartialDate? {
        get { box.fields.refersTo }
        set { update { $0.refersTo = newValue } }
    }
    public var refersToText: String? {
        get { box.fields.refersToText }
        set { update { $0.refersToText = newValue } }
    }
    public var venue: String? {
        get { box.fields.venue }
        set { update { $0.venue = newValue } }
    }
    public var respondsTo: [String] {
        get { box.fields.respondsTo }
        set { update { $0.respondsTo = newValue } }
    }
    public var sources: [Source] {
        get { box.fields.sources }
        set { update { $0.sources = newValue } }
    }
    public var source: SourceMap {
        get { box.fields.source }
        set { update { $0.source = newValue } }
    }

    public static func == (lhs: Claim, rhs: Claim) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }
}
