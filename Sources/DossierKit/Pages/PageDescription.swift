import Foundation

/// A page's summary in a sentence or two of plain text, for `<meta name="description">` and the
/// Open Graph tags that search results and link previews (a claim shared in a chat or a post)
/// show under the title. Built from what the page shows first; the template escapes it.
enum PageDescription {
    /// The key under which a page's model carries its description to `Layout`, which moves it
    /// into `page.description`.
    static let modelKey = "page_description"

    /// At most this many characters, cut at a word: what previews show before cutting anyway.
    static let limit = 200

    /// "Nasser Kanani, 24 Dec 2022: “…”": who, when, and the quote that backs the claim.
    static func claim(_ claim: Claim, actorName: String) -> String {
        let quote = claim.sources.lazy.compactMap(\.quote).first
        return shortened("\(actorName), \(claim.said.display)" + (quote.map { ": “\($0)”" } ?? ""))
    }

    /// "Reuters, 18 Oct 2022: " and the article's first paragraph, as far as it fits.
    static func article(_ article: Article, bodyHTML: String) -> String {
        let source = [article.outlet, article.published.display].compactMap { $0 }.joined(separator: ", ")
        return shortened(source + (firstParagraph(of: bodyHTML).map { ": " + $0 } ?? ""))
    }

    /// The first paragraph of rendered Markdown (a profile, a topic's context, an article's
    /// text) as plain text, or all of it when it is inline (the report's description); nil
    /// when it has no text.
    static func firstParagraph(of html: String?) -> String? {
        guard let html else { return nil }
        var paragraph = html[...]
        if let start = html.range(of: "<p>") {
            let end = html.range(of: "</p>", range: start.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
            paragraph = html[start.upperBound..<end]
        }
        let text = plainText(paragraph)
        return text.isEmpty ? nil : shortened(text)
    }

    /// HTML made by cmark as the text it shows: tags dropped, with the "↗" links an article's
    /// marked quotes end with (see `QuoteMark`), the entities cmark writes decoded, runs of white
    /// space as one space.
    static func plainText(_ html: Substring) -> String {
        var text = ""
        var tag: String?
        var inQuoteLink = false
        for character in html {
            if var open = tag {
                if character == ">" {
                    if open.hasPrefix("a class=\"quote-ref\"") { inQuoteLink = true } else if open == "/a" { inQuoteLink = false }
                    tag = nil
                } else {
                    open.append(character)
                    tag = open
                }
            } else if character == "<" {
                tag = ""
            } else if !inQuoteLink {
                text.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` cut to `limit` characters at the last space before it, with "…".
    static func shortened(_ text: String) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
    }
}
