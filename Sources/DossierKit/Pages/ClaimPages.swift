import Foundation

/// One page per claim, a permalink a reader can cite: the statement, who said it and when, each
/// source with its quote in context, the exchange it belongs to, and schema.org `Claim` JSON-LD.
enum ClaimPages {
    static func jobs(_ site: SiteContext, only wanted: Set<String>? = nil) -> [PageJob] {
        let claims = wanted.map { PageCatalog.ids(in: "claims", of: $0).compactMap { site.index.claimsByID[$0] } } ?? site.index.timeline
        return claims.compactMap { claim in
            guard let path = OutputPath.page("claims", claim.id) else { return nil }
            return PageJob(path: path, template: "claim", section: "timeline", title: claim.text) {
                page(claim, site)
            }
        }
    }

    static func page(_ claim: Claim, _ site: SiteContext) -> [String: Any] {
        var sources: [TemplateRecord] = []
        for (index, source) in claim.sources.enumerated() {
            let anchor = SiteURL.quoteAnchor(claim: claim.id, source: index)
            let context = site.articles[source.article]?.contexts[anchor]
            sources.append(
                site.articleLink(source.article).adding([
                    "quote": optional(source.quote),
                    "context": optional(context.map { ["before": $0.before, "passage": $0.passage, "after": $0.after] as [String: Any] }),
                    "passage_href": SiteURL.article(source.article) + "#" + anchor,
                ]))
        }
        let thread = self.thread(of: claim, site)
        // The claims this one answers and those answering it are listed on their own; the exchange adds only when it reaches further.
        let direct = Set([claim.id] + claim.respondsTo + (site.index.responses[claim.id] ?? []).map(\.id))
        return [
            "claim": site.claimItem(claim).setting([
                "subjects": optional(claim.subjects.map(site.actorLink)),
                "weapons": optional(claim.weapons.map(site.weaponLink)),
                "said_machine": claim.said.machineReadable,
            ]),
            // Name and role only: counts here would make every claim page change with each new claim.
            "actor_profile": [
                "name": site.actorName(claim.actor), "href": SiteURL.actor(claim.actor),
                "role": optional(site.report.actors[claim.actor]?.role),
                "kind": site.report.actors[claim.actor]?.kind.label ?? "",
            ] as [String: Any],
            "sources": sources,
            "answers": optional(site.items(claim.respondsTo.compactMap { site.index.claimsByID[$0] })),
            "answered_by": optional(site.items(site.index.responses[claim.id] ?? [])),
            // A claim alone is no exchange: an empty list, which `empty(thread)` can test, as every list.
            "thread": thread.count > 1 ? thread.map { item in site.claimItem(item).setting("current", to: item.id == claim.id) } : [],
            "thread_more": thread.contains { !direct.contains($0.id) },
            "json_ld_json": jsonLD(claim, site),
            PageDescription.modelKey: PageDescription.claim(claim, actorName: site.actorName(claim.actor)),
        ]
    }

    /// Every claim linked to this one by `responds_to`, either way, in timeline order.
    static func thread(of claim: Claim, _ site: SiteContext) -> [Claim] {
        var seen: Set<String> = [claim.id], queue = [claim.id]
        while let id = queue.popLast(), seen.count < 100 {
            let neighbours = (site.index.claimsByID[id]?.respondsTo ?? []) + (site.index.responses[id] ?? []).map(\.id)
            for next in neighbours where site.index.claimsByID[next] != nil && seen.insert(next).inserted {
                queue.append(next)
            }
        }
        return seen.compactMap { site.index.claimsByID[$0] }.sorted(by: ReportIndex.timelineOrder)
    }

    /// schema.org `Claim`, escaped so that it cannot close its <script> element.
    static func jsonLD(_ claim: Claim, _ site: SiteContext) -> String {
        let actor = site.report.actors[claim.actor]
        let authorType: String
        switch actor?.kind {
        case .person: authorType = "Person"
        case .state: authorType = "Country"
        case .media: authorType = "NewsMediaOrganization"
        default: authorType = "Organization"
        }
        var object: JSONObject = [
            "@context": "https://schema.org",
            "@type": "Claim",
            "identifier": .string(claim.id),
            "text": .string(claim.text),
            "author": ["@type": .string(authorType), "name": .string(actor?.name ?? claim.actor)],
            "dateCreated": .string(claim.said.machineReadable),
            "appearance": .array(
                claim.sources.map { source in
                    let article = site.report.articles[source.article]
                    var appearance: JSONObject = [
                        "@type": "NewsArticle", "headline": .string(article?.title ?? source.article),
                        "datePublished": .string(article?.published.machineReadable ?? ""),
                    ]
                    appearance["url"] = article?.url.map(JSONValue.string)
                    appearance["publisher"] = article?.outlet.map { ["@type": "Organization", "name": .string($0)] }
                    appearance["citation"] = source.quote.map(JSONValue.string)
                    return .object(appearance)
                }),
        ]
        object["url"] = site.report.site.baseURL.map { .string(SiteURL.absolute(SiteURL.claim(claim.id), base: $0)) }
        object["about"] = claim.topic.flatMap { site.report.topics[$0] }.map { .string($0.title) }
        return JSONText.encode(.object(object), pretty: true, forScript: true)
    }
}
