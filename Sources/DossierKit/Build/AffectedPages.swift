/// Which pages and files a change can alter, so that a rebuild renders only those. Anything
/// this cannot reason about precisely returns nil: render everything. RandomEditSequenceTests
/// and TargetedRebuildTests hold it to a clean build's output.
struct AffectedPages {
    var pages: Set<String> = []
    /// The pages of the edited entries themselves, published ahead of the others.
    var first: Set<String> = []
    var feed = false
    var claimsJSON = false
    var searchIndex = false
    var sitemap = false

    static func compute(old: SiteContext, new: SiteContext, changes: ReportChanges) -> AffectedPages? {
        if changes.needsFullRender { return nil }
        // Every year page links every year: a year that appears or goes changes them all.
        if TimelinePages.years(old) != TimelinePages.years(new) { return nil }
        var affected = AffectedPages()
        if changes.isEmpty { return affected }
        let contexts = [old, new]
        // Claims whose list item changes: edited claims and the claims they answer (reply counts).
        // A claim's list item names no article, so an article's header changes only the pages
        // that show the article itself.
        var changedItems = changes.claims
        for id in changes.claims {
            for site in contexts { changedItems.formUnion(site.index.claimsByID[id]?.respondsTo ?? []) }
        }
        for id in changes.articles {
            let before = old.report.articles[id], after = new.report.articles[id]
            let headerChanged =
                before?.title != after?.title || before?.published != after?.published
                || before?.outlet != after?.outlet || before?.url != after?.url || (before == nil) != (after == nil)
            affected.pages.insert(SiteURL.article(id))
            affected.first.insert(SiteURL.article(id))
            // The list shows titles, dates and outlets, not the text.
            if headerChanged {
                affected.pages.insert("articles/index.html")
                affected.first.insert("articles/index.html")
            }
            if (before == nil) != (after == nil) {
                affected.pages.insert("index.html")
                affected.sitemap = true
            }
            for site in contexts {
                let citing = (site.index.claimsByArticle[id] ?? []).map(\.id)
                // A claim's page shows its quotes in context, which come from the article's text.
                for claim in citing { affected.pages.insert(SiteURL.claim(claim)) }
            }
            // Entity pages list the articles that mention them.
            let mentionedBefore = Set(old.articles[id]?.mentionedKeys ?? [])
            let mentionedAfter = Set(new.articles[id]?.mentionedKeys ?? [])
            if headerChanged { affected.claimsJSON = true }
            // The search finds an article by its author and the names it mentions too.
            if headerChanged || before?.author != after?.author || mentionedBefore != mentionedAfter {
                affected.searchIndex = true
            }
            let keys =
                headerChanged || (before == nil) != (after == nil)
                ? mentionedBefore.union(mentionedAfter) : mentionedBefore.symmetricDifference(mentionedAfter)
            for key in keys { affected.insertEntityPage(key, contexts) }
        }
        if !changedItems.isEmpty || !changes.claims.isEmpty {
            affected.feed = true
            affected.claimsJSON = true
            affected.searchIndex = true
            affected.pages.formUnion([
                "index.html", "timeline/index.html", "topics/index.html", "actors/index.html", "weapons/index.html", "articles/index.html",
            ])
        }
        if !changes.claims.isEmpty { affected.sitemap = true }
        // Article links carry their claim counts: where those changed, every list of the article does.
        for id in changes.claims {
            for site in contexts {
                for source in site.index.claimsByID[id]?.sources ?? []
                where
                    old.index.claimsByArticle[source.article]?.count != new.index.claimsByArticle[source.article]?.count
                {
                    affected.pages.insert(SiteURL.article(source.article))
                    for key in Set(
                        (old.articles[source.article]?.mentionedKeys ?? []) + (new.articles[source.article]?.mentionedKeys ?? []))
                    {
                        affected.insertEntityPage(key, contexts)
                    }
                }
            }
        }
        for id in changes.claims { affected.first.insert(SiteURL.claim(id)) }
        for id in changedItems {
            for site in contexts {
                guard let claim = site.index.claimsByID[id] else { continue }
                affected.insertListings(of: claim, site)
                // Everything in its thread shows it.
                for member in ClaimPages.thread(of: claim, site) { affected.pages.insert(SiteURL.claim(member.id)) }
            }
        }
        return affected
    }

    /// The pages that list a claim.
    private mutating func insertListings(of claim: Claim, _ site: SiteContext) {
        pages.insert(SiteURL.claim(claim.id))
        pages.insert(SiteURL.actor(claim.actor))
        for subject in claim.subjects { pages.insert(SiteURL.actor(subject)) }
        for weapon in claim.weapons { insertWeaponAndFamilies(weapon, site) }
        if let topic = claim.topic { pages.insert(SiteURL.topic(topic)) }
        for source in claim.sources { pages.insert(SiteURL.article(source.article)) }
        pages.insert(SiteURL.year(claim.said.anchor.year))
        for answered in claim.respondsTo { pages.insert(SiteURL.claim(answered)) }
    }

    private mutating func insertEntityPage(_ key: String, _ contexts: [SiteContext]) {
        if key.hasPrefix("actor:") {
            pages.insert(SiteURL.actor(String(key.dropFirst(6))))
        } else if key.hasPrefix("weapon:") {
            for site in contexts { insertWeaponAndFamilies(String(key.dropFirst(7)), site) }
        }
    }

    /// A weapon's page and the pages of every family above it, which show its claims and mentions.
    private mutating func insertWeaponAndFamilies(_ weapon: String, _ site: SiteContext) {
        var current: String? = weapon
        var seen: Set<String> = []
        while let id = current, seen.insert(id).inserted {
            pages.insert(SiteURL.weapon(id))
            current = site.report.weapons[id]?.parent
        }
    }
}
