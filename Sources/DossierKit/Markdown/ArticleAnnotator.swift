import CCmark

/// Links mentions and marks quotes in a parsed article's paragraphs and headings.
///
/// Mentions go first: a quote that starts or ends inside a name then splits its (invisible) mark around the mention
/// link instead of splitting the link in two.
struct ArticleAnnotator {
    private let blocks: [Cmark.TextBlock]
    /// Each block's text as parsed; marks and links add no text, so offsets into it stay valid throughout.
    private let texts: [InlineText]
    /// Blocks whose tree changed since `texts` was taken.
    private var changed: Set<Int> = []

    private(set) var markedAnchors: Set<String> = []
    private(set) var contexts: [String: QuoteContext] = [:]
    private(set) var mentionedKeys: Set<String> = []
    /// Where the mentions and quotes were found, to annotate the same text again without searching it.
    private(set) var found = ArticleAnnotations()

    init(blocks: [Cmark.TextBlock]) {
        self.blocks = blocks
        texts = blocks.map { InlineText(block: $0.node) }
    }

    // MARK: Quotes

    mutating func markQuotes(_ quotes: [QuoteMark]) {
        var anchors: Set<String> = []
        // Marks add no text, so what the finder found stays where it is as the blocks are marked.
        var finder: QuoteFinder?
        found.passages = quotes.map { quote -> ArticleAnnotations.Passage? in
            let anchor = quote.anchor
            guard anchors.insert(anchor).inserted else { return nil }
            if finder == nil { finder = QuoteFinder(texts.map(\.string)) }
            guard let match = finder?.find(quote.quote) else { return nil }
            mark(match.range, inBlock: match.block, for: quote, anchor: anchor)
            guard let placed = ArticleAnnotations.Passage(block: match.block, range: match.range) else {
                found.isComplete = false
                return nil
            }
            return placed
        }
    }

    /// Marks `quotes` where an annotation of the same text found them (`passages`, one per quote).
    mutating func markQuotes(_ quotes: [QuoteMark], at passages: [ArticleAnnotations.Passage?]) {
        for (quote, passage) in zip(quotes, passages) {
            if let passage { mark(passage.range, inBlock: passage.block, for: quote, anchor: quote.anchor) }
        }
    }

    /// `id` is the quote's anchor, which a mark makes anew each time it is asked.
    private mutating func mark(_ passage: Range<Int>, inBlock index: Int, for quote: QuoteMark, anchor id: String) {
        let block = blocks[index].node
        let anchor = HTMLEscaping.escapeHTML(id)
        let pieces = InlineRangeWrapper(block: block, start: passage.lowerBound, end: passage.upperBound).wrap { piece in
            Cmark.makeCustomInline(
                enter: piece == 0
                    ? "<mark id=\"\(anchor)\" class=\"quote\">" : "<mark class=\"quote\" data-quote=\"\(anchor)\">",
                exit: "</mark>", tag: .quoteMark)
        }
        guard let last = pieces.last else { return }
        changed.insert(index)
        markedAnchors.insert(id)
        contexts[id] = QuoteContext(text: texts[index].bytes, passage: passage)
        let label = HTMLEscaping.escapeHTML(quote.label)
        let link = "<a class=\"quote-ref\" href=\"\(HTMLEscaping.escapeHTML(quote.href))\" aria-label=\"\(label)\" title=\"\(label)\">↗</a>"
        guard let reference = Cmark.makeCustomInline(enter: link, exit: "", tag: .quoteReference) else { return }
        // After the last piece, outside any link it ends in, and after the references already there (quotes of the
        // same passage keep their order).
        var target = outermostLink(around: last, in: block) ?? last
        while let next = Cmark.next(target), Cmark.tag(of: next) == .quoteReference { target = next }
        Cmark.insert(reference, after: target)
    }

    /// The outermost link that contains `node` inside `block`: the reference link goes after it, as links cannot nest.
    private func outermostLink(around node: Cmark.Node, in block: Cmark.Node) -> Cmark.Node? {
        var outermost: Cmark.Node?
        var current = Cmark.parent(node)
        while let ancestor = current, ancestor != block {
            if Cmark.type(ancestor) == CMARK_NODE_LINK || Cmark.tag(of: ancestor) == .mention { outermost = ancestor }
            current = Cmark.parent(ancestor)
        }
        return outermost
    }

