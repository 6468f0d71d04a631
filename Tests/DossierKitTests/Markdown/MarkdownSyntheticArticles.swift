@testable import DossierKit

/// Deterministic synthetic articles and entity terms for the property and speed tests.
struct MarkdownSyntheticArticles {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }

    static let words = """
        the of and to in a is that for on was with as by said it from at officials have has not been would be \
        missiles drones supply refused deliveries reports according intelligence sources statement denied confirmed \
        summer winter launch production factory strike attack minister spokesman interview agency told claimed however
        """.split(separator: " ").map(String.init)

    static let syllables = ["ka", "ri", "mo", "ten", "vas", "lo", "dru", "shi", "per", "an", "ol", "bek", "zan", "mir", "tu"]

    /// `count` distinct capitalised names of one to three words, some with a hyphenated number.
    mutating func terms(count: Int) -> [MentionIndex.Entry] {
        var seen: Set<String> = []
        var entries: [MentionIndex.Entry] = []
        while entries.count < count {
            let words = (0...next(3)).map { _ in name() }
            var term = words.joined(separator: " ")
            if next(5) == 0 { term += "-\(100 + next(900))" }
            guard seen.insert(term).inserted else { continue }
            let key = "actor:e\(entries.count / 2)"
            entries.append(MentionIndex.Entry(term: term, key: key, href: "../../actors/e\(entries.count / 2)/"))
        }
        return entries
    }

    private mutating func name() -> String {
        let name = (0...next(2) + 1).map { _ in Self.syllables[next(Self.syllables.count)] }.joined()
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// An article of about `words` words in paragraphs, with emphasis, links, code, raw HTML, line breaks and entity names.
    mutating func article(words: Int, terms: [MentionIndex.Entry], heading: Bool = true) -> String {
        var paragraphs: [String] = heading ? ["## " + terms[next(terms.count)].term + " and the " + Self.words[next(Self.words.count)]] : []
        var written = 0
        while written < words {
            var paragraph: [String] = []
            for _ in 0..<(40 + next(60)) {
                let roll = next(100)
                var word = Self.words[next(Self.words.count)]
                if roll < 8 {
                    word = terms[next(terms.count)].term
                    if roll == 0 { word += "'s" }
                } else if roll < 11 {
                    word = "*\(word) \(Self.words[next(Self.words.count)])*"
                } else if roll < 12 {
                    word = "[\(word)](https://example.org/\(next(100)))"
                } else if roll < 13 {
                    word = "`\(word)`"
                } else if roll < 14 {
                    word += "\n"
                } else if roll < 15 {
                    word = "“\(word)”"
                } else if roll < 16 {
                    word = "<i>\(word) \(Self.words[next(Self.words.count)])</i>"
                }
                paragraph.append(word)
            }
            written += paragraph.count
            paragraphs.append(paragraph.joined(separator: " ") + ".")
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// A few passages copied from the article's plain text, some overlapping.
    mutating func quotes(in blocks: [String], count: Int) -> [QuoteMark] {
        guard !blocks.isEmpty else { return [] }
        return (0..<count).map { index in
            let words = blocks[next(blocks.count)].split(separator: " ")
            let start = next(max(1, words.count - 3))
            let length = 1 + next(min(12, words.count - start))
            let quote = words[start..<start + length].joined(separator: " ")
            return QuoteMark(quote: quote, anchor: "q-\(index)", href: "../../claims/c\(index)/", label: "Claim \(index)")
        }
    }
}
