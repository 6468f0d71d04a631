import Foundation

/// The rebuild after a curator edits what claims say (text, stance, venue, what they refer to,
/// their quotes) without changing what they relate: the same ids in the same files, and the
/// same actor, subjects, weapons, topic, date, answers and cited articles. Every list then keeps
/// its members and order, so the index is patched instead of rebuilt, and only the cited
/// articles' findings, quote marks and Markdown are redone.
extension SiteBuilder {
    /// The claims files re-read, and the report with their claims in place.
    struct ClaimEdit {
        var report: Report
        /// Claims whose content changed, by id.
        var changed: [String: Claim]
        /// Every claim of the re-read files: their positions may have moved.
        var reread: [Claim]
    }

    /// The edit, when the last build published and every changed path is a claims file that was
    /// there before, still is, reads cleanly (before and after) and keeps each claim's id and
    /// relations. Otherwise nil, and the build takes another path.
    func claimEdit(_ changedPaths: [String]) -> ClaimEdit? {
        guard let previous, lastRunCanBeEdited, !changedPaths.isEmpty else { return nil }
        var files: [RereadFile] = []
        var changed: [String: Claim] = [:]
        var rereadClaims: [Claim] = []
        for changedPath in changedPaths {
            guard let file = reread(changedPath, as: .claims), case .claims(let old) = file.old,
                case .claims(let new) = file.new.content, old.count == new.count
            else { return nil }
            for (before, after) in zip(old, new) {
                // A quote added or dropped adds or drops a mark; the article is then marked afresh.
                guard before.sameRelations(as: after), before.sources.map({ $0.quote == nil }) == after.sources.map({ $0.quote == nil })
                else { return nil }
                if !before.sameContent(as: after) { changed[after.id] = after }
            }
            files.append(file)
            rereadClaims += new
        }
        // Each file keeps its ids, and the published build had no id twice: every re-read claim
        // replaces exactly one.
        for file in files { parsedCache[file.path] = (file.stamp, file.new) }
        var report = previous.site.report
        let rereadByID = Dictionary(rereadClaims.map { ($0.id, $0) }) { first, _ in first }
        report.claims = report.claims.map { rereadByID[$0.id] ?? $0 }
        return ClaimEdit(report: report, changed: changed, reread: rereadClaims)
    }

    func runClaimEdit(_ edit: ClaimEdit, _ result: inout BuildResult, _ clock: inout Stopwatch) {
        guard let previous else { return }
        let old = previous.site
        let report = edit.report
        let renderer = MarkdownRenderer(unsafeHTML: report.site.unsafeHTML)
        // The articles the re-read claims cite: their findings point into the claims files,
        // whose lines may have moved, and their quotes may have changed.
        let claims = Dictionary(report.claims.map { ($0.id, $0) }) { first, _ in first }
        let cited = Set(edit.reread.flatMap { $0.sources.map(\.article) }).sorted().compactMap { id in
            report.articles[id].map { ($0, (old.index.claimsByArticle[id] ?? []).compactMap { claims[$0.id] }) }
        }
        guard let templates = revalidate(cited, report: report, renderer: renderer, &result, &clock) else { return }

        let (site, changes) = clock.time("index") { () -> (SiteContext, ReportChanges) in
            var changes = ReportChanges()
            changes.claims = Set(edit.changed.keys)
            let index = old.index.replacing(edit.changed)
            // A quote mark carries its claim's quote and text: only the marks of edited claims change.
            var marks = old.quoteMarks
            var rendered = old.articles
            let mentions = MentionCatalog.index(for: report)
            let mentionKey = MentionCatalog.fingerprint(report)
            var newMarks: [String: QuoteMark] = [:]
            for claim in edit.changed.values {
                for (index, source) in claim.sources.enumerated() {
                    guard let quote = source.quote else { continue }
                    let mark = Self.quoteMark(claim, source: index, quote: quote, report: report)
                    newMarks[mark.anchor] = mark
                }
            }
            for id in Set(edit.changed.values.flatMap { $0.sources.map(\.article) }) {
                marks[id] = marks[id]?.map { newMarks[$0.anchor] ?? $0 }
                guard let article = report.articles[id] else { continue }
                rendered[id] = renderedArticle(
                    article, quotes: marks[id] ?? [], mentions: mentions, mentionKey: mentionKey, unsafeHTML: report.site.unsafeHTML,
                    renderer: renderer)
            }
            let sameMentions = edit.changed.values.allSatisfy { claim in
                claim.sources.allSatisfy { rendered[$0.article]?.mentionedKeys == old.articles[$0.article]?.mentionedKeys }
            }
            let site = SiteContext(
                report: report, index: index, articles: rendered, html: old.html, quoteMarks: marks, articleOrder: old.articleOrder,
                mentionedIn: sameMentions ? old.mentionedIn : nil)
            site.carryModels(from: old, changedClaims: changes.claims, changedArticles: [])
            return (site, changes)
        }
        renderAndPublish(site, changes: changes, pageSetUnchanged: true, templates: templates, &result, &clock)
    }
}

extension Claim {
    /// Whether two versions of a claim relate the same entries, on the same date.
    func sameRelations(as other: Claim) -> Bool {
        id == other.id && actor == other.actor && subjects == other.subjects && weapons == other.weapons && topic == other.topic
            && said == other.said && respondsTo == other.respondsTo && sources.map(\.article) == other.sources.map(\.article)
    }
}
