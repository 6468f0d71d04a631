/// A source article: front matter plus its Markdown text.
public struct Article: Hashable, Sendable {
    public var id: String
    public var title: String
    public var published: PartialDate
    public var outlet: String?
    public var url: String?
    public var language: String?
    public var author: String?
    /// The Markdown text after the front matter.
    public var body: String
    /// The 1-based line in the file where `body` starts, for positions inside the text.
    public var bodyLine: Int
    public var source: SourceMap
}
