/// A claim as every list shows it; built once per build and shared by all the pages that list it.
/// A record, not a dictionary: there is one per claim (see `TemplateRecord`).
struct ClaimItem {
    let model: TemplateRecord

    /// `actor` and `topic` are the `{name, href}` records of the claim's actor and topic, which
    /// the items of that actor's and topic's claims share.
    init(claim: Claim, responses: Int, actor: TemplateRecord, topic: TemplateRecord?) {
        model = TemplateRecord(Self.shape, [
            "id": claim.id,
            "href": SiteURL.claim(claim.id),
            "text": claim.text,
            "said": claim.said.display,
            "said_iso": claim.said.machineReadable,
            "actor": actor,
            "stance": optional(claim.stance.map(Self.stance)),
            "topic": optional(topic),
            "venue": optional(claim.venue),
            "refers_to": optional(claim.refersTo.map { TemplateRecord(["display": $0.display, "text": optional(claim.refersToText)]) }),
            "quote": optional(claim.sources.lazy.compactMap(\.quote).first),
            "responds": claim.respondsTo.isEmpty ? Absent.value : claim.respondsTo.count,
            // True only where a list highlights the page's own claim (a claim's thread).
            "current": false,
            // The fragment of this claim's marked passage, set only on the page of the article that holds it.
            "passage_here": Absent.value,
            "responses": responses == 0 ? Absent.value : (responses == 1 ? "1 reply" : "\(responses) replies"),
        ])
    }

    private static let shape = TemplateRecord.Shape([
        "id", "href", "text", "said", "said_iso", "actor", "stance", "topic", "venue", "refers_to", "quote", "responds",
        "current", "passage_here", "responses",
    ])

    /// The three stances' values, shared by every item.
    private static let stances = Dictionary(
        uniqueKeysWithValues: Claim.Stance.allCases.map { stance in
            (stance, TemplateRecord(["word": stance.label, "symbol": stance.symbol, "class": stance.rawValue]))
        })

    private static func stance(_ stance: Claim.Stance) -> Any {
        stances[stance] ?? Absent.value
    }
}
