/// The names and aliases that link article text to actor and weapon pages.
enum MentionCatalog {
    static func index(for report: Report) -> MentionIndex {
        var entries: [MentionIndex.Entry] = []
        for actor in report.actors.values.sorted(by: { $0.id < $1.id }) {
            for term in [actor.name] + actor.aliases {
                entries.append(.init(term: term, key: "actor:" + actor.id, href: "../../" + SiteURL.actor(actor.id)))
            }
        }
        for weapon in report.weapons.values.sorted(by: { $0.id < $1.id }) {
            for term in [weapon.name] + weapon.aliases {
                entries.append(.init(term: term, key: "weapon:" + weapon.id, href: "../../" + SiteURL.weapon(weapon.id)))
            }
        }
        return MentionIndex(entries)
    }

    /// Changes whenever any name or alias does, so cached article renderings are redone.
    static func fingerprint(_ report: Report) -> Int {
        var hasher = Hasher()
        for actor in report.actors.values.sorted(by: { $0.id < $1.id }) {
            hasher.combine(actor.id)
            hasher.combine(actor.name)
            hasher.combine(actor.aliases)
        }
        for weapon in report.weapons.values.sorted(by: { $0.id < $1.id }) {
            hasher.combine(weapon.id)
            hasher.combine(weapon.name)
            hasher.combine(weapon.aliases)
        }
        return hasher.finalize()
    }
}
