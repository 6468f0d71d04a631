import Foundation

/// Deterministic JSON (sorted keys) for claims.json, the search index and JSON-LD.
enum JSONText {
    /// `forScript` escapes `<`, `>` and `&` so the text is safe inside an HTML <script>.
    static func encode(_ object: Any, pretty: Bool = false, forScript: Bool = false) -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options),
            var text = String(data: data, encoding: .utf8)
        else { return "{}" }
        if forScript {
            text = text.replacingOccurrences(of: "<", with: "\\u003c")
                .replacingOccurrences(of: ">", with: "\\u003e")
                .replacingOccurrences(of: "&", with: "\\u0026")
        }
        return text
    }
}
