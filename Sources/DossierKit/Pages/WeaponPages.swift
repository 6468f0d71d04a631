/// The weapons list (families with their members) and one page per weapon: profile, family,
/// its own timeline of claims about it and its members, the articles that mention it.
enum WeaponPages {
    static func jobs(_ site: SiteContext) -> [PageJob] {
        var jobs: [PageJob] = []
        if let path = OutputPath("weapons/index.html") {
            jobs.append(
                PageJob(path: path, template: "weapons", section: "weapons", title: "Weapons") {
                    let tops = site.report.weapons.values
                        .filter { $0.parent == nil || site.report.weapons[$0.parent ?? ""] == nil }
                        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
                    return ["weapons": tops.map { tree($0.id, site, depth: 0) }, "count": site.report.weapons.count]
                })
        }
        for weapon in site.report.weapons.values {
            guard let path = OutputPath.page("weapons", weapon.id) else { continue }
            jobs.append(
                PageJob(path: path, template: "weapon", section: "weapons", title: weapon.name) {
                    page(weapon, site)
                })
        }
        return jobs
    }

    /// A weapon with its members nested, for the list page.
    static func tree(_ id: String, _ site: SiteContext, depth: Int) -> [String: Any] {
        let weapon = site.report.weapons[id]
        let members = depth < 8 ? (site.index.familyMembers[id] ?? []).map { tree($0, site, depth: depth + 1) } : []
        let count = site.index.claimCountForFamily(of: id)
        return [
            "name": weapon?.name ?? id, "href": SiteURL.weapon(id), "category": weapon?.category ?? "",
            "claim_count": count, "members": optional(members), "claims_label": Layout.claims(count),
        ]
    }

    static func page(_ weapon: Weapon, _ site: SiteContext) -> [String: Any] {
        let claims = site.index.claimsForFamily(of: weapon.id)
        var mentions = site.mentionedIn["weapon:" + weapon.id] ?? []
        for member in site.index.family(of: weapon.id).dropFirst() {
            mentions += site.mentionedIn["weapon:" + member] ?? []
        }
        let articleIDs = site.articleOrder.filter(Set(mentions).contains)
        return [
            "weapon": [
                "id": weapon.id, "name": weapon.name, "category": weapon.category,
                "aliases": optional(weapon.aliases),
                "origin": optional(weapon.origin.map(site.actorLink)),
                "parent": optional(weapon.parent.map(site.weaponLink)),
                "profile_html": optional(site.html["weapon:" + weapon.id]),
            ] as [String: Any],
            "members": optional(
                (site.index.familyMembers[weapon.id] ?? []).map { id in
                    site.weaponLink(id).setting("category", to: site.report.weapons[id]?.category ?? "")
                }),
            "topics": optional((site.index.topicsByWeapon[weapon.id] ?? []).map(site.topicLink)),
            "claim_count": claims.count,
            "timeline": optional(site.byMonth(claims)),
            "mentions": optional(articleIDs.map(site.articleLink)),
            PageDescription.modelKey: PageDescription.firstParagraph(of: site.html["weapon:" + weapon.id]) ?? weapon.category,
        ]
    }
}
