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
        let description = model.removeValue(forKey: PageDescription.modelKey) as? String
        model["root"] = root
        // Records, not dictionaries: made for each of tens of thousands of pages, and the site's
        // and the navigation's are the same for every page of a section.
        model["site"] = site.layoutSite
        model["page"] = TemplateRecord(
            pageShape,
            [
                "title": job.title, "kind": job.section, "is_home": job.section == "home",
                "canonical": optional(settings.baseURL.map { SiteURL.absolute(job.path.value, base: $0) }),
                "description": optional(description),
                // What a link preview shows the page as: an article, or a page of a website.
                "og_type": job.template == "article" || job.template == "claim" ? "article" : "website",
            ])
        let isSectionIndex = sections.contains { $0.key == job.section && $0.href == job.path.value }
        model["nav"] = (isSectionIndex ? indexNavigations[job.section] : navigations[job.section]) ?? navigationWithoutCurrent
        return model
    }

    private static let pageShape = TemplateRecord.Shape(["title", "kind", "is_home", "canonical", "description", "og_type"])

    /// The site's keys (`site.title`, ...), for `SiteContext` to make once per build.
    static func siteRecord(_ settings: SiteSettings, descriptionHTML: String?) -> TemplateRecord {
        TemplateRecord(["title": settings.title, "description_html": optional(descriptionHTML), "language": settings.language])
    }

    /// The navigation of a page inside each section (an actor, a claim), by section key: the
    /// section is `current`, but its link is not `here`.
    private static let navigations: [String: [TemplateRecord]] = Dictionary(
        uniqueKeysWithValues: sections.map { ($0.key, navigation(current: $0.key, here: false)) })
    /// The navigation of each section's own index page, where the section's link is `here` too,
    /// so that a screen reader says "current page" on that page only.
    private static let indexNavigations: [String: [TemplateRecord]] = Dictionary(
        uniqueKeysWithValues: sections.map { ($0.key, navigation(current: $0.key, here: true)) })
    /// The navigation of pages outside the sections (the home page, 404).
    private static let navigationWithoutCurrent = navigation(current: nil, here: false)

    private static func navigation(current: String?, here: Bool) -> [TemplateRecord] {
        sections.map { section in
            let isCurrent = section.key == current
            return TemplateRecord(["label": section.label, "href": section.href, "current": isCurrent, "here": isCurrent && here])
        }
    }
}
