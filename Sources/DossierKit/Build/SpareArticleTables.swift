/// Copies of the last build's two tables of articles (the report's and the rendered ones), made
/// as a rebuild ends, for the next article edit to change in place.
///
/// The last build's site holds the tables, and an edit must leave that site whole (a rebuild that
/// fails keeps it), so changing one edited article in them copied each table first: at 10,000
/// articles the two copies took 5–8 ms of the 25–45 ms an edit took to reach the disk. Made
/// after the pages are published, the copies cost the author no wait; an edit swaps a copy in
/// for the shared table, and changes it without copying again.
struct SpareArticleTables {
    /// The build whose tables these copy; they are of no use to an edit based on another.
    let site: SiteContext
    var articles: [String: Article]
    var rendered: [String: RenderedArticle]

    init(copying site: SiteContext) {
        self.site = site
        articles = Self.copy(of: site.report.articles)
        rendered = Self.copy(of: site.articles)
    }

    /// A dictionary with storage of its own: reserving capacity in a shared one copies it.
    static func copy<Value>(of table: [String: Value]) -> [String: Value] {
        var copy = table
        copy.reserveCapacity(table.count)
        return copy
    }
}
