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
        guard let previous, lastRunCanBeEdited, !changedPaths.isEmpty else { return nil }
        var report = previous.site.report
        if spareTables?.site === previous.site {
            // The copy goes into the report and the shared table into the spare: both still hold
            // the previous build's articles, whatever happens next.
            swap(&report.articles, &spareTables!.articles)
        }
        var articles: [String: Article] = [:]
        var files: [RereadFile] = []
        for changed in changedPaths {
            guard let file = reread(changed, as: .article), case .article(let old) = file.old,
                case .article(let article) = file.new.content, article.id == old.id
            else { return nil }
            files.append(file)
            articles[article.id] = article
            report.articles[article.id] = article
        }
        for file in files { parsedCache[file.path] = (file.stamp, file.new) }
        return ArticleEdit(articles: articles.keys.sorted().compactMap { articles[$0] }, report: report)
    }

    func runArticleEdit(_ edit: ArticleEdit, _ result: inout BuildResult, _ clock: inout Stopwatch) {
        guard let previous else { return }
        let old = previous.site
        let report = edit.report
        let renderer = MarkdownRenderer(unsafeHTML: report.site.unsafeHTML)
        let edited = edit.articles.map { ($0, old.index.claimsByArticle[$0.id] ?? []) }
        guard let templates = revalidate(edited, report: report, renderer: renderer, &result, &clock) else { return }

        let (site, changes) = clock.time("index") { () -> (SiteContext, ReportChanges) in
            var changes = ReportChanges()
            let mentions = MentionCatalog.index(for: report)
            let mentionKey = MentionCatalog.fingerprint(report)
            var rendered = old.articles
            if spareTables?.site === old { swap(&rendered, &spareTables!.rendered) }
            var sameOrder = true, sameMentions = true
            for article in edit.articles {
                guard let before = old.report.articles[article.id], !before.sameContent(as: article) else { continue }
                changes.articles.insert(article.id)
                let page = renderedArticle(
                    article, quotes: old.quoteMarks[article.id] ?? [], mentions: mentions, mentionKey: mentionKey,
                    unsafeHTML: report.site.unsafeHTML, renderer: renderer)
                sameOrder = sameOrder && before.published == article.published
                sameMentions = sameMentions && page.mentionedKeys == old.articles[article.id]?.mentionedKeys
                rendered[article.id] = page
            }
            let site = SiteContext(
                report: report, index: old.index, articles: rendered, html: old.html, quoteMarks: old.quoteMarks,
                // Entity pages list the articles that mention them newest first: a new date can reorder them.
                articleOrder: sameOrder ? old.articleOrder : nil, mentionedIn: sameMentions && sameOrder ? old.mentionedIn : nil)
            site.carryModels(from: old, changedClaims: [], changedArticles: changes.articles)
            return (site, changes)
        }
        renderAndPublish(site, changes: changes, pageSetUnchanged: true, templates: templates, &result, &clock)
    }
}
