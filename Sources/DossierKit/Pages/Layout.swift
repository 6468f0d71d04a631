/// The keys every page shares (site, navigation, the way back to the root), added to each
/// page's own model before rendering.
enum Layout {
    static let sections: [(key: String, label: String, href: String)] = [
        ("topics", "Topics", "topics/index.html"),
        ("actors", "Actors", "actors/index.html"),
        ("weapons", "Weapons", "weapons/index.html"),
        ("articles", "Articles", "articles/index.html"),
        ("timeline", "Timeline", "timeline/index.html"),
        ("search", "Search", "search/index.html"),
    ]

    /// "1 claim", "3 claims": counts as a sentence reads them, for templates that cannot pluralise.
    static func claims(_ count: Int) -> String { count == 1 ? "1 claim" : "\(count) claims" }

    static func decorate(_ model: [String: Any], job: PageJob, site: SiteContext) -> [String: Any] {
        let settings = site.report.site
        // The 404 page is served at any depth, so its links cannot be relative.
        let root = job.path.value == "404.html" ? (settings.baseURL ?? "/") : SiteURL.root(of: job.path.value)
        var model = model
        model["root"] = root
        model["site"] =
            [
                "title": settings.title,
                "description_html": optional(site.html["site"]),
                "language": settings.language,
            ] as [String: Any]
        model["page"] =
            [
                "title": job.title,
                "kind": job.section,
                "is_home": job.section == "home",
                "canonical": optional(settings.baseURL.map { SiteURL.absolute(job.path.value, base: $0) }),
            ] as [String: Any]
        model["nav"] = sections.map { section -> [String: Any] in
            ["label": section.label, "href": section.href, "current": section.key == job.section]
        }
        return model
    }
}
