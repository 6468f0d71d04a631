/// The report's settings from `site.yml`.
public struct SiteSettings: Hashable, Sendable {
    public var title: String
    /// One paragraph of Markdown.
    public var description: String?
    /// Absolute `https://…/` with a trailing slash, used only where a URL must be absolute.
    public var baseURL: String?
    public var language: String
    public var unsafeHTML: Bool
    public var source: SourceMap

    public init(
        title: String, description: String? = nil, baseURL: String? = nil, language: String = "en", unsafeHTML: Bool = false,
        source: SourceMap
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.unsafeHTML = unsafeHTML
        self.source = source
    }
}
