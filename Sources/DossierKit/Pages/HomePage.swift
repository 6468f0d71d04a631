/// The front page: the report's topics with who supports and who disputes each, the latest
/// claims, and counts.
enum HomePage {
    static func jobs(_ site: SiteContext) -> [PageJob] {
        guard let path = OutputPath("index.html") else { return [] }
        return [
            PageJob(path: path, template: "index", section: "home", title: site.report.site.title) {
                let report = site.report
                let topics = report.topics.values.sorted { $0.title < $1.title }.map { TopicPages.summary($0, site) }
                let latest = Array(site.index.timeline.reversed().prefix(8))
                return [
                    "topics": topics,
                    "latest": site.items(latest),
                    "counts": [
                        ["label": "claims", "count": report.claims.count, "href": "timeline/index.html"],
                        ["label": "articles", "count": report.articles.count, "href": "articles/index.html"],
                        ["label": "actors", "count": report.actors.count, "href": "actors/index.html"],
                        ["label": "weapons", "count": report.weapons.count, "href": "weapons/index.html"],
                        ["label": "topics", "count": report.topics.count, "href": "topics/index.html"],
                    ] as [[String: Any]],
                    "first_date": site.index.timeline.first?.said.display ?? "",
                    "last_date": site.index.timeline.last?.said.display ?? "",
                ]
            }
        ]
    }
}
