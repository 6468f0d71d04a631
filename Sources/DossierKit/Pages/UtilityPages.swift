/// The search page (its index is a machine file) and the 404 page.
enum UtilityPages {
    /// The search page's script, a theme asset: the theme check looks for it in the theme.
    static let searchScript = "assets/search.js"

    static func jobs(_ site: SiteContext) -> [PageJob] {
        var jobs: [PageJob] = []
        if let path = OutputPath("search/index.html") {
            jobs.append(
                PageJob(path: path, template: "search", section: "search", title: "Search") {
                    ["index_href": "search/index.js", "script_href": searchScript]
                })
        }
        if let path = OutputPath("404.html") {
            jobs.append(
                PageJob(path: path, template: "404", section: "404", title: "Page not found") {
                    ["topics": site.report.topics.values.sorted { $0.title < $1.title }.map { site.topicLink($0.id) }]
                })
        }
        return jobs
    }
}
