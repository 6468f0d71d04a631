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
    /// The id of the `<mark>`, unique on the page, e.g. `q-budanov-iran-withholds-0`.
    public var anchor: String
    /// Relative link to the claim page, e.g. `../../claims/budanov-iran-withholds/`.
    public var href: String
    /// Accessible text for the link, e.g. `Claim: Iran has so far refused…`.
    public var label: String

    public init(quote: String, anchor: String, href: String, label: String) {
        self.quote = quote
        self.anchor = anchor
        self.href = href
        self.label = label
    }
}
