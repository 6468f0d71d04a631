import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few libcmark calls the Markdown layer needs, each allocation paired with its release in a `defer`.
enum Cmark {
    typealias Node = OpaquePointer

    /// Options for parsing and rendering. Each one is chosen on purpose:
    /// - `CMARK_OPT_VALIDATE_UTF8`, always: invalid bytes become U+FFFD instead of reaching the page.
    /// - `CMARK_OPT_UNSAFE`, only for trusted authors: without it cmark 0.30 omits raw HTML
    ///   (`<!-- raw HTML omitted -->`) and drops `javascript:`, `vbscript:`, `file:` and most `data:` link targets.
    /// - no `CMARK_OPT_SMART`: quotes and dashes stay as written, so a curator's verbatim quote still matches.
    /// - no `CMARK_OPT_SOURCEPOS`: `data-sourcepos` attributes would leak source positions into pages.
    /// - no `CMARK_OPT_HARDBREAKS`/`NOBREAKS`: CommonMark's own line-break rules.
    static func options(unsafeHTML: Bool) -> Int32 {
        var options = CMARK_OPT_VALIDATE_UTF8
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        return Int32(options)
    }

    /// Parses `markdown`, hands the document to `body` and frees the whole tree (with every node added to it) afterwards.
    static func withDocument<R>(_ markdown: String, options: Int32, _ body: (Node) -> R) -> R? {
        var source = markdown
        let root: Node? = source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return cmark_parse_document("", 0, options) }
                return cmark_parse_document(base, chars.count, options)
            }
        }
        guard let root else { return nil }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// Renders `node` and its descendants as HTML.
    static func renderHTML(_ node: Node, options: Int32) -> String {
        guard let html = cmark_render_html(node, options) else { return "" }
        // The renderer allocates with the default allocator (the one the parser used); release with the same.
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }

    static func type(_ node: Node) -> cmark_node_type { cmark_node_get_type(node) }

    static func firstChild(_ node: Node) -> Node? { cmark_node_first_child(node) }
    static func next(_ node: Node) -> Node? { cmark_node_next(node) }
    static func parent(_ node: Node) -> Node? { cmark_node_parent(node) }

    /// The literal of a text, code, HTML or code-block node as UTF-8 bytes.
    static func appendLiteral(of node: Node, to bytes: inout [UInt8]) {
        guard let literal = cmark_node_get_literal(node) else { return }
        bytes.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
    }

    static func literalByteCount(_ node: Node) -> Int {
        guard let literal = cmark_node_get_literal(node) else { return 0 }
        return strlen(literal)
    }

    /// Sets a literal from bytes (cmark copies them).
    static func setLiteral(_ node: Node, _ bytes: some Collection<UInt8>) {
        var terminated = Array(bytes)
        terminated.append(0)
        terminated.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                _ = cmark_node_set_literal(node, chars.baseAddress)
            }
        }
    }

    /// What a custom inline node made by this layer stands for; parsed Markdown never contains custom inlines.
    enum Tag: Int {
        case quoteMark = 1
        case quoteReference = 2
        case mention = 3
    }

    static func tag(of node: Node) -> Tag? {
        guard type(node) == CMARK_NODE_CUSTOM_INLINE, let data = cmark_node_get_user_data(node) else { return nil }
        return Tag(rawValue: Int(bitPattern: data))
    }

    /// Creates a detached node; the caller hands it to `adopt`, which links it into a tree or frees it.
    static func makeNode(_ type: cmark_node_type) -> Node? { cmark_node_new(type) }

    /// A custom inline node whose opening and closing HTML cmark writes verbatim, even in safe mode:
    /// every piece of content text in `enter` must already be escaped.
    static func makeCustomInline(enter: String, exit: String, tag: Tag) -> Node? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return nil }
        _ = cmark_node_set_on_enter(node, enter)
        _ = cmark_node_set_on_exit(node, exit)
        _ = cmark_node_set_user_data(node, UnsafeMutableRawPointer(bitPattern: tag.rawValue))
        return node
    }

    /// Links a detached node into a tree with `link` (an insert or append call); if cmark refuses, frees it.
    @discardableResult
    static func adopt(_ node: Node, _ link: (Node) -> Int32) -> Bool {
        var adopted = false
        defer { if !adopted { cmark_node_free(node) } }
        adopted = link(node) != 0
        return adopted
    }

    @discardableResult
    static func insert(_ node: Node, before sibling: Node) -> Bool {
        adopt(node) { cmark_node_insert_before(sibling, $0) }
    }

    @discardableResult
    static func insert(_ node: Node, after sibling: Node) -> Bool {
        adopt(node) { cmark_node_insert_after(sibling, $0) }
    }

    @discardableResult
    static func append(_ node: Node, to parent: Node) -> Bool {
        adopt(node) { cmark_node_append_child(parent, $0) }
    }

    /// Moves a node that is already in the tree under `parent` (cmark unlinks it first).
    static func move(_ node: Node, into parent: Node) {
        _ = cmark_node_append_child(parent, node)
    }

    /// The paragraphs and headings under `node` in document order: the blocks whose inline text a reader sees.
    static func textBlocks(under node: Node) -> [TextBlock] {
        var blocks: [TextBlock] = []
        func visit(_ parent: Node) {
            var child = firstChild(parent)
            while let current = child {
                switch type(current) {
                case CMARK_NODE_PARAGRAPH: blocks.append(TextBlock(node: current, isHeading: false))
                case CMARK_NODE_HEADING: blocks.append(TextBlock(node: current, isHeading: true))
                case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CUSTOM_BLOCK: visit(current)
                default: break
                }
                child = next(current)
            }
        }
        visit(node)
        return blocks
    }

    /// A paragraph or heading.
    struct TextBlock {
        var node: Node
        var isHeading: Bool
    }
}
