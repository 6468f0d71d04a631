/// Checks what no single file can: references between entries, unique ids and aliases, family
/// cycles, quotes against their articles, and entries nothing uses (warnings).
public struct ReportValidator {
    let report: Report
    /// Looks a quote up in an article's text (article id, quote); the builder caches the answers.
    let quoteCheck: (String, String) -> QuoteCheck
    private var diagnostics: [Diagnostic] = []
    /// What the checks of claims' sources found, by the article they cite: the only findings an
    /// edit to an article's text or header can change, so a rebuild redoes just that article's.
    private var byArticle: [String: [Diagnostic]] = [:]
    /// Where a reference names an entry by its name or alias as written (`actor: Tehran`).
    private var namedReferences: Set<SourceLocation> = []

    /// A validation's findings, kept apart by what they depend on.
    public struct Findings: Sendable {
        /// Findings about references, ids, aliases, families and unused entries.
        public var reportWide: [Diagnostic]
        /// Findings about the sources citing each article (quotes, dates).
        public var byArticle: [String: [Diagnostic]]
        /// Where a reference that is not an id (`actor: Tehran`) names an entry by its name or
        /// alias. The finding there names the id meant ('iran'); the loader's id-rule error at the
        /// same place offers the text made into an id ('tehran'), which does not exist, and goes.
        public var namedReferences: Set<SourceLocation> = []

        public var all: [Diagnostic] { reportWide + byArticle.keys.sorted().flatMap { byArticle[$0] ?? [] } }
    }

    /// Ids of claims that did not read: claims answering them are not told they are unknown.
    private let unreadClaimIDs: Set<String>

    public init(report: Report, quoteCheck: @escaping (String, String) -> QuoteCheck) {
        self.report = report
        self.quoteCheck = quoteCheck
        unreadClaimIDs = Set(report.unreadClaims.compactMap(\.id))
    }

    public static func validate(_ report: Report, quoteCheck: @escaping (String, String) -> QuoteCheck) -> [Diagnostic] {
        findings(report, quoteCheck: quoteCheck).all
    }

    public static func findings(_ report: Report, quoteCheck: @escaping (String, String) -> QuoteCheck) -> Findings {
        var validator = ReportValidator(report: report, quoteCheck: quoteCheck)
        validator.run()
        return Findings(reportWide: validator.diagnostics, byArticle: validator.byArticle, namedReferences: validator.namedReferences)
    }

    /// The findings about the sources that cite one article, given the claims citing it.
    static func articleFindings(
        _ report: Report, article: Article, citing claims: [Claim], quoteCheck: @escaping (String, String) -> QuoteCheck
    ) -> [Diagnostic] {
        var validator = ReportValidator(report: report, quoteCheck: quoteCheck)
        for claim in claims {
            for (index, source) in claim.sources.enumerated() where source.article == article.id {
                validator.checkSource(of: claim, at: index, in: article)
            }
        }
        return validator.byArticle[article.id] ?? []
    }

    /// Validates with each article's plain text given as blocks (tests, small reports).
    public static func validate(_ report: Report, articleBlocks: [String: [String]]) -> [Diagnostic] {
        validate(report) { article, quote in QuoteCheck.check(quote, in: articleBlocks[article] ?? []) }
    }

    mutating func run() {
        checkEntityReferences()
        checkAliases()
        checkFamilyCycles()
        checkClaims()
        checkUnused()
    }

    // MARK: References