    // MARK: Mentions

    mutating func linkMentions(_ index: MentionIndex) {
        guard !index.terms.isEmpty else { return }
        var linkedKeys: Set<String> = []
        for (blockIndex, block) in blocks.enumerated() {
            let text = changed.contains(blockIndex) ? InlineText(block: block.node) : texts[blockIndex]
            let leaves = text.leaves
            var links: [(range: Range<Int>, term: Int, leaf: Int?)] = []
            var cursor = 0
            for match in index.matches(in: text.bytes) {
                let range = match.range
                while cursor < leaves.count, leaves[cursor].end <= range.lowerBound, leaves[cursor].start < range.lowerBound {
                    cursor += 1
                }
                var inCode = false
                var inLink = false
                var overlapped: [Int] = []
                var position = cursor
                while position < leaves.count, leaves[position].start < range.upperBound {
                    let leaf = leaves[position]
                    if leaf.end > range.lowerBound || (leaf.start == leaf.end && leaf.start > range.lowerBound) {
                        inCode = inCode || leaf.kind == .code
                        inLink = inLink || leaf.inLink
                        overlapped.append(position)
                    }
                    position += 1
                }
                if inCode { continue }
                let entry = index.terms[match.term].entry
                mentionedKeys.insert(entry.key)
                guard !block.isHeading, !inLink, linkedKeys.insert(entry.key).inserted else { continue }
                let single = overlapped.count == 1 && leaves[overlapped[0]].kind == .text ? overlapped[0] : nil
                links.append((range, match.term, single))
            }
            for link in links {
                guard let placed = ArticleAnnotations.Link(block: blockIndex, range: link.range, term: link.term, leaf: link.leaf) else {
                    found.isComplete = false
                    continue
                }
                found.links.append(placed)
            }
            link(links.map { ($0.range, Self.href(of: $0.term, in: index), $0.leaf) }, inBlock: blockIndex, leaves)
        }
    }

    /// Links the mentions an annotation of the same text found (`links`, left to right).
    mutating func linkMentions(_ index: MentionIndex, at links: [ArticleAnnotations.Link]) {
        var start = links.startIndex
        while start < links.endIndex {
            let block = links[start].block
            var end = start
            while end < links.endIndex, links[end].block == block { end += 1 }
            let found = links[start..<end].map { ($0.range, Self.href(of: $0.term, in: index), $0.leaf) }
            link(found, inBlock: block, texts[block].leaves)
            start = end
        }
    }

    /// The link target of an index term, escaped for an attribute.
    private static func href(of term: Int, in index: MentionIndex) -> String {
        HTMLEscaping.escapeHTML(index.terms[term].entry.href)
    }

    /// Wraps each range of a block in a mention link; `leaf`, when set, is the one text leaf it lies in.
    private mutating func link(
        _ links: [(range: Range<Int>, href: String, leaf: Int?)], inBlock blockIndex: Int, _ leaves: [InlineText.Leaf]
    ) {
        guard !links.isEmpty else { return }
        changed.insert(blockIndex)
        // Right to left: a split keeps the first part in the original node, so the leaves to the left of each
        // link keep their nodes and offsets.
        for link in links.reversed() {
            let makeLink = { (_: Int) in
                Cmark.makeCustomInline(enter: "<a class=\"mention\" href=\"\(link.href)\">", exit: "</a>", tag: .mention)
            }
            if let leaf = link.leaf {
                InlineRangeWrapper.wrap(
                    leaves[leaf].node, from: link.range.lowerBound - leaves[leaf].start,
                    to: link.range.upperBound - leaves[leaf].start, makeLink)
            } else {
                _ = InlineRangeWrapper(block: blocks[blockIndex].node, start: link.range.lowerBound, end: link.range.upperBound)
                    .wrap(makeLink)
            }
        }
    }
}
