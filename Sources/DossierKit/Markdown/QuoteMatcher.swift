/// The quote comparison of CONTENT.md.
///
/// Two texts match when they are equal after `normalize`: case, runs of white space, Markdown emphasis markers
/// (`*`, `_`), straight versus typographic quotes (‘ ’ ‚ ‛ “ ” „ ‟ « » ‹ › ′ ″), dashes (‐ ‑ ‒ – — ― −) and `…`
/// versus `...` do not count. A match never starts or ends inside a character.
public enum QuoteMatcher {
    /// Ignores case, runs of white space, Markdown emphasis (already gone in plain text), and the difference between straight and
    /// typographic quotes and dashes; also treats a non-breaking space as a space and `…` as `...`.
    public static func normalize(_ text: String) -> String {
        NormalizedText(text).string
    }

    /// Where `quote` occurs in `text` under that comparison, as a range of `text` (the original, un-normalised string), or nil.
    public static func find(_ quote: String, in text: String) -> Range<String.Index>? {
        guard let bytes = NormalizedText(text).firstMatch(of: NormalizedText(quote), in: text) else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
        return lower..<upper
    }
}