    private mutating func reference(_ id: String?, kind: String, in ids: some Collection<String>, at location: SourceLocation) {
        guard let id, !ids.contains(id) else { return }
        // A file that exists but did not read has its own error; saying its id is unknown would
        // bury that error under one per reference, each with a hint that the file is missing.
        if let fileKind = ContentKind(rawValue: kind),
            report.unreadable[fileKind]?.contains(id) == true || report.unreadableFolders.contains(fileKind)
        {
            return
        }
        if kind == "claim" && unreadClaimIDs.contains(id) { return }
        // An entry whose id breaks the id rule (`actors/Iran.md`, `id: iran_answers`) has its own
        // error, which says to rename it to the id meant: a reference to that id is the same
        // mistake, not an unknown id, and the id as written is no suggestion (it is not an id).
        let misnamed = ids.filter { !Identifier.isValid($0) }
        if misnamed.contains(where: { Identifier.suggestion(for: $0) == id }) { return }
        // A reference that is not an id (`actor: Kyrylo Budanov`) has its own error, whose hint
        // gives the id it would be; when that id exists, "unknown actor" would say it twice.
        if !Identifier.isValid(id), let meant = Identifier.suggestion(for: id), ids.contains(meant) { return }
        // The file is there, in a folder that is not read: where it is matters more than any near miss.
        if let fileKind = ContentKind(rawValue: kind), let misspelt = report.misplaced[fileKind]?[id], let folder = fileKind.folder {
            diagnostics.append(
                .error(
                    location, "unknown \(kind) '\(id)'",
                    hint: "\(id).md is in \(misspelt)/, which is not read; move it to \(folder)/, or rename \(misspelt)/ to \(folder)/"))
            return
        }
        if let named = EntryByName(id, kind: kind, in: report) {
            if !Identifier.isValid(id) { namedReferences.insert(location) }
            diagnostics.append(
                .error(
                    location, "unknown \(kind) '\(id)'; did you mean '\(named.id)'?",
                    hint: "'\(id)' is \(named.how) of \(kind) '\(named.id)'; a reference is the entry's id, the name of its file"))
            return
        }
        let candidates = misnamed.isEmpty ? ids.sorted() : ids.filter(Identifier.isValid).sorted()
        diagnostics.append(
            .error(
                location, "unknown \(kind) '\(id)'\(Suggestion.didYouMean(id, in: candidates))",
                hint: hint(forUnknown: id, kind: kind, hasSuggestion: Suggestion.closest(to: id, in: candidates) != nil)))
    }

    private func hint(forUnknown id: String, kind: String, hasSuggestion: Bool) -> String? {
        // Claims are items of claims/*.yml files, not files of their own; the claim may be in one
        // that did not read, which matters more than a near miss among those that did.
        let unread = kind == "claim" ? (report.unreadable[.claims] ?? []).sorted() : []
        if !unread.isEmpty {
            return "no claim that was read has the id '\(id)'; it may be in "
                + unread.map { "claims/" + $0 }.joined(separator: ", ") + ", which did not read"
        }
        guard !hasSuggestion else { return nil }
        return kind == "claim" ? "no claim in claims/ has the id '\(id)'" : "no file \(Self.folder(kind))/\(id).md exists"
    }

    static func folder(_ kind: String) -> String {
        kind == "claim" ? "claims" : kind + "s"
    }

    private mutating func checkEntityReferences() {
        let actorIDs = Set(report.actors.keys), weaponIDs = Set(report.weapons.keys)
        for actor in report.actors.values.sorted(by: { $0.id < $1.id }) {
            reference(actor.affiliation, kind: "actor", in: actorIDs, at: actor.source["affiliation"])
            if actor.affiliation == actor.id {
                diagnostics.append(.error(actor.source["affiliation"], "actor '\(actor.id)' cannot be affiliated with itself"))
            }
        }
        for weapon in report.weapons.values.sorted(by: { $0.id < $1.id }) {
            reference(weapon.origin, kind: "actor", in: actorIDs, at: weapon.source["origin"])
            reference(weapon.parent, kind: "weapon", in: weaponIDs, at: weapon.source["parent"])
        }
        for topic in report.topics.values.sorted(by: { $0.id < $1.id }) {
            for (index, weapon) in topic.weapons.enumerated() {
                reference(weapon, kind: "weapon", in: weaponIDs, at: topic.source["weapons[\(index)]"])
            }
        }
    }

    // MARK: Aliases

