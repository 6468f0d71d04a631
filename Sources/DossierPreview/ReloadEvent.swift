/// The `reload` server-sent event announced to open pages after every rebuild.
struct ReloadEvent: Sendable, Equatable {
    /// Whether the build succeeded.
    var ok: Bool
    /// The diagnostics to show in the page overlay (empty after a good build).
    var diagnostics: String
    /// Whether only stylesheets changed, so pages can swap CSS without reloading.
    var css: Bool

    init(ok: Bool, diagnostics: String, css: Bool) {
        self.ok = ok
        self.diagnostics = diagnostics
        self.css = css
    }

    init(outcome: PreviewBuildOutcome) {
        self.init(ok: outcome.succeeded, diagnostics: outcome.diagnostics, css: outcome.changedOnlyStylesheets)
    }

    /// `{"ok":…,"diagnostics":"…","css":…}` on a single line (JSON escapes every newline, which
    /// an SSE `data:` field must not contain).
    var json: String {
        "{\"ok\":\(ok),\"diagnostics\":\(Self.jsonString(diagnostics)),\"css\":\(css)}"
    }

    /// The event as it goes on the wire.
    var serverSentEvent: String {
        "event: reload\ndata: \(json)\n\n"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // U+2028/2029 are valid JSON but break some JavaScript parsers; escaping costs nothing.
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
