import CCmark

/// Wraps the part of a block's inline content between two offsets of its `InlineText` in custom inline nodes.
///
/// Text and code nodes that the range cuts are split first, so that every leaf is either inside or outside.
/// Then each run of adjacent siblings that lies wholly inside becomes one wrapper, climbing as high as it can:
/// `Tehran has *so far* refused` wrapped whole gives one wrapper around the text, the emphasis and the text,
/// while a range that ends inside the emphasis gives one wrapper outside it and one inside. Wrappers never
/// straddle an element boundary, so the HTML stays well nested; quote reference links (which carry no text)
/// are never wrapped, so a wrapper never contains a link of ours, and neither is raw inline HTML.
struct InlineRangeWrapper {
    let block: Cmark.Node
    let start: Int
    let end: Int

    /// Returns the wrappers made, in document order; `makeWrapper` receives each wrapper's index.
    func wrap(_ makeWrapper: (Int) -> Cmark.Node?) -> [Cmark.Node] {
        guard start < end else { return [] }
        splitLeaves()
        var walk = CoverageWalk(start: start, end: end)
        _ = walk.process(block, force: true)
        let runs = walk.runs.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
        var wrappers: [Cmark.Node] = []
        for (index, run) in runs.map(\.element).enumerated() {
            guard let first = run.nodes.first, let wrapper = makeWrapper(index) else { continue }
            guard Cmark.insert(wrapper, before: first) else { continue }
            for node in run.nodes { Cmark.move(node, into: wrapper) }
            wrappers.append(wrapper)
        }
        return wrappers
    }

    /// The common case made cheap: wraps bytes `start..<end` of one text node's literal, splitting it as needed.
    @discardableResult
    static func wrap(_ node: Cmark.Node, from start: Int, to end: Int, _ makeWrapper: (Int) -> Cmark.Node?) -> Cmark.Node? {
        var literal: [UInt8] = []
        Cmark.appendLiteral(of: node, to: &literal)
        guard 0 <= start, start < end, end <= literal.count else { return nil }
        var middle = node
        if start > 0 {
            guard let piece = Cmark.makeNode(CMARK_NODE_TEXT) else { return nil }
            Cmark.setLiteral(piece, literal[start..<end])
            guard Cmark.insert(piece, after: node) else { return nil }
            middle = piece
        }
        if end < literal.count, let tail = Cmark.makeNode(CMARK_NODE_TEXT) {
            Cmark.setLiteral(tail, literal[end...])
            Cmark.insert(tail, after: middle)
        }
        if start > 0 || end < literal.count { Cmark.setLiteral(node, literal[..<(start > 0 ? start : end)]) }
        guard let wrapper = makeWrapper(0), Cmark.insert(wrapper, before: middle) else { return nil }
        Cmark.move(middle, into: wrapper)
        return wrapper
    }

    /// Splits the text or code leaves that contain `end` or `start` strictly inside. The end goes first: the node that
    /// keeps the first part keeps its start offset, so the start's offset into it stays right.
    private func splitLeaves() {
        let text = InlineText(block: block)
        for cut in [end, start] {
            guard
                let leaf = text.leaves.first(where: {
                    ($0.kind == .text || $0.kind == .code) && $0.start < cut && cut < $0.end
                })
            else { continue }
            split(leaf.node, at: cut - leaf.start)
        }
    }

    private func split(_ node: Cmark.Node, at offset: Int) {
        var literal: [UInt8] = []
        Cmark.appendLiteral(of: node, to: &literal)
        guard offset > 0, offset < literal.count, let tail = Cmark.makeNode(Cmark.type(node)) else { return }
        Cmark.setLiteral(tail, literal[offset...])
        guard Cmark.insert(tail, after: node) else { return }
        Cmark.setLiteral(node, literal[..<offset])
    }
}

/// One pass over a block measuring text offsets exactly as `InlineText` does and collecting the runs to wrap.
private struct CoverageWalk {
    struct Run {
        var start: Int
        var nodes: [Cmark.Node]
    }

    let start: Int
    let end: Int
    var offset = 0
    var runs: [Run] = []

    init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Whether `node` lies wholly inside the range; advances `offset` past it.
    mutating func covered(_ node: Cmark.Node) -> Bool {
        switch Cmark.type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            let first = offset
            offset += Cmark.literalByteCount(node)
            return offset > first && first >= start && offset <= end
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            let first = offset
            offset += 1
            return first >= start && offset <= end
        case CMARK_NODE_IMAGE:
            return start < offset && offset < end
        case CMARK_NODE_HTML_INLINE:
            // Raw tags stay outside wrappers: `<b>` and `</b>` are separate nodes, and a wrapper holding only one of
            // them would break the nesting.
            return false
        case CMARK_NODE_CUSTOM_INLINE where Cmark.tag(of: node) == .quoteReference:
            return false
        default:
            return process(node, force: false)
        }
    }

    /// Whether all of `parent`'s children are covered. If not (or if `force`, for the block itself, which cannot be
    /// wrapped), records each run of covered children for wrapping.
    mutating func process(_ parent: Cmark.Node, force: Bool) -> Bool {
        var children: [(node: Cmark.Node, start: Int, covered: Bool)] = []
        var child = Cmark.firstChild(parent)
        while let node = child {
            let first = offset
            children.append((node, first, covered(node)))
            child = Cmark.next(node)
        }
        let whole = !children.isEmpty && children.allSatisfy(\.covered)
        if whole && !force { return true }
        var run: Run?
        for item in children {
            if item.covered {
                if run == nil { run = Run(start: item.start, nodes: []) }
                run?.nodes.append(item.node)
            } else if let finished = run {
                runs.append(finished)
                run = nil
            }
        }
        if let finished = run { runs.append(finished) }
        return whole
    }
}
