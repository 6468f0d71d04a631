import Foundation

/// Writes a synthetic report of the requested size, and the same articles as a Hugo site with
/// actors, weapons and topics taxonomies, so that both generators build the same material.
struct SyntheticReport {
    var articles: Int
    var claimsPerArticle = 3
    var actors = 200
    var weapons = 100
    var topics = 50

    private static let words = """
        the of and to in a is that for on was with as by said it from at this have has were be an \
        which are their not but they been had its or after more one would about also who all than \
        officials government forces military drones missiles supply deliveries reported statement \
        minister spokesman sanctions agreement intelligence attack strikes infrastructure energy \
        denied confirmed claims sources according interview diplomats talks shipments production
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// A deterministic pseudo-random sequence, so every run writes the same report.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    func actorName(_ index: Int) -> String { "Actor \(Self.syllables(index)) \(index)" }
    func weaponName(_ index: Int) -> String { "Weapon-\(Self.syllables(index + 7))-\(index)" }

    static func syllables(_ index: Int) -> String {
        let parts = ["ka", "ro", "mi", "ta", "su", "ne", "lo", "vi", "ra", "de"]
        return (parts[index % 10] + parts[(index / 10) % 10] + parts[(index / 100) % 10]).capitalized
    }

    func articleID(_ index: Int) -> String { "article-\(index)" }

    func date(_ index: Int) -> (year: Int, month: Int, day: Int) {
        (2020 + index % 5, 1 + (index / 5) % 12, 1 + (index / 60) % 28)
    }

    func paragraph(_ generator: inout Generator, mentions: [String]) -> String {
        var words: [String] = []
        for _ in 0..<60 { words.append(Self.words[generator.next(Self.words.count)]) }
        for (offset, mention) in mentions.enumerated() { words.insert(mention, at: min(words.count, 5 + offset * 17)) }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    /// The sentence each claim quotes, unique per article and claim.
    func quote(article: Int, claim: Int) -> String { "statement number \(claim) of article \(article) was recorded" }

    func writeDossier(to root: URL) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: root)
        for folder in ["articles", "actors", "weapons", "topics", "claims"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try "title: Synthetic report\nbase_url: https://example.org/report/\n".write(
            to: root.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        for index in 0..<actors {
            let kind = ["state", "person", "organisation", "media"][index % 4]
            try "---\nname: \(actorName(index))\nkind: \(kind)\n---\nA synthetic actor.\n"
                .write(to: root.appendingPathComponent("actors/actor-\(index).md"), atomically: true, encoding: .utf8)
        }
        for index in 0..<weapons {
            let parent = index >= 10 ? "\nparent: weapon-\(index % 10)" : ""
            try
                "---\nname: \(weaponName(index))\ncategory: synthetic system\norigin: actor-\(index % actors)\(parent)\n---\nA synthetic weapon.\n"
                .write(to: root.appendingPathComponent("weapons/weapon-\(index).md"), atomically: true, encoding: .utf8)
        }
        for index in 0..<topics {
            try "---\ntitle: Proposition number \(index) holds\nweapons: [weapon-\(index % weapons)]\n---\nA synthetic topic.\n"
                .write(to: root.appendingPathComponent("topics/topic-\(index).md"), atomically: true, encoding: .utf8)
        }
        var generator = Generator(state: 42)
        var claimsFile = ""
        var chunk = 0
        for index in 0..<articles {
            let (year, month, day) = date(index)
            let body = articleBody(index, &generator)
            let text =
                "---\ntitle: Synthetic article \(index)\npublished: \(year)-\(pad(month))-\(pad(day))\noutlet: Outlet \(index % 20)\n---\n\n\(body)"
            try text.write(to: root.appendingPathComponent("articles/\(articleID(index)).md"), atomically: false, encoding: .utf8)
            for claim in 0..<claimsPerArticle {
                let actor = (index * 7 + claim) % actors
                let stance = ["supports", "disputes", "neutral"][(index + claim) % 3]
                claimsFile += """
                    - id: claim-\(index)-\(claim)
                      actor: actor-\(actor)
                      said: \(year)-\(pad(month))-\(pad(day))
                      text: Synthetic claim \(claim) reported by article \(index).
                      topic: topic-\((index + claim) % topics)
                      stance: \(stance)
                      subjects: [actor-\((actor + 1) % actors)]
                      weapons: [weapon-\((index + claim) % weapons)]
                      sources:
                        - article: \(articleID(index))
                          quote: \(quote(article: index, claim: claim))

                    """
            }
            if (index + 1) % 500 == 0 || index == articles - 1 {
                try claimsFile.write(to: root.appendingPathComponent("claims/claims-\(chunk).yml"), atomically: false, encoding: .utf8)
                claimsFile = ""
                chunk += 1
            }
        }
    }

    func articleBody(_ index: Int, _ generator: inout Generator) -> String {
        var paragraphs: [String] = []
        for paragraph in 0..<8 {
            let mentions = [actorName((index + paragraph) % actors), weaponName((index * 3 + paragraph) % weapons)]
            paragraphs.append(self.paragraph(&generator, mentions: mentions))
        }
        for claim in 0..<claimsPerArticle {
            paragraphs.insert("They said the \(quote(article: index, claim: claim)) in public.", at: 1 + claim * 2)
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// The same articles as a Hugo site, with the actors, weapons and topics as taxonomies.
    func writeHugo(to root: URL) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: root)
        for folder in ["content/articles", "layouts/_default"] {
            try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try """
        baseURL = "https://example.org/report/"
        title = "Synthetic report"
        disableKinds = ["RSS"]
        [taxonomies]
          actor = "actors"
          weapon = "weapons"
          topic = "topics"
        """.write(to: root.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let base = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><nav><a href="{{ "" | relURL }}">Home</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
            """
        try base.write(to: root.appendingPathComponent("layouts/_default/baseof.html"), atomically: true, encoding: .utf8)
        try """
        {{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "2 Jan 2006" }}</p>
        <ul>{{ range .GetTerms "actors" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
        {{ .Content }}{{ end }}
        """.write(to: root.appendingPathComponent("layouts/_default/single.html"), atomically: true, encoding: .utf8)
        try """
        {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 Jan 2006" }}</li>{{ end }}</ul>{{ end }}
        """.write(to: root.appendingPathComponent("layouts/_default/list.html"), atomically: true, encoding: .utf8)
        var generator = Generator(state: 42)
        for index in 0..<articles {
            let (year, month, day) = date(index)
            let body = articleBody(index, &generator)
            let actorsList = (0..<claimsPerArticle).map { "\"\(actorName((index * 7 + $0) % actors))\"" }.joined(separator: ", ")
            let weaponsList = (0..<claimsPerArticle).map { "\"\(weaponName((index + $0) % weapons))\"" }.joined(separator: ", ")
            let topicsList = (0..<claimsPerArticle).map { "\"topic-\((index + $0) % topics)\"" }.joined(separator: ", ")
            let text = """
                ---
                title: "Synthetic article \(index)"
                date: \(year)-\(pad(month))-\(pad(day))
                actors: [\(actorsList)]
                weapons: [\(weaponsList)]
                topics: [\(topicsList)]
                ---

                \(body)
                """
            try text.write(to: root.appendingPathComponent("content/articles/\(articleID(index)).md"), atomically: false, encoding: .utf8)
        }
    }

    private func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
