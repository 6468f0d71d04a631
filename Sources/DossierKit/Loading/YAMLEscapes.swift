/// The characters a double-quoted YAML scalar can write with an escape (`"\0"`, `"\e"`,
/// `"\x01"`) that a file may not hold as text. libyaml's reader refuses these characters as
/// raw bytes, but writes them from escapes without a word: a NUL or a form feed would then reach
/// the pages, and make feed.xml invalid XML. A value keeps what a file can hold: tabs and line
/// breaks, and every printable character.
enum YAMLEscapes {
    /// One escape that writes a forbidden character, where it is in the text.
    struct Found: Equatable {
        var mark: YAMLMark
        /// The escape as written, `\x0c`.
        var escape: String
        var character: Unicode.Scalar
    }

    /// Whether a value may hold the character: not a control character other than a tab or a
    /// line feed (a carriage return is a line end in a file, never a character of a value), and
    /// not U+FFFE or U+FFFF, which XML does not allow either.
    static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A: return true
        case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// Whether the UTF-8 text of a scalar holds a character that is not allowed; a scan of bytes,
    /// as every double-quoted scalar of a report goes through it.
    static func holdsForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A || byte == 0x7F { return true }
            if index + 1 < bytes.count {
                let next = bytes[index + 1]
                // U+0080–U+009F are C2 80–C2 9F; U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                if byte == 0xC2 && next >= 0x80 && next <= 0x9F { return true }
                if byte == 0xEF && next == 0xBF && index + 2 < bytes.count && bytes[index + 2] >= 0xBE { return true }
            }
            index += 1
        }
        return false
    }

    /// The escapes that write a forbidden character in the double-quoted scalar whose opening
    /// quote is at `start` in `bytes`, in order.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, scalarAt start: YAMLMark) -> [Found] {
        var mark = YAMLMark.start
        var index = 0
        // To the opening quote: columns count characters, so UTF-8 continuation bytes are skipped.
        while index < bytes.count, mark != start {
            if bytes[index] == UInt8(ascii: "\n") {
                mark.line += 1
                mark.column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                mark.column += 1
            }
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return [] }
        index += 1
        mark.column += 1
        var found: [Found] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\n") {
                mark.line += 1
                mark.column = 1
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                if byte & 0xC0 != 0x80 { mark.column += 1 }
                index += 1
                continue
            }
            let length = escapeLength(bytes[index + 1])
            let end = min(index + length, bytes.count)
            let escape = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            if let value = value(of: escape), !isAllowed(value), let character = Unicode.Scalar(value) {
                found.append(Found(mark: mark, escape: escape, character: character))
            }
            if bytes[index + 1] == UInt8(ascii: "\n") {
                // A backslash at the end of a line joins it to the next.
                mark.line += 1
                mark.column = 1
            } else {
                mark.column += end - index
            }
            index = end
        }
        return found
    }

    /// How many bytes an escape takes, backslash included.
    private static func escapeLength(_ letter: UInt8) -> Int {
        switch letter {
        case UInt8(ascii: "x"): return 4
        case UInt8(ascii: "u"): return 6
        case UInt8(ascii: "U"): return 10
        default: return 2
        }
    }

    /// The character an escape writes, as YAML defines them; nil for one that writes none.
    private static func value(of escape: String) -> UInt32? {
        let letter = escape.dropFirst().first
        switch letter {
        case "0": return 0x00
        case "a": return 0x07
        case "b": return 0x08
        case "t", "\t": return 0x09
        case "n": return 0x0A
        case "v": return 0x0B
        case "f": return 0x0C
        case "r": return 0x0D
        case "e": return 0x1B
        case "N": return 0x85
        case "x", "u", "U": return UInt32(escape.dropFirst(2), radix: 16)
        default: return nil
        }
    }
}