    private mutating func checkAliases() {
        // Every name and alias of every actor and weapon, case-folded: mentions must be unambiguous.
        var owners: [String: (owner: String, location: SourceLocation)] = [:]
        var terms: [(term: String, owner: String, location: SourceLocation)] = []
        for actor in report.actors.values.sorted(by: { $0.id < $1.id }) {
            terms.append((actor.name, "actor '\(actor.id)'", actor.source["name"]))
            for (index, alias) in actor.aliases.enumerated() {
                terms.append((alias, "actor '\(actor.id)'", actor.source["aliases[\(index)]"]))
            }
        }
        for weapon in report.weapons.values.sorted(by: { $0.id < $1.id }) {
            terms.append((weapon.name, "weapon '\(weapon.id)'", weapon.source["name"]))
            for (index, alias) in weapon.aliases.enumerated() {
                terms.append((alias, "weapon '\(weapon.id)'", weapon.source["aliases[\(index)]"]))
            }
        }
        for entry in terms {
            let key = entry.term.lowercased()
            if let first = owners[key] {
                if first.owner == entry.owner {
                    diagnostics.append(.warning(entry.location, "'\(entry.term)' is listed twice for \(entry.owner)"))
                } else {
                    diagnostics.append(
                        .error(
                            entry.location, "the name or alias '\(entry.term)' is shared by \(first.owner) and \(entry.owner)",
                            hint: "a mention must point to one entry; first used at \(first.location)"))
                }
            } else {
                owners[key] = (entry.owner, entry.location)
            }
        }
    }

    // MARK: Families

    private mutating func checkFamilyCycles() {
        var reported: Set<String> = []
        for start in report.weapons.keys.sorted() where !reported.contains(start) {
            var seen: [String] = []
            var current: String? = start
            while let id = current, let weapon = report.weapons[id] {
                if let loopStart = seen.firstIndex(of: id) {
                    let cycle = Array(seen[loopStart...])
                    if !cycle.contains(where: reported.contains) {
                        let first = cycle.min() ?? id
                        let location = report.weapons[first]?.source["parent"] ?? weapon.source.origin
                        let path = (cycle + [cycle[0]]).joined(separator: " → ")
                        diagnostics.append(
                            .error(location, "the 'parent' links form a cycle: \(path)", hint: "a family's top weapon has no parent"))
                        reported.formUnion(cycle)
                    }
                    break
                }
                seen.append(id)
                current = weapon.parent
            }
        }
    }

    // MARK: Claims

    private mutating func checkClaims() {
        var firstByID: [String: Claim] = [:]
        for claim in report.claims {
            if let first = firstByID[claim.id] {
                diagnostics.append(
                    .error(
                        claim.source["id"], "duplicate claim id '\(claim.id)'",
                        hint: "claim ids are unique across all claim files; the first is at \(first.source["id"])"))
            } else {
                firstByID[claim.id] = claim
            }
        }
        let ids = ClaimReferenceIDs(
            actors: Set(report.actors.keys), weapons: Set(report.weapons.keys), topics: Set(report.topics.keys),
            articles: Set(report.articles.keys), claims: Set(firstByID.keys))
        for claim in report.claims {
            checkReferences(ClaimReferences(claim), ids)
            for (index, source) in claim.sources.enumerated() {
                guard let article = report.articles[source.article] else { continue }
                checkSource(of: claim, at: index, in: article)
            }
        }
        // A claim that did not read still has its references checked: an unknown actor beside a
        // bad date is told in the same run. Its quotes wait until it reads.
        for claim in report.unreadClaims { checkReferences(claim, ids) }
    }

    /// The ids a claim's references are checked against.
    private struct ClaimReferenceIDs {
        let actors: Set<String>, weapons: Set<String>, topics: Set<String>, articles: Set<String>, claims: Set<String>
    }

    private mutating func checkReferences(_ claim: ClaimReferences, _ ids: ClaimReferenceIDs) {
        let source = claim.source
        reference(claim.actor, kind: "actor", in: ids.actors, at: source["actor"])
        reference(claim.topic, kind: "topic", in: ids.topics, at: source["topic"])
        for (index, subject) in claim.subjects.enumerated() {
            reference(subject, kind: "actor", in: ids.actors, at: source["subjects[\(index)]"])
        }
        for (index, weapon) in claim.weapons.enumerated() {
            reference(weapon, kind: "weapon", in: ids.weapons, at: source["weapons[\(index)]"])
        }
        for (index, answered) in claim.respondsTo.enumerated() {
            let location = source["responds_to[\(index)]"]
            if answered == claim.id {
                diagnostics.append(.error(location, "claim '\(answered)' cannot respond to itself"))
            } else {
                reference(answered, kind: "claim", in: ids.claims, at: location)
            }
        }
        for (index, cited) in claim.sources.enumerated() {
            reference(cited.article, kind: "article", in: ids.articles, at: source["sources[\(index)].article"])
        }
    }

