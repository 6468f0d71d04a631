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
        // Records, not dictionaries: made for each of tens of thousands of pages, and the site's
        // and the navigation's are the same for every page of a section.
        model["site"] = site.layoutSite
        model["page"] = TemplateRecord(
            pageShape,
            [
                "title": job.title, "kind": job.section, "is_home": job.section == "home",
                "canonical": optional(settings.baseURL.map { SiteURL.absolute(job.path.value, base: $0) }),
            ])
        model["nav"] = navigations[job.section] ?? navigationWithoutCurrent
        return model
    }

    private static let pageShape = TemplateRecord.Shape(["title", "kind", "is_home", "canonical"])

    /// The site's keys (`site.title`, ...), for `SiteContext` to make once per build.
    static func siteRecord(_ settings: SiteSettings, descriptionHTML: String?) -> TemplateRecord {
        TemplateRecord(["title": settings.title, "description_html": optional(descriptionHTML), "language": settings.language])
    }

    /// The navigation with each section current, by section key.
    private static let navigations: [String: [TemplateRecord]] = Dictionary(
        uniqueKeysWithValues: sections.map { ($0.key, navigation(current: $0.key)) })
    /// The navigation of pages outside the sections (the home page, 404).
    private static let navigationWithoutCurrent = navigation(current: nil)

    private static func navigation(current: String?) -> [TemplateRecord] {
        sections.map { TemplateRecord(["label": $0.label, "href": $0.href, "current": $0.key == current]) }
    }
}
