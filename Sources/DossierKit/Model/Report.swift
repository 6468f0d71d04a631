/// Everything a report's author wrote, loaded and keyed by id (sorted iteration via `sorted*`).
public struct Report: Sendable {
    public var site: SiteSettings
    public var articles: [String: Article]
    public var actors: [String: Actor]
    public var weapons: [String: Weapon]
    public var topics: [String: Topic]
    /// Claims in the order they were written, file by file (files in path order).
    public var claims: [Claim]
    /// Files that exist but could not be read, by kind: ids of actor, weapon, topic and article
    /// files, file names of claims files. Their own errors say why; the checks do not report again
    /// what follows from their absence (an unknown id, an entry no claim names).
    public var unreadable: [ContentKind: Set<String>] = [:]
    /// Entry folders that could not be listed: as with `unreadable`, for every id of their kind.
    public var unreadableFolders: Set<ContentKind> = []
    /// Files in a misspelt entry folder (`article/x.md`), which are not read: the misspelt
    /// folder's name by id, by the kind of the folder meant. A reference to `x` is then told
    /// where its file is, rather than that there is none.
    public var misplaced: [ContentKind: [String: String]] = [:]
    /// Claims that did not read, in files that did: what they refer to is still checked, and,
    /// as with `unreadable`, what refers to them is not reported again.
    public var unreadClaims: [ClaimReferences] = []

    public init(
        site: SiteSettings, articles: [String: Article] = [:], actors: [String: Actor] = [:], weapons: [String: Weapon] = [:],
        topics: [String: Topic] = [:], claims: [Claim] = []
    ) {
        self.site = site
        self.articles = articles
        self.actors = actors
        self.weapons = weapons
        self.topics = topics
        self.claims = claims
    }

    /// Leaves the report as pages need it, for a build that has checked it and reads article
    /// texts again from their files: without the texts, and without the positions of fields
    /// (which only diagnostics use). On 30,000 claims the positions alone are 14 MB. Done in
    /// place, so that a report holding the only reference frees them instead of copying the rest.
    mutating func stripForPages() {
        // Walked by index: iterating the dictionary itself would hold its storage and make
        // each change copy it.
        var index = articles.values.startIndex
        while index != articles.values.endIndex {
            articles.values[index].body = ""
            articles.values.formIndex(after: &index)
        }
        for index in claims.indices {
            claims[index].source = SourceMap(origin: claims[index].source.origin)
        }
    }
}
