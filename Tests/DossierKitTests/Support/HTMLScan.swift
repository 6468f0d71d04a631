import Foundation

/// Small scans of generated HTML: its links, and the ids its fragments can point at.
enum HTMLScan {
    /// The values of every `href="…"` and `src="…"` attribute, in order.
    static func links(in html: String) -> [String] {
        attributeValues(["href", "src"], in: html)
    }

    /// The values of every `id="…"` attribute.
    static func ids(in html: String) -> Set<String> {
        Set(attributeValues(["id"], in: html))
    }

    static func attributeValues(_ names: [String], in html: String) -> [String] {
        var values: [String] = []
        let alternatives = names.joined(separator: "|")
        guard let regex = try? NSRegularExpression(pattern: "\\s(?:\(alternatives))=\"([^\"]*)\"") else { return [] }
        let range = NSRange(html.startIndex..., in: html)
        for match in regex.matches(in: html, range: range) {
            if let valueRange = Range(match.range(at: 1), in: html) {
                values.append(String(html[valueRange]))
            }
        }
        return values
    }

    /// HTML's character references for the few the generator writes, enough to compare URLs.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Lines of `text` that match `pattern`, for failure messages that show the offending markup.
    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return ["bad pattern \(pattern)"] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range, in: text).map { String(text[$0]) }
        }
    }
}

extension HTMLScan {
    /// The text of a marked quote: every `<mark>` piece of `anchor` (the first has the id, the
    /// others `data-quote`), with the tags inside removed, joined.
    static func markedText(_ anchor: String, in html: String) -> String? {
        let pattern = "<mark (?:id=\"\(anchor)\"|class=\"quote\" data-quote=\"\(anchor)\")[^>]*>(.*?)</mark>"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return nil }
        let pieces = regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }
        guard !pieces.isEmpty else { return nil }
        return pieces.joined().replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    /// `html` with every double-quoted attribute value emptied: what is left outside the quotes is markup.
    static func withoutAttributeValues(_ html: String) -> String {
        html.replacingOccurrences(of: "=\"[^\"]*\"", with: "=\"\"", options: .regularExpression)
    }
}
