/// A passage to mark in an article and the claim it links to.
///
/// The passage becomes `<mark id="{anchor}" class="quote">…</mark>` followed by
/// `<a class="quote-ref" href="{href}" aria-label="{label}" title="{label}">↗</a>`: the mark is the target of
/// `#anchor` links from the claim, the small link after the passage leads back to the claim. When the passage
/// crosses element boundaries (emphasis, a link) it is marked in several pieces; only the first carries the id,
/// the others are `<mark class="quote" data-quote="{anchor}">`, and the reference link follows the last piece
/// (outside any link the passage ends in, so that links never nest).
public struct QuoteMark: Hashable, Sendable {
    /// As written by the curator.
    public var quote: String
    private var target: Target

    /// What the mark links to. A build's marks name a claim's source by texts the claim and its
    /// actor already hold, and make their anchor, link and label when the article renders: made
    /// up front, those took 11 MB on a 40,000-claim report, all the time pages render.
    private enum Target: Hashable, Sendable {
        case claimSource(claim: String, source: Int, actorName: String, claimText: String)
        case given(anchor: String, href: String, label: String)
    }

    public init(quote: String, anchor: String, href: String, label: String) {
        self.quote = quote
        target = .given(anchor: anchor, href: href, label: label)
    }

    /// The mark of a claim's source `source`, whose statement is `claimText`, by `actorName`.
    init(quote: String, claim: String, source: Int, actorName: String, claimText: String) {
        self.quote = quote
        target = .claimSource(claim: claim, source: source, actorName: actorName, claimText: claimText)
    }

    /// The id of the `<mark>`, unique on the page, e.g. `q-budanov-iran-withholds-0`.
    public var anchor: String {
        switch target {
        case .claimSource(let claim, let source, _, _): SiteURL.quoteAnchor(claim: claim, source: source)
        case .given(let anchor, _, _): anchor
        }
    }

    /// Relative link to the claim page, e.g. `../../claims/budanov-iran-withholds/`.
    public var href: String {
        switch target {
        case .claimSource(let claim, _, _, _): "../../" + SiteURL.claim(claim)
        case .given(_, let href, _): href
        }
    }

    /// Accessible text for the link, e.g. `Claim by Budanov: Iran has so far refused…`.
    public var label: String {
        switch target {
        case .claimSource(_, _, let actorName, let claimText): "Claim by \(actorName): \(claimText)"
        case .given(_, _, let label): label
        }
    }
}
