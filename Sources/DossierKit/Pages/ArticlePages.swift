/// The articles list (newest first) and one page per article: its text with each quoted
/// passage marked and linked to its claims, and the first mention of each entity linked.
enum ArticlePages {
    static func jobs(_ site: SiteContext, only wanted: Set<String>? = nil) -> [PageJob] {
        var jobs: [PageJob] = []
        if let path = OutputPath("articles/index.html") {
            jobs.append(
                PageJob(path: path, template: "articles", section: "articles", title: "Articles") {
                    ["articles": site.articleOrder.map(site.articleLink), "count": site.articleOrder.count]
                })
        }
        let articles =
            wanted.map { PageCatalog.ids(in: "articles", of: $0).compactMap { site.report.articles[$0] } }
            ?? Array(site.report.articles.values)
        for article in articles {
            guard let path = OutputPath.page("articles", article.id) else { continue }
            jobs.append(
                PageJob(path: path, template: "article", section: "articles", title: article.title) {
                    page(article, site)
                })
        }
        return jobs
    }

    static func page(_ article: Article, _ site: SiteContext) -> [String: Any] {
        let rendered = site.articles[article.id]
        let claims = site.index.claimsByArticle[article.id] ?? []
        let mentioned = rendered?.mentionedKeys ?? []
        let body = site.articleHTML(article.id)
        return [
            "article": [
                "id": article.id, "title": article.title,
                "published": article.published.display, "published_iso": article.published.machineReadable,
                "outlet": optional(article.outlet), "author": optional(article.author), "url": optional(article.url),
                "language": optional(article.language.flatMap { $0 == site.report.site.language ? nil : $0 }),
                "body_html": body,
            ] as [String: Any],
            "claims": optional(
                site.items(claims).map { item -> TemplateRecord in
                    // Link each claim back to its marked passage in this article, where the quote was found.
                    guard let id = item.child(named: "id") as? String, let claim = site.index.claimsByID[id],
                        let index = claim.sources.indices.first(where: { index in
                            claim.sources[index].article == article.id
                                && rendered?.markedAnchors.contains(SiteURL.quoteAnchor(claim: id, source: index)) == true
                        })
                    else { return item }
                    return item.setting("passage_here", to: "#" + SiteURL.quoteAnchor(claim: id, source: index))
                }),
            "claim_count": claims.count,
            "actors": optional(mentioned.filter { $0.hasPrefix("actor:") }.map { site.actorLink(String($0.dropFirst(6))) }),
            "weapons": optional(mentioned.filter { $0.hasPrefix("weapon:") }.map { site.weaponLink(String($0.dropFirst(7))) }),
            PageDescription.modelKey: PageDescription.article(article, bodyHTML: body),
        ]
    }
}
