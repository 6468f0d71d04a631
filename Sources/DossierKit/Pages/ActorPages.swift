/// The actors list (by kind) and one page per actor: profile, claims it made by topic, claims
/// about it, the articles that mention it.
enum ActorPages {
    static func jobs(_ site: SiteContext) -> [PageJob] {
        var jobs: [PageJob] = []
        if let path = OutputPath("actors/index.html") {
            jobs.append(
                PageJob(path: path, template: "actors", section: "actors", title: "Actors") {
                    let actors = site.report.actors.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
                    let groups: [[String: Any]] = Actor.Kind.allCases.compactMap { kind in
                        let members = actors.filter { $0.kind == kind }
                        guard !members.isEmpty else { return nil }
                        return ["label": kind.pluralLabel, "actors": members.map { summary($0, site) }]
                    }
                    return ["groups": groups, "count": actors.count]
                })
        }
        for actor in site.report.actors.values {
            guard let path = OutputPath.page("actors", actor.id) else { continue }
            jobs.append(
                PageJob(path: path, template: "actor", section: "actors", title: actor.name) {
                    page(actor, site)
                })
        }
        return jobs
    }

    static func summary(_ actor: Actor, _ site: SiteContext) -> [String: Any] {
        [
            "name": actor.name, "href": SiteURL.actor(actor.id), "role": optional(actor.role), "kind": actor.kind.label,
            "claim_count": site.index.claimsByActor[actor.id]?.count ?? 0,
            "claims_label": Layout.claims(site.index.claimsByActor[actor.id]?.count ?? 0),
            "about_count": site.index.claimsAboutActor[actor.id]?.count ?? 0,
        ]
    }

    static func page(_ actor: Actor, _ site: SiteContext) -> [String: Any] {
        let made = site.index.claimsByActor[actor.id] ?? []
        let about = site.index.claimsAboutActor[actor.id] ?? []
        return [
            "actor": [
                "id": actor.id, "name": actor.name, "kind": actor.kind.label, "role": optional(actor.role),
                "aliases": optional(actor.aliases),
                "affiliation": optional(actor.affiliation.map(site.actorLink)),
                "profile_html": optional(site.html["actor:" + actor.id]),
            ] as [String: Any],
            "affiliates": optional((site.index.affiliates[actor.id] ?? []).map(site.actorLink)),
            "produces": optional((site.index.weaponsByOrigin[actor.id] ?? []).map(site.weaponLink)),
            "made_count": made.count,
            "made_by_topic": optional(site.byTopic(made)),
            "about": optional(site.items(about)),
            "about_count": about.count,
            "mentions": optional(site.mentioning("actor:" + actor.id)),
            PageDescription.modelKey: optional(PageDescription.firstParagraph(of: site.html["actor:" + actor.id]) ?? actor.role),
        ]
    }
}
