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
                    // The label goes under its number: "1 topic", never "1 topics".
                    "counts": [
                        ("claim", report.claims.count, "timeline/index.html"),
                        ("article", report.articles.count, "articles/index.html"),
                        ("actor", report.actors.count, "actors/index.html"),
                        ("weapon", report.weapons.count, "weapons/index.html"),
                        ("topic", report.topics.count, "topics/index.html"),
                    ].map { noun, count, href -> [String: Any] in
                        ["label": count == 1 ? noun : noun + "s", "count": count, "href": href]
                    },
                    "first_date": site.index.timeline.first?.said.display ?? "",
                    PageDescription.modelKey: optional(PageDescription.firstParagraph(of: site.html["site"])),
                    "last_date": site.index.timeline.last?.said.display ?? "",
                    // "from 4 Jan 2024 to 4 Jan 2024" reads as a mistake.
                    "one_date": site.index.timeline.first?.said.display == site.index.timeline.last?.said.display,
                ]
            }
        ]
    }
}
