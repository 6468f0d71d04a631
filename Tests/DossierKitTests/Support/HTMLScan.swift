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
