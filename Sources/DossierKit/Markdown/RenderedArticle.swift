/// An article's HTML with its quoted passages marked and its first mentions linked, and what was found on the way.
public struct RenderedArticle: Sendable {
    public var html: String
    /// Anchors of the quotes that were found and marked.
    public var markedAnchors: Set<String>
    /// For each marked anchor: the quote in context, as plain text (the block's text split around the passage, each side
    /// trimmed at a word boundary to about 160 characters with "…").
    public var contexts: [String: QuoteContext]
    /// Every entity key mentioned anywhere in the text (not only the linked first mention), sorted.
    public var mentionedKeys: [String]
    /// Where the mentions and quotes were found, kept when the HTML is made later.
    public var annotations: ArticleAnnotations?

    public init(html: String, markedAnchors: Set<String>, contexts: [String: QuoteContext], mentionedKeys: [String]) {
        self.html = html
        self.markedAnchors = markedAnchors
        self.contexts = contexts
        self.mentionedKeys = mentionedKeys
    }
}
