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
        let text = plainText(html.utf8, firstParagraphOnly: true)
        return text.isEmpty ? nil : shortened(text)
    }

    /// HTML made by cmark as the text it shows: tags dropped, with the "↗" links an article's
    /// marked quotes end with (see `QuoteMark`), the entities cmark writes decoded, runs of white
    /// space as one space. With `firstParagraphOnly`, only what the first `<p>` holds, when
    /// there is one. Reads bytes, and stops once it has more than a description can show: it
    /// runs for every article of a build, whose texts run to many kilobytes, read in place.
    static func plainText(_ html: some Collection<UInt8>, firstParagraphOnly: Bool = false) -> String {
        html.withContiguousStorageIfAvailable { plainText($0, firstParagraphOnly: firstParagraphOnly) }
            ?? Array(html).withUnsafeBufferPointer { plainText($0, firstParagraphOnly: firstParagraphOnly) }
    }

    private static func plainText(_ bytes: UnsafeBufferPointer<UInt8>, firstParagraphOnly: Bool) -> String {
        var position = 0
        var inParagraph = false
        if firstParagraphOnly, let start = find(Array("<p>".utf8), in: bytes) {
            position = start + 3
            inParagraph = true
        }
        var text: [UInt8] = []
        var inQuoteLink = false
        // Four bytes a character at most: enough for `shortened` to cut at `limit` characters.
        while position < bytes.count && text.count <= limit * 4 {
            let byte = bytes[position]
            if byte == UInt8(ascii: "<") {
                let close = bytes[position...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
                let tag = bytes[(position + 1)..<close]
                if inParagraph && tag.elementsEqual("/p".utf8) { break }
                if tag.starts(with: "a class=\"quote-ref\"".utf8) {
                    inQuoteLink = true
                } else if tag.elementsEqual("/a".utf8) {
                    inQuoteLink = false
                }
                position = close + 1
                continue
            }
            position += 1
            if inQuoteLink { continue }
            if byte == UInt8(ascii: "&"), let (decoded, length) = entity(at: position - 1, in: bytes) {
                text.append(decoded)
                position += length - 1
            } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if let last = text.last, last != 0x20 { text.append(0x20) }
            } else {
                text.append(byte)
            }
        }
        if text.last == 0x20 { text.removeLast() }
        return String(decoding: text, as: UTF8.self)
    }

    /// The entities cmark's HTML holds (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`), starting at
    /// `start`: the byte each stands for and its length.
    private static func entity(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (UInt8, Int)? {
        for (name, byte) in entities where bytes.count - start >= name.count && bytes[start..<(start + name.count)].elementsEqual(name) {
            return (byte, name.count)
        }
        return nil
    }

    private static let entities: [([UInt8], UInt8)] = [
        (Array("&amp;".utf8), UInt8(ascii: "&")), (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
        (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
    ]

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    /// `text` cut to `limit` characters at the last space before it, with "…".
    static func shortened(_ text: String) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
    }
}
