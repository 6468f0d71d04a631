/// A claim as every list shows it; built once per build and shared by all the pages that list it.
public struct ClaimItem: @unchecked Sendable {
    public let model: [String: Any]

    init(claim: Claim, report: Report, responses: Int) {
        let actor = report.actors[claim.actor]
        let topic = claim.topic.flatMap { report.topics[$0] }
        model = [
            "id": claim.id,
            "href": SiteURL.claim(claim.id),
            "text": claim.text,
            "said": claim.said.display,
            "said_iso": claim.said.machineReadable,
            "actor": ["name": actor?.name ?? claim.actor, "href": SiteURL.actor(claim.actor)] as [String: Any],
            "stance": optional(claim.stance.map { ["word": $0.label, "symbol": $0.symbol, "class": $0.rawValue] as [String: Any] }),
            "topic": optional(topic.map { ["name": $0.title, "href": SiteURL.topic($0.id)] as [String: Any] }),
            "venue": optional(claim.venue),
            "refers_to": optional(claim.refersTo.map { ["display": $0.display, "text": optional(claim.refersToText)] as [String: Any] }),
            "quote": optional(claim.sources.lazy.compactMap(\.quote).first),
            "responds": claim.respondsTo.isEmpty ? Absent.value : claim.respondsTo.count,
            // True only where a list highlights the page's own claim (a claim's thread).
            "current": false,
            // The fragment of this claim's marked passage, set only on the page of the article that holds it.
            "passage_here": Absent.value,
            "responses": responses == 0 ? Absent.value : (responses == 1 ? "1 reply" : "\(responses) replies"),
        ]
    }
}
