/// The topics list and one page per topic: the proposition, its status, and side by side over
/// time who supports, disputes or stays neutral.
enum TopicPages {
    static func jobs(_ site: SiteContext) -> [PageJob] {
        var jobs: [PageJob] = []
        if let path = OutputPath("topics/index.html") {
            jobs.append(
                PageJob(path: path, template: "topics", section: "topics", title: "Topics") {
                    let topics = site.report.topics.values.sorted { ($0.title, $0.id) < ($1.title, $1.id) }
                    return ["topics": topics.map { summary($0, site) }, "count": topics.count]
                })
        }
        for topic in site.report.topics.values {
            guard let path = OutputPath.page("topics", topic.id) else { continue }
            jobs.append(
                PageJob(path: path, template: "topic", section: "topics", title: topic.title) {
                    page(topic, site)
                })
        }
        return jobs
    }

    /// Who stands where on a topic: actors per stance, each once, in order of first statement.
    static func sides(_ claims: [Claim], _ site: SiteContext) -> [String: Any] {
        var result: [String: Any] = [:]
        for stance in Claim.Stance.allCases {
            var order: [String] = [], total = 0
            var first: [String: PartialDate] = [:], counts: [String: Int] = [:]
            for claim in claims where claim.stance == stance {
                total += 1
                if first[claim.actor] == nil {
                    order.append(claim.actor)
                    first[claim.actor] = claim.said
                }
                counts[claim.actor, default: 0] += 1
            }
            // Each actor with when it first took this side and how many of its claims do: the lists read in time order.
            result[stance.rawValue] = optional(
                order.map { id in
                    site.actorLink(id).setting([
                        "since": first[id]?.display ?? "",
                        "since_iso": first[id]?.machineReadable ?? "",
                        "claim_count": counts[id] ?? 0,
                        "claims_label": Layout.claims(counts[id] ?? 0),
                    ])
                })
            result[stance.rawValue + "_count"] = total
            result[stance.rawValue + "_label"] = Layout.claims(total)
        }
        return result
    }

    static func summary(_ topic: Topic, _ site: SiteContext) -> [String: Any] {
        let claims = site.index.claimsByTopic[topic.id] ?? []
        return [
            "title": topic.title, "href": SiteURL.topic(topic.id),
            "status": ["word": topic.status.label, "class": topic.status.rawValue] as [String: Any],
            "sides": sides(claims, site), "claim_count": claims.count, "claims_label": Layout.claims(claims.count),
            "latest": optional(claims.last.map(site.claimItem)),
        ]
    }

    static func page(_ topic: Topic, _ site: SiteContext) -> [String: Any] {
        let claims = site.index.claimsByTopic[topic.id] ?? []
        // One row per month: the claims of each stance side by side.
        var rows: [[String: Any]] = []
        for group in site.monthGroups(claims) {
            var row: [String: Any] = ["label": group.label, "anchor": group.anchor]
            for stance in Claim.Stance.allCases {
                row[stance.rawValue] = optional(site.items(group.claims.filter { $0.stance == stance }))
            }
            rows.append(row)
        }
        return [
            "topic": [
                "id": topic.id, "title": topic.title,
                "status": ["word": topic.status.label, "class": topic.status.rawValue] as [String: Any],
                "context_html": optional(site.html["topic:" + topic.id]),
                "weapons": optional(topic.weapons.map(site.weaponLink)),
            ] as [String: Any],
            "sides": sides(claims, site),
            "rows": optional(rows),
            "claim_count": claims.count,
            "claims_label": Layout.claims(claims.count),
            PageDescription.modelKey: optional(PageDescription.firstParagraph(of: site.html["topic:" + topic.id])),
        ]
    }
}
