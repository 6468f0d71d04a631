/// A weapon system or a family of them (`parent` links members to their family).
public struct Weapon: Hashable, Sendable {
    public var id: String
    public var name: String
    public var category: String
    public var aliases: [String]
    public var origin: String?
    public var parent: String?
    public var body: String
    public var bodyLine: Int
    public var source: SourceMap
}
