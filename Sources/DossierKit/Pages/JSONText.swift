/// Deterministic JSON (sorted keys) for claims.json, the search index and JSON-LD, written
/// directly: JSONSerialization took a seventh of a 1,000-article build.
enum JSONText {
    /// JSON text encoded before, written as it is: lets a large file reuse the unchanged parts.
    struct Encoded {
        var text: String
    }

    /// `forScript` escapes `<`, `>` and `&` so the text is safe inside an HTML <script>.
    /// `depth` is where a pretty value will stand, for a part encoded on its own.
    static func encode(_ value: Any, pretty: Bool = false, forScript: Bool = false, depth: Int = 0) -> String {
        var out = ""
        write(value, into: &out, indent: pretty ? depth : nil, forScript: forScript)
        return out
    }

    private static func write(_ value: Any, into out: inout String, indent: Int?, forScript: Bool) {
        switch value {
        case let encoded as Encoded:
            out += encoded.text
        case let string as String:
            writeString(string, into: &out, forScript: forScript)
        case let bool as Bool:
            out += bool ? "true" : "false"
        case let int as Int:
            out += String(int)
        case let double as Double:
            out += double.isFinite ? String(double) : "null"
        case let object as [String: Any]:
            if object.isEmpty { out += "{}"; return }
            out += "{"
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent.map { $0 + 1 })
                writeString(key, into: &out, forScript: forScript)
                out += indent == nil ? ":" : ": "
                write(object[key] ?? "", into: &out, indent: indent.map { $0 + 1 }, forScript: forScript)
            }
            newline(&out, indent)
            out += "}"
        case let array as [Any]:
            if array.isEmpty { out += "[]"; return }
            out += "["
            for (index, element) in array.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent.map { $0 + 1 })
                write(element, into: &out, indent: indent.map { $0 + 1 }, forScript: forScript)
            }
            newline(&out, indent)
            out += "]"
        default:
            out += "null"
        }
    }

    private static func newline(_ out: inout String, _ indent: Int?) {
        guard let indent else { return }
        out += "\n" + String(repeating: "  ", count: indent)
    }

    private static func writeString(_ string: String, into out: inout String, forScript: Bool) {
        out += "\""
        // Most strings need no escape at all: copy those whole instead of scalar by scalar.
        let needsEscape = string.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
                || (forScript && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")))
        }
        guard needsEscape else {
            out += string
            out += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where forScript: out += "\\u003c"
            case ">" where forScript: out += "\\u003e"
            case "&" where forScript: out += "\\u0026"
            // U+2028 and U+2029 end a line in older JavaScript.
            case "\u{2028}", "\u{2029}": out += "\\u" + String(scalar.value, radix: 16)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
