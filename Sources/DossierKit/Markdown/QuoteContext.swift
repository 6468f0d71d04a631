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

    /// The last ~`sideLength` characters of `text`, starting at a whole word (unless the window is a single word).
    static func trimmedBefore(_ text: String) -> String {
        var start = text.endIndex
        var count = 0
        while start > text.startIndex, count < sideLength {
            text.formIndex(before: &start)
            count += 1
        }
        guard start > text.startIndex else { return String(text.drop(while: \.isWhitespace)) }
        if !text[text.index(before: start)].isWhitespace, let space = text[start...].firstIndex(where: \.isWhitespace) {
            start = space
        }
        return "…" + text[start...].drop(while: \.isWhitespace)
    }

    /// The first ~`sideLength` characters of `text`, ending at a whole word (unless the window is a single word).
    static func trimmedAfter(_ text: String) -> String {
        var end = text.startIndex
        var count = 0
        while end < text.endIndex, count < sideLength {
            text.formIndex(after: &end)
            count += 1
        }
        guard end < text.endIndex else { return String(droppingTrailingWhitespace(text[...])) }
        if !text[end].isWhitespace, let space = text[..<end].lastIndex(where: \.isWhitespace), space > text.startIndex {
            end = space
        }
        return droppingTrailingWhitespace(text[..<end]) + "…"
    }

    private static func droppingTrailingWhitespace(_ text: Substring) -> Substring {
        guard let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[...last]
    }
}
