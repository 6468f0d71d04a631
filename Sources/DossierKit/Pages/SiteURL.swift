/// Where each page lives, relative to the site's root; templates prefix `{{root}}`, the way
/// back to the root from the page being rendered, so every link stays relative.
public enum SiteURL {
    public static func actor(_ id: String) -> String { "actors/\(id)/index.html" }
    public static func weapon(_ id: String) -> String { "weapons/\(id)/index.html" }
    public static func topic(_ id: String) -> String { "topics/\(id)/index.html" }
    public static func article(_ id: String) -> String { "articles/\(id)/index.html" }
    public static func claim(_ id: String) -> String { "claims/\(id)/index.html" }
    public static func year(_ year: Int) -> String { "timeline/\(yearText(year))/index.html" }
    public static func quoteAnchor(claim: String, source: Int) -> String { "q-\(claim)-\(source)" }

    /// `../../` for `actors/iran/index.html`, empty for `index.html`.
    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The URL a reader shares: folder-style (`actors/iran/`) under an absolute base.
    public static func absolute(_ path: String, base: String) -> String {
        base + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
    }
}
