import Foundation

/// What the article-edit and claim-edit paths share: when they may run, how they re-read a
/// file, their validate step, and rendering one article through the cache.
extension SiteBuilder {
    /// One changed file, read again for an edit path.
    struct RereadFile {
        var path: String
        var stamp: FileStamp
        var old: ParsedFile.Content
        var new: ParsedFile
    }

    /// Whether an edit path may build on the last run: it published, its findings and theme are
    /// kept, and its output is still there.
    var lastRunCanBeEdited: Bool {
        previous != nil && lastRunPublished && validationCache != nil && templateCache != nil
            && outputIsIntact
    }

    /// Reads a changed file of `kind` again, when it read cleanly before, still exists and reads
    /// cleanly now; nil sends the build down another path.
    func reread(_ changedPath: String, as kind: ContentKind) -> RereadFile? {
        guard ContentLoader.kind(of: changedPath, contentDirectory: options.contentDirectory) == kind else { return nil }
        let path = Self.userPath(changedPath, under: options.contentDirectory)
        guard let cached = parsedCache[path], cached.parsed.diagnostics.isEmpty, FileManager.default.fileExists(atPath: path) else {
            return nil
        }
        let stamp = FileStamp(path: path)
        let file = ContentLoader.parse(.init(path: path, kind: kind), previous: cached.parsed)
        guard file.diagnostics.isEmpty else { return nil }
        return RereadFile(path: path, stamp: stamp, old: cached.parsed.content, new: file)
    }

    /// The validate step of an edit path: the quotes and dates of the given articles are checked
    /// against the claims citing them, every other finding of the last run stands. Returns the
    /// theme, or nil when the build stops here.
    func revalidate(
        _ articles: [(article: Article, citing: [Claim])], report: Report, renderer: MarkdownRenderer, _ result: inout BuildResult,
        _ clock: inout Stopwatch
    ) -> TemplateSet? {
        guard var findings = validationCache else { return nil }
        result.diagnostics += lastLoadDiagnostics
        lastRunPublished = false
        let templates = clock.time("validate") { () -> TemplateSet? in
            let templates = loadTemplates(&result.diagnostics)
            for (article, citing) in articles {
                var text = ArticleQuotes.cached(quoteAnswers[article.id], for: article)
                text.check(ArticleQuotes.quotes(of: citing, citing: article.id), renderer: renderer)
                quoteAnswers[article.id] = text
                findings.byArticle[article.id] = ReportValidator.articleFindings(report, article: article, citing: citing) { _, quote in
                    text.answers[quote] ?? .missing
                }
            }
            validationCache = findings
            result.diagnostics += findings.all
            return templates
        }
        settleDiagnostics(&result)
        return result.diagnostics.hasErrors ? nil : templates
    }

    /// An article's Markdown rendered with its quote marks, from the cache when nothing it
    /// depends on changed.
    func renderedArticle(
        _ article: Article, quotes: [QuoteMark], mentions: MentionIndex, mentionKey: Int, unsafeHTML: Bool, renderer: MarkdownRenderer
    ) -> RenderedArticle {
        let key = ArticleRenderKey(body: article.body, quotes: quotes, mentions: mentionKey, unsafeHTML: unsafeHTML)
        if let cached = articleCache[article.id], cached.key == key { return cached.rendered }
        let rendered = renderer.renderArticle(article.body, quotes: quotes, mentions: mentions)
        articleCache[article.id] = (key, rendered)
        return rendered
    }
}
