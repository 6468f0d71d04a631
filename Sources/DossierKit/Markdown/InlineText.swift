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

    init(block: Cmark.Node) {
        collect(block, inLink: false)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func collect(_ parent: Cmark.Node, inLink: Bool) {
        var child = Cmark.firstChild(parent)
        while let node = child {
            let start = bytes.count
            switch Cmark.type(node) {
            case CMARK_NODE_TEXT:
                Cmark.appendLiteral(of: node, to: &bytes)
                leaves.append(Leaf(node: node, kind: .text, start: start, end: bytes.count, inLink: inLink))
            case CMARK_NODE_CODE:
                Cmark.appendLiteral(of: node, to: &bytes)
                leaves.append(Leaf(node: node, kind: .code, start: start, end: bytes.count, inLink: inLink))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                bytes.append(0x20)
                leaves.append(Leaf(node: node, kind: .lineBreak, start: start, end: start + 1, inLink: inLink))
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_IMAGE:
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
