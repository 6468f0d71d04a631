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

    /// The same report with every article's text left out, for a build that has checked and
    /// rendered the texts and reads them again from the files where it needs them.
    func withoutArticleTexts() -> Report {
        var report = self
        report.articles = articles.mapValues { article in
            var article = article
            article.body = ""
            return article
        }
        return report
    }
}
