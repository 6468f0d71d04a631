/// What differs between two loads of a report, entry by entry, ignoring where things were
/// written (a claim that moved down a file has not changed).
struct ReportChanges {
    var site = false
    var articles: Set<String> = []
    var actors: Set<String> = []
    var weapons: Set<String> = []
    var topics: Set<String> = []
    var claims: Set<String> = []
    /// Whether an entry appeared or went: only then can the set of pages differ.
    var addsOrRemoves = false

    /// No change yet; a rebuild that knows what it re-read fills in the rest.
    init() {}

    init(old: Report, new: Report) {
        site = old.site.withoutPositions != new.site.withoutPositions
        articles = Self.diff(old.articles, new.articles, &addsOrRemoves) { $0.sameContent(as: $1) }
        actors = Self.diff(old.actors, new.actors, &addsOrRemoves) { $0.withoutPositions == $1.withoutPositions }
        weapons = Self.diff(old.weapons, new.weapons, &addsOrRemoves) { $0.withoutPositions == $1.withoutPositions }
        topics = Self.diff(old.topics, new.topics, &addsOrRemoves) { $0.withoutPositions == $1.withoutPositions }
        claims = Self.changedClaims(old.claims, new.claims, &addsOrRemoves)
        // Both reports passed validation, so neither holds a duplicate claim id.
    }

    /// Ids of claims that differ. Claims usually stay in the same order, so they are compared
    /// pairwise first; only when ids shift are they matched by id (the first of an id counts).
    private static func changedClaims(_ old: [Claim], _ new: [Claim], _ addsOrRemoves: inout Bool) -> Set<String> {
        if old.count == new.count, zip(old, new).allSatisfy({ $0.id == $1.id }) {
            var changed: Set<String> = []
            for (before, after) in zip(old, new) where !before.sameContent(as: after) { changed.insert(after.id) }
            return changed
        }
        var oldClaims: [String: Claim] = [:], newClaims: [String: Claim] = [:]
        for claim in old where oldClaims[claim.id] == nil { oldClaims[claim.id] = claim }
        for claim in new where newClaims[claim.id] == nil { newClaims[claim.id] = claim }
        return diff(oldClaims, newClaims, &addsOrRemoves) { $0.sameContent(as: $1) }
    }

    /// Anything beyond articles' and claims' own pages and lists changed: render everything.
    var needsFullRender: Bool { site || !actors.isEmpty || !weapons.isEmpty || !topics.isEmpty }

    var isEmpty: Bool { !site && articles.isEmpty && actors.isEmpty && weapons.isEmpty && topics.isEmpty && claims.isEmpty }

    private static func diff<Value>(
        _ old: [String: Value], _ new: [String: Value], _ addsOrRemoves: inout Bool, _ same: (Value, Value) -> Bool
    ) -> Set<String> {
        var changed: Set<String> = []
        for (id, value) in new {
            guard let before = old[id] else {
                changed.insert(id)
                addsOrRemoves = true
                continue
            }
            if !same(before, value) { changed.insert(id) }
        }
        for id in old.keys where new[id] == nil {
            changed.insert(id)
            addsOrRemoves = true
        }
        return changed
    }
}

private let noPosition = SourceMap(origin: SourceLocation(path: ""))

extension SiteSettings {
    var withoutPositions: SiteSettings { var copy = self; copy.source = noPosition; return copy }
}

extension Article {
    /// Equal but for where it was written; compared field by field, as rebuilds do this for
    /// every article. Keep in step with the type's fields.
    func sameContent(as other: Article) -> Bool {
        id == other.id && title == other.title && published == other.published && outlet == other.outlet && url == other.url
            && language == other.language && author == other.author && body == other.body
    }
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
    /// Equal but for where it was written; compared field by field, as rebuilds do this for
    /// every claim. Keep in step with the type's fields.
    func sameContent(as other: Claim) -> Bool {
        id == other.id && actor == other.actor && said == other.said && text == other.text && topic == other.topic
            && stance == other.stance && subjects == other.subjects && weapons == other.weapons && refersTo == other.refersTo
            && refersToText == other.refersToText && venue == other.venue && respondsTo == other.respondsTo && sources == other.sources
    }
}