    /// A source's date against its article's, and its quote against the article's text.
    private mutating func checkSource(of claim: Claim, at index: Int, in article: Article) {
        if claim.said.earliestDay > article.published.anchor.latestDay {
            byArticle[article.id, default: []].append(
                .warning(
                    claim.source["said"],
                    "claim '\(claim.id)' is dated \(claim.said.display), after article '\(article.id)' that reports it was published (\(article.published.display))",
                    hint: "check the 'said' date"))
        }
        if let quote = claim.sources[index].quote {
            checkQuote(quote, in: article, at: claim.source["sources[\(index)].quote"])
        }
    }

    private mutating func checkQuote(_ quote: String, in article: Article, at location: SourceLocation) {
        let result = quoteCheck(article.id, quote)
        if result == .found { return }
        let hint: String
        switch result {
        case .spansBlocks: hint = "the quote runs across two paragraphs; quote from one paragraph at a time"
        case .departs(let departure): hint = departure.hint
        default: hint = "a quote must appear in the article's text (case, spacing, emphasis and quote or dash styles may differ)"
        }
        byArticle[article.id, default: []].append(.error(location, "quote not found in article '\(article.id)'", hint: hint))
    }

    // MARK: Unused entries

    private mutating func checkUnused() {
        // With a claims file or a claim unread, which entries no claim names is a guess: say nothing.
        guard report.unreadable[.claims]?.isEmpty ?? true, report.unreadClaims.isEmpty, report.unreadableFolders.isEmpty else { return }
        var citedArticles: Set<String> = [], involvedActors: Set<String> = []
        var namedWeapons: Set<String> = [], discussedTopics: Set<String> = []
        for claim in report.claims {
            citedArticles.formUnion(claim.sources.map(\.article))
            involvedActors.insert(claim.actor)
            involvedActors.formUnion(claim.subjects)
            namedWeapons.formUnion(claim.weapons)
            if let topic = claim.topic { discussedTopics.insert(topic) }
        }
        for topic in report.topics.values { namedWeapons.formUnion(topic.weapons) }
        // A reference written as a name rather than an id (`actor: Kyrylo Budanov`) has its own
        // error; the entry it means is not also unused.
        func withMeant(_ references: Set<String>) -> Set<String> {
            references.union(references.lazy.filter { !Identifier.isValid($0) }.compactMap(Identifier.suggestion))
        }
        (citedArticles, involvedActors) = (withMeant(citedArticles), withMeant(involvedActors))
        (namedWeapons, discussedTopics) = (withMeant(namedWeapons), withMeant(discussedTopics))
        // A family counts as named when one of its members is.
        for weapon in namedWeapons {
            var parent = report.weapons[weapon]?.parent
            var guardCount = 0
            while let id = parent, guardCount < report.weapons.count {
                namedWeapons.insert(id)
                parent = report.weapons[id]?.parent
                guardCount += 1
            }
        }
        // An entry whose file name is not an id has its own error; claims name it by the id it
        // is meant to have, so whether they do is told once it has that id.
        for article in report.articles.values where !citedArticles.contains(article.id) && Identifier.isValid(article.id) {
            diagnostics.append(
                .warning(
                    article.source.origin, "no claim cites article '\(article.id)'",
                    hint: "add a claim with `sources: [{article: \(article.id)}]`, or remove the article"))
        }
        for actor in report.actors.values where !involvedActors.contains(actor.id) && Identifier.isValid(actor.id) {
            diagnostics.append(
                .warning(
                    actor.source.origin, "no claim involves actor '\(actor.id)'", hint: "name it as a claim's 'actor' or in its 'subjects'")
            )
        }
        for weapon in report.weapons.values where !namedWeapons.contains(weapon.id) && Identifier.isValid(weapon.id) {
            diagnostics.append(
                .warning(weapon.source.origin, "no claim names weapon '\(weapon.id)'", hint: "list it in a claim's 'weapons'"))
        }
        for topic in report.topics.values where !discussedTopics.contains(topic.id) && Identifier.isValid(topic.id) {
            diagnostics.append(
                .warning(
                    topic.source.origin, "no claim takes a stance on topic '\(topic.id)'",
                    hint: "give a claim `topic: \(topic.id)` and a 'stance'"))
        }
    }
}
