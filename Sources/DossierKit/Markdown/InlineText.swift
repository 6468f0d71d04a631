import CCmark

/// A paragraph's or heading's inline content as the text a reader sees (UTF-8), with the tree leaf behind each part:
/// text and code spans keep their text, soft and hard breaks read as one space, emphasis markers and raw HTML
/// contribute nothing, and images (their alt text is not shown on the page) count as empty.
struct InlineText {
    enum Kind {
        case text
        case code
        case lineBreak
        /// An image or raw inline HTML: present in the tree, empty in the text.
        case opaque
    }

    struct Leaf {
        var node: Cmark.Node
        var kind: Kind
        /// Byte offsets into `bytes`.
        var start: Int
        var end: Int
        /// Inside a Markdown link or a mention link already placed.
        var inLink: Bool
    }

    private(set) var bytes: [UInt8] = []
    private(set) var leaves: [Leaf] = []

    /// How many raw `<a …>` tags are open at this point of the walk.
    private var rawLinkDepth = 0

    init(block: Cmark.Node) {
        collect(block, inLink: false)
    }

    /// Whether raw HTML starts with `<a` (or `</a`) followed by white space, `>` or `/`.
    private static func startsTag(_ html: [UInt8], closing: Bool) -> Bool {
        let prefix: [UInt8] = closing ? [0x3C, 0x2F] : [0x3C]
        guard html.count > prefix.count + 1, html.starts(with: prefix) else { return false }
        let name = html[prefix.count] | 0x20
        let after = html[prefix.count + 1]
        return name == 0x61 && (after == 0x3E || after == 0x2F || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func collect(_ parent: Cmark.Node, inLink: Bool) {
        var child = Cmark.firstChild(parent)
        while let node = child {
            let start = bytes.count
            switch Cmark.type(node) {
            case CMARK_NODE_TEXT:
                Cmark.appendLiteral(of: node, to: &bytes)
                leaves.append(Leaf(node: node, kind: .text, start: start, end: bytes.count, inLink: inLink || rawLinkDepth > 0))
            case CMARK_NODE_CODE:
                Cmark.appendLiteral(of: node, to: &bytes)
                leaves.append(Leaf(node: node, kind: .code, start: start, end: bytes.count, inLink: inLink || rawLinkDepth > 0))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                bytes.append(0x20)
                leaves.append(Leaf(node: node, kind: .lineBreak, start: start, end: start + 1, inLink: inLink || rawLinkDepth > 0))
            case CMARK_NODE_HTML_INLINE:
                // With unsafe HTML, `<a href=…>Iran</a>` written raw is a link too: no mention link inside it.
                var literal: [UInt8] = []
                Cmark.appendLiteral(of: node, to: &literal)
                if Self.startsTag(literal, closing: false) { rawLinkDepth += 1 }
                if Self.startsTag(literal, closing: true) { rawLinkDepth = max(0, rawLinkDepth - 1) }
                leaves.append(Leaf(node: node, kind: .opaque, start: start, end: start, inLink: inLink))
            case CMARK_NODE_IMAGE:
                leaves.append(Leaf(node: node, kind: .opaque, start: start, end: start, inLink: inLink))
            case CMARK_NODE_LINK:
                collect(node, inLink: true)
            case CMARK_NODE_CUSTOM_INLINE:
                switch Cmark.tag(of: node) {
                case .quoteReference: break
                case .mention: collect(node, inLink: true)
                case .quoteMark, nil: collect(node, inLink: inLink)
                }
            default:
                collect(node, inLink: inLink)
            }
            child = Cmark.next(node)
        }
    }
}
