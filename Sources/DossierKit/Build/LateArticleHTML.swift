import Foundation

/// Articles' HTML made when their pages are rendered, for a single build: it does not hold every
/// article's text and HTML until the last page is done (90 MB on 10,000 articles). The text is
/// read from the file again; a file whose text is not the one the build checked is noted, and
/// the build fails rather than publish a page that disagrees with the rest of the site.
final class LateArticleHTML: @unchecked Sendable {
    private let paths: [String: String]
    private let textHashes: [String: Int]
    private let renderer: MarkdownRenderer
    private let quotes: [String: [QuoteMark]]
    private let mentions: MentionIndex
    private let lock = NSLock()
    private var changedPaths: Set<String> = []

    init(report: Report, renderer: MarkdownRenderer, quotes: [String: [QuoteMark]], mentions: MentionIndex) {
        paths = report.articles.mapValues(\.source.origin.path)
        // Hasher's seed is fixed for the life of the process, which is all these are compared within.
        textHashes = report.articles.mapValues(\.body.hashValue)
        self.renderer = renderer
        self.quotes = quotes
        self.mentions = mentions
    }

    /// The article's HTML, or "" when its file no longer holds the text the build checked.
    /// `annotations` are where the build's first reading of the text found its mentions and quotes.
    func html(_ id: String, annotations: ArticleAnnotations?) -> String {
        guard let path = paths[id] else { return "" }
        var ignored: [Diagnostic] = []
        guard let file = SourceFile.read(path, diagnostics: &ignored),
            let body = FrontMatter.split(file, diagnostics: &ignored)?.body, body.hashValue == textHashes[id]
        else {
            lock.withLock { _ = changedPaths.insert(path) }
            return ""
        }
        return renderer.renderArticle(body, quotes: quotes[id] ?? [], mentions: mentions, annotations: annotations).html
    }

    /// The files that changed between the check and their pages, as errors.
    var changes: [Diagnostic] {
        lock.withLock { changedPaths.sorted() }.map { path in
            .error(
                SourceLocation(path: path), "the file changed while the site was being built",
                hint: "build again; nothing was published")
        }
    }
}
