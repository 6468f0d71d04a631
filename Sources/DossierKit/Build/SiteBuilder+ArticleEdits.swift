import Foundation

/// The rebuild after the edit an author makes most: the text or header of articles already in
/// the report. Nothing else changed, so the report's other entries, the index, the validation
/// of everything but those articles' sources, and the set of pages all stand; each step redoes
/// only the edited articles' share. At 10,000 articles this is the difference between a
/// rebuild that walks the whole report and one that touches a few pages.
extension SiteBuilder {
    /// The edited articles, re-read, and the report with them in place.
    struct ArticleEdit {
        var articles: [Article]
        var report: Report
    }

    /// The edit, when the last build published and every changed path is an article that was
    /// there before, still is, keeps its id and reads without a problem (before and after).
    /// Otherwise nil, and the build takes the full path.
    func articleEdit(_ changedPaths: [String]) -> ArticleEdit? {
        guard let previous, lastRunPublished, validationCache != nil, templateCache != nil,
            !changedPaths.isEmpty, Self.outputIsIntact(options.outputDirectory)
        else { return nil }
        var report = previous.site.report
        var articles: [String: Article] = [:]
        var files: [String: (stamp: FileStamp, parsed: ParsedFile)] = [:]
        for changed in changedPaths {
            guard ContentLoader.kind(of: changed, contentDirectory: options.contentDirectory) == .article else { return nil }
            let path = Self.userPath(changed, under: options.contentDirectory)
            guard let cached = parsedCache[path], case .article(let old) = cached.parsed.content, cached.parsed.diagnostics.isEmpty,
                FileManager.default.fileExists(atPath: path)
            else { return nil }
            let stamp = FileStamp(path: path)
            let file = ContentLoader.parse(.init(path: path, kind: .article))
            guard case .article(let article) = file.content, article.id == old.id, file.diagnostics.isEmpty else { return nil }
            files[path] = (stamp, file)
            articles[article.id] = article
            report.articles[article.id] = article
        }
        parsedCache.merge(files) { _, new in new }
        return ArticleEdit(articles: articles.keys.sorted().compactMap { articles[$0] }, report: report)
    }

    func runArticleEdit(_ edit: ArticleEdit, _ result: inout BuildResult, _ clock: inout Stopwatch) {
        guard let previous, var findings = validationCache else { return }
        let old = previous.site
        let report = edit.report
        let renderer = MarkdownRenderer(unsafeHTML: report.site.unsafeHTML)
        result.diagnostics += lastLoadDiagnostics
        lastRunPublished = false

        let templates = clock.time("validate") { () -> TemplateSet? in
            let templates = loadTemplates(&result.diagnostics)
            for article in edit.articles {
                let citing = old.index.claimsByArticle[article.id] ?? []
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
        guard !result.diagnostics.hasErrors, let templates else { return }

        let (site, changes) = clock.time("index") { () -> (SiteContext, ReportChanges) in
            var changes = ReportChanges()
            let mentions = MentionCatalog.index(for: report)
            let mentionKey = MentionCatalog.fingerprint(report)
            var rendered = old.articles
            var sameOrder = true, sameMentions = true
            for article in edit.articles {
                guard let before = old.report.articles[article.id], !before.sameContent(as: article) else { continue }
                changes.articles.insert(article.id)
                let key = ArticleRenderKey(
                    body: article.body, quotes: old.quoteMarks[article.id] ?? [], mentions: mentionKey, unsafeHTML: report.site.unsafeHTML)
                let article =
                    articleCache[article.id].flatMap { $0.key == key ? $0.rendered : nil }
                    ?? renderer.renderArticle(article.body, quotes: key.quotes, mentions: mentions)
                articleCache[before.id] = (key, article)
                sameOrder = sameOrder && before.published == edit.report.articles[before.id]?.published
                sameMentions = sameMentions && article.mentionedKeys == old.articles[before.id]?.mentionedKeys
                rendered[before.id] = article
            }
            let site = SiteContext(
                report: report, index: old.index, articles: rendered, html: old.html, quoteMarks: old.quoteMarks,
                articleOrder: sameOrder ? old.articleOrder : nil, mentionedIn: sameMentions ? old.mentionedIn : nil)
            site.carryModels(from: old, changedClaims: [], changedArticles: changes.articles)
            return (site, changes)
        }
        renderAndPublish(site, changes: changes, pageSetUnchanged: true, templates: templates, &result, &clock)
    }
}
