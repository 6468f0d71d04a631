/// The answers to the quotes asked of one article's text, kept while the text is the same. The
/// plain text itself is made only while new quotes are being looked up and then dropped: kept
/// for every article it was a tenth of a 10,000-article build's memory.
struct ArticleQuotes: Sendable {
    var body: String
    var answers: [String: QuoteCheck] = [:]

    /// The answers kept for `article`'s text, or none when the text changed.
    static func cached(_ cached: ArticleQuotes?, for article: Article) -> ArticleQuotes {
        cached.flatMap { $0.body == article.body ? $0 : nil } ?? ArticleQuotes(body: article.body)
    }

    /// Looks up the quotes not answered yet, reading the text's plain blocks once if any is new.
    mutating func check(_ quotes: some Sequence<String>, renderer: MarkdownRenderer) {
        let asked = quotes.filter { answers[$0] == nil }
        guard !asked.isEmpty else { return }
        var text = QuoteCheck.ArticleText(renderer.plainBlocks(body))
        for quote in asked { answers[quote] = QuoteCheck.check(quote, in: &text) }
    }

    /// The quotes of `claims`' sources that cite `article`.
    static func quotes(of claims: [Claim], citing article: String) -> [String] {
        claims.flatMap { claim in claim.sources.compactMap { $0.article == article ? $0.quote : nil } }
    }
}
