/// Deterministic JSON (sorted keys) for claims.json, the search index and JSON-LD, written
/// directly: JSONSerialization took a seventh of a 1,000-article build. Written as UTF-8 bytes,
/// so that a large file goes to disk without first being a String and then a copy of it.
enum JSONText {
    /// `forScript` escapes `<`, `>` and `&` so the text is safe inside an HTML <script>.
    /// `depth` is where a pretty value will stand, for a part encoded on its own.
    static func encode(_ value: JSONValue, pretty: Bool = false, forScript: Bool = false, depth: Int = 0) -> String {
        String(decoding: bytes(value, pretty: pretty, forScript: forScript, depth: depth), as: UTF8.self)
    }

    /// The same text as `encode`, as UTF-8 bytes, after `prefix` and before `suffix`.
    static func bytes(
        _ value: JSONValue, pretty: Bool = false, forScript: Bool = false, depth: Int = 0, prefix: String = "", suffix: String = ""
    ) -> [UInt8] {
        var out = Array(prefix.utf8)
        write(value, into: &out, indent: pretty ? depth : nil, forScript: forScript)
        out += suffix.utf8
        return out
    }

    /// The same text as `bytes`, handed to `emit` in pieces of about `pieceSize` bytes as it is
    /// made: a file of tens of megabytes is never whole in memory.
    static func write(
        _ value: JSONValue, pretty: Bool = false, forScript: Bool = false, prefix: String = "", suffix: String = "",
        pieceSize: Int = 1 << 20, to emit: ([UInt8]) throws -> Void
    ) throws {
        try withoutActuallyEscaping(emit) { emit in
            let pieces = Pieces(size: pieceSize, emit: emit)
            var out: [UInt8] = []
            out.reserveCapacity(pieceSize + pieceSize / 4)
            out += prefix.utf8
            write(value, into: &out, indent: pretty ? 0 : nil, forScript: forScript, pieces: pieces)
            out += suffix.utf8
            try pieces.finish(&out)
        }
    }

    /// Hands the text over whenever a piece is full; the first error stops the handing over and
    /// is thrown at the end.
    private final class Pieces {
        let size: Int
        let emit: ([UInt8]) throws -> Void
        var error: Error?

        init(size: Int, emit: @escaping ([UInt8]) throws -> Void) {
            self.size = size
            self.emit = emit
        }

        func handOver(_ out: inout [UInt8]) {
            guard out.count >= size else { return }
            // After an error the text is dropped as it is made: the file is not staged anyway.
            if error == nil {
                do { try emit(out) } catch { self.error = error }
            }
            out.removeAll(keepingCapacity: true)
        }

        func finish(_ out: inout [UInt8]) throws {
            if error == nil, !out.isEmpty { try emit(out) }
            if let error { throw error }
        }
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8], indent: Int?, forScript: Bool, pieces: Pieces? = nil) {
        switch value {
        case .string(let string):
            writeString(string, into: &out, forScript: forScript)
        case .number(let number):
            out += String(number).utf8
        case .bool(let flag):
            out += (flag ? "true" : "false").utf8
        case .null:
            out += "null".utf8
        case .array(let elements):
            writeArray(elements, into: &out, indent: indent, forScript: forScript, pieces: pieces)
        case .object(let object):
            writeObject(object, into: &out, indent: indent, forScript: forScript, pieces: pieces)
        case .encoded(let text):
            out += text.utf8
        case .deferred(let make):
            write(make(), into: &out, indent: indent, forScript: forScript, pieces: pieces)
        }
    }

    private static func writeObject(_ object: JSONObject, into out: inout [UInt8], indent: Int?, forScript: Bool, pieces: Pieces?) {
        if object.keys.isEmpty { out += "{}".utf8; return }
        out.append(UInt8(ascii: "{"))
        for index in object.keys.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, indent.map { $0 + 1 })
            writeString(object.keys[index], into: &out, forScript: forScript)
            out.append(UInt8(ascii: ":"))
            if indent != nil { out.append(UInt8(ascii: " ")) }
            write(object.values[index], into: &out, indent: indent.map { $0 + 1 }, forScript: forScript, pieces: pieces)
        }
        newline(&out, indent)
        out.append(UInt8(ascii: "}"))
    }

    private static func writeArray(_ array: [JSONValue], into out: inout [UInt8], indent: Int?, forScript: Bool, pieces: Pieces?) {
        if array.isEmpty { out += "[]".utf8; return }
        out.append(UInt8(ascii: "["))
        for (index, element) in array.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, indent.map { $0 + 1 })
            write(element, into: &out, indent: indent.map { $0 + 1 }, forScript: forScript, pieces: pieces)
            pieces?.handOver(&out)
        }
        newline(&out, indent)
        out.append(UInt8(ascii: "]"))
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    private static func writeString(_ string: String, into out: inout [UInt8], forScript: Bool) {
        // Most strings need no escape at all: copy those whole, from their own storage, instead
        // of scalar by scalar.
        var text = string
        let copied = text.withUTF8 { bytes -> Bool in
            for byte in bytes where mayNeedEscape(byte, forScript: forScript) { return false }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
            return true
        }
        if copied { return }
        out.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\"".utf8
            case "\\": out += "\\\\".utf8
            case "\n": out += "\\n".utf8
            case "\r": out += "\\r".utf8
            case "\t": out += "\\t".utf8
            case "<" where forScript: out += "\\u003c".utf8
            case ">" where forScript: out += "\\u003e".utf8
            case "&" where forScript: out += "\\u0026".utf8
            // U+2028 and U+2029 end a line in older JavaScript.
            case "\u{2028}", "\u{2029}": out += ("\\u" + String(scalar.value, radix: 16)).utf8
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                } else if let units = UTF8.encode(scalar) {
                    out += units
                }
            }
        }
        out += "\"".utf8
    }

    /// Whether a byte starts something `writeString` escapes: a control character, a quote, a
    /// backslash, the first byte of U+2028 or U+2029 (and of other characters, which are left as
    /// they are), and for scripts `<`, `>` and `&`.
    @inline(__always)
    private static func mayNeedEscape(_ byte: UInt8, forScript: Bool) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
            || (forScript && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")))
    }
}
