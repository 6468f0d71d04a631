/// What differs between two loads of a report, entry by entry, ignoring where things were
/// written (a claim that moved down a file has not changed).
struct ReportChanges {
    var site = false
    var articles: Set<String> = []
    var actors: Set<String> = []
    var weapons: Set<String> = []
    var topics: Set<String> = []
    var claims: Set<String> = []

    init(old: Report, new: Report) {
        site = old.site.withoutPositions != new.site.withoutPositions
        articles = Self.diff(old.articles, new.articles) { $0.withoutPositions }
        actors = Self.diff(old.actors, new.actors) { $0.withoutPositions }
        weapons = Self.diff(old.weapons, new.weapons) { $0.withoutPositions }
        topics = Self.diff(old.topics, new.topics) { $0.withoutPositions }
        var oldClaims: [String: Claim] = [:], newClaims: [String: Claim] = [:]
        for claim in old.claims where oldClaims[claim.id] == nil { oldClaims[claim.id] = claim }
        for claim in new.claims where newClaims[claim.id] == nil { newClaims[claim.id] = claim }
        claims = Self.diff(oldClaims, newClaims) { $0.withoutPositions }
        // Claim order decides nothing on its own, but a duplicate id that appears or goes does.
        if old.claims.count - oldClaims.count != new.claims.count - newClaims.count { site = true }
    }

    /// Anything beyond articles' and claims' own pages and lists changed: render everything.
    var needsFullRender: Bool { site || !actors.isEmpty || !weapons.isEmpty || !topics.isEmpty }

    var isEmpty: Bool { !site && articles.isEmpty && actors.isEmpty && weapons.isEmpty && topics.isEmpty && claims.isEmpty }

    private static func diff<Value, Key: Equatable>(_ old: [String: Value], _ new: [String: Value], _ key: (Value) -> Key) -> Set<String> {
        var changed: Set<String> = []
        for (id, value) in new where old[id].map(key) != key(value) { changed.insert(id) }
        for id in old.keys where new[id] == nil { changed.insert(id) }
        return changed
    }
}

private let noPosition = SourceMap(origin: SourceLocation(path: ""))

extension SiteSettings {
    var withoutPositions: SiteSettings { var copy = self; copy.source = noPosition; return copy }
}

extension Article {
    var withoutPositions: Article { var copy = self; copy.source = noPosition; copy.bodyLine = 0; return copy }
}

extension Actor {
    var withoutPositions: Actor { var copy = self; copy.source = noPosition; copy.bodyLine = 0; return copy }
}

extension Weapon {
    var withoutPositions: Weapon { var copy = self; copy.source = noPosition; copy.bodyLine = 0; return copy }
}

extension Topic {
    var withoutPositions: Topic { var copy = self; copy.source = noPosition; copy.bodyLine = 0; return copy }
}

extension Claim {
    var withoutPositions: Claim { var copy = self; copy.source = noPosition; return copy }
}
