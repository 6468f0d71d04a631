import CCmark

/// The one boundary to libcmark: Markdown in, HTML out, every cmark allocation freed in a defer.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML in Markdown reaches the page (`unsafe_html` in site.yml, for trusted authors only).
    public let unsafeHTML: Bool
    let options: Int32

    /// `unsafeHTML: false` is cmark's safe mode: raw HTML omitted, dangerous link targets dropped.
    public init(unsafeHTML: Bool) {
        self.unsafeHTML = unsafeHTML
        options = Cmark.options(unsafeHTML: unsafeHTML)
    }

    /// Renders a whole document (profiles, topic context).
    public func html(_ markdown: String) -> String {
        Cmark.withDocument(markdown, options: options) { Cmark.renderHTML($0, options: options) } ?? ""
    }

    /// Renders a short text as inline HTML without the wrapping <p> (the site description in a header, a claim's text if it
    /// ever holds Markdown).
    ///
    /// Block structure is flattened so the result is always valid inside a `<p>` or heading: the inline content of each
    /// paragraph and heading, one after the other separated by a line break, code blocks as code spans, HTML blocks as
    /// raw inline HTML (omitted in safe mode).
    public func inlineHTML(_ markdown: String) -> String {
        Cmark.withDocument(markdown, options: options) { root -> String in
            guard let line = Cmark.makeNode(CMARK_NODE_PARAGRAPH), Cmark.append(line, to: root) else { return "" }
            var blocks: [Cmark.Node] = []
            collectLeafBlocks(under: root, except: line, into: &blocks)
            for (index, block) in blocks.enumerated() {
                if index > 0, let space = Cmark.makeNode(CMARK_NODE_SOFTBREAK) { Cmark.append(space, to: line) }
                switch Cmark.type(block) {
                case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                    while let child = Cmark.firstChild(block) { Cmark.move(child, into: line) }
                case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                    let inlineType = Cmark.type(block) == CMARK_NODE_CODE_BLOCK ? CMARK_NODE_CODE : CMARK_NODE_HTML_INLINE
                    var literal: [UInt8] = []
                    Cmark.appendLiteral(of: block, to: &literal)
                    while literal.last == 0x0A { literal.removeLast() }
                    guard let inline = Cmark.makeNode(inlineType) else { continue }
                    Cmark.setLiteral(inline, literal)
                    Cmark.append(inline, to: line)
                default:
                    continue
                }
            }
            let html = Cmark.renderHTML(line, options: options)
            // A paragraph that is a child of the document always renders as `<p>…</p>\n`.
            guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return html }
            return String(html.dropFirst(3).dropLast(5))
        } ?? ""
    }

    private func collectLeafBlocks(under node: Cmark.Node, except skipped: Cmark.Node, into blocks: inout [Cmark.Node]) {
        var child = Cmark.firstChild(node)
        while let current = child, current != skipped {
            switch Cmark.type(current) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                blocks.append(current)
            default:
                collectLeafBlocks(under: current, except: skipped, into: &blocks)
            }
            child = Cmark.next(current)
        }
    }

    /// The document's text as a reader sees it: one entry per block (paragraph, heading, list item paragraph, block quote
    /// paragraph…), soft and hard breaks as spaces, code spans' text kept, emphasis markers gone. Used to verify quotes.
    ///
    /// Only paragraphs and headings count (code blocks and raw HTML are not prose and cannot be marked); images count
    /// as empty, since their alt text is not shown; blocks without text are left out.
    public func plainBlocks(_ markdown: String) -> [String] {
        Cmark.withDocument(markdown, options: options) { root in
            Cmark.textBlocks(under: root).map { InlineText(block: $0.node).string }.filter { !$0.isEmpty }
        } ?? []
    }

    /// Renders an article: marks quoted passages and links the first mention of each entity.
    ///
    /// Mentions are found left to right; the first one of each entity that is not in a heading, a
    /// link or code is linked as `<a class="mention" href="…">…</a>`; mentions in headings and links still count
    /// toward `mentionedKeys`, those in code do not. Quotes are looked for one block at a time (see `plainBlocks`),
    /// in the order given, and each is marked at its first occurrence (markup: see `QuoteMark`).
    /// With `html: false` the HTML is left empty: what was found is all a caller wants now, and
    /// where it was found is kept (`annotations`) for rendering the HTML later. Given those
    /// `annotations`, from the same Markdown, quotes and mentions, nothing is searched again:
    /// the HTML is the same, but what was found is not reported a second time.
    public func renderArticle(
        _ markdown: String, quotes: [QuoteMark], mentions: MentionIndex, html: Bool = true, annotations: ArticleAnnotations? = nil
    ) -> RenderedArticle {
        Cmark.withDocument(markdown, options: options) { root -> RenderedArticle in
            var article = ArticleAnnotator(blocks: Cmark.textBlocks(under: root))
            if let annotations {
                article.linkMentions(mentions, at: annotations.links)
                article.markQuotes(quotes, at: annotations.passages)
            } else {
                article.linkMentions(mentions)
                article.markQuotes(quotes)
            }
            var rendered = RenderedArticle(
                html: html ? Cmark.renderHTML(root, options: options) : "",
                markedAnchors: article.markedAnchors,
                contexts: article.contexts,
                mentionedKeys: article.mentionedKeys.sorted())
            if !html, article.found.isComplete { rendered.annotations = article.found }
            return rendered
        } ?? RenderedArticle(html: "", markedAnchors: [], contexts: [:], mentionedKeys: [])
    }
}
