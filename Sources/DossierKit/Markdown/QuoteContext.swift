/// A quoted passage in the plain text of its paragraph: `before + passage + after` reads as the paragraph (or an excerpt of it).
public struct QuoteContext: Hashable, Sendable {
    /// The text before the passage, at most about 160 characters, starting with "…" when cut; keeps the space before the passage.
    public var before: String
    /// The passage exactly as the article has it.
    public var passage: String
    /// The text after the passage, at most about 160 characters, ending with "…" when cut; keeps the space after the passage.
    public var after: String

    public init(before: String, passage: String, after: String) {
        self.before = before
        self.passage = passage
        self.after = after
    }

    /// About how many characters of context each side keeps.
    static let sideLength = 160

    /// Splits `text` around `passage` (UTF-8 offsets) and trims each side at a word boundary.
    init(text: [UInt8], passage: Range<Int>) {
        self.init(
            before: Self.trimmedBefore(String(decoding: text[..<passage.lowerBound], as: UTF8.self)),
            passage: String(decoding: text[passage], as: UTF8.self),
            after: Self.trimmedAfter(String(decoding: text[passage.upperBound...], as: UTF8.self)))
    }

    static func trimmedBefore(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > sideLength else { return String(characters.drop(while: \.isWhitespace)) }
        var start = characters.count - sideLength
        if !characters[start - 1].isWhitespace {
            // Drop the partial word at the cut, unless the window is one single word.
            if let space = characters[start...].firstIndex(where: \.isWhitespace) { start = space }
        }
        return "…" + String(characters[start...].drop(while: \.isWhitespace))
    }

    static func trimmedAfter(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > sideLength else { return String(characters.reversed().drop(while: \.isWhitespace).reversed()) }
        var end = sideLength
        if !characters[end].isWhitespace {
            if let space = characters[..<end].lastIndex(where: \.isWhitespace), space > 0 { end = space }
        }
        return String(characters[..<end].reversed().drop(while: \.isWhitespace).reversed()) + "…"
    }
}
