import Foundation

/// Turns one file's text into model values, strictly: every field is checked for type and name.
enum EntryParser {
    /// `previous`, the last read of the same file, lets a claims file be re-read item by item.
    static func parse(_ file: SourceFile, kind: ContentKind, previous: ParsedFile? = nil) -> ParsedFile {
        if kind == .claims, let previous, let reread = rereadClaims(file, previous: previous) { return reread }
        var diagnostics: [Diagnostic] = []
        var unreadClaims: [ClaimReferences] = []
        let content: ParsedFile.Content
        switch kind {
        case .site: content = parseSite(file, &diagnostics).map(ParsedFile.Content.site) ?? .nothing
        case .claims: content = parseClaims(file, &diagnostics, unread: &unreadClaims).map(ParsedFile.Content.claims) ?? .nothing
        case .article, .actor, .weapon, .topic:
            content = parseEntry(file, kind: kind, &diagnostics)
        }
        var parsed = ParsedFile(path: file.path, kind: kind, content: content, diagnostics: diagnostics, unreadClaims: unreadClaims)
        if case .claims(let claims) = content, diagnostics.isEmpty, unreadClaims.isEmpty,
            let chunks = ClaimChunks(file.text), chunks.chunks.count == claims.count
        {
            parsed.claimChunks = chunks
        }
        return parsed
    }

    /// The id of a Markdown entry: its file name without the extension.
    static func identifier(of path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension
    }

    // MARK: site.yml

    private static func parseSite(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> SiteSettings? {
        guard let node = YAMLSource.compose(file.text, path: file.path, diagnostics: &diagnostics) else {
            if diagnostics.isEmpty {
                diagnostics.append(.error(SourceLocation(path: file.path), "site.yml is empty", hint: "add at least `title: …`"))
            }
            return nil
        }
        guard var reader = FieldReader(node, path: file.path, firstLine: 1, entryKind: "site.yml", diagnostics: &diagnostics) else {
            return nil
        }
        let title = reader.string("title", required: true)
        let description = reader.string("description")
        var baseURL = reader.string("base_url")
        let language = reader.string("language") ?? "en"
        let unsafeHTML = reader.bool("unsafe_html") ?? false
        reader.finish()
        if let url = baseURL {
            let components = URLComponents(string: url)
            if URLRules.isAbsoluteWebURL(url), components?.query != nil || components?.fragment != nil {
                // Page paths are appended to it: "https://example.org/?a=1/claims/x/" would be no page at all.
                reader.diagnostics.append(
                    .error(
                        reader.sourceMap["base_url"], "base_url '\(url)' has a query or fragment; page paths are added to its end",
                        hint: "write it like https://example.org/report/"))
                baseURL = nil
            } else if URLRules.isAbsoluteWebURL(url) {
                if !url.hasSuffix("/") { baseURL = url + "/" }
            } else {
                reader.diagnostics.append(
                    .error(
                        reader.sourceMap["base_url"], "base_url '\(url)' is not an absolute http(s) URL",
                        hint: "write it like https://example.org/report/"))
                baseURL = nil
            }
        }
        if let problem = LanguageTag.problem(language, at: reader.sourceMap["language"], examples: "en, en-GB, uk, fa") {
            reader.diagnostics.append(problem)
        }
        diagnostics += reader.diagnostics
        guard let title else { return nil }
        return SiteSettings(
            title: title, description: description, baseURL: baseURL, language: language, unsafeHTML: unsafeHTML, source: reader.sourceMap)
    }

    // MARK: Markdown entries

    private static func parseEntry(_ file: SourceFile, kind: ContentKind, _ diagnostics: inout [Diagnostic]) -> ParsedFile.Content {
        let id = identifier(of: file.path)
        if Identifier.isTooLong(id) {
            diagnostics.append(
                .error(
                    SourceLocation(path: file.path),
                    "the file name '\(Identifier.abbreviated(id))' is too long for an id: \(id.utf8.count) characters, "
                        + "and ids are at most \(Identifier.maximumLength)",
                    hint: "shorten the file's name: an id becomes a folder's name in the site"))
        } else if !Identifier.isValid(id) {
            diagnostics.append(
                .error(
                    SourceLocation(path: file.path), "the file name '\(id)' is not a valid id",
                    hint: "ids are lowercase letters and digits joined by single hyphens"
                        + (Identifier.suggestion(for: id).map { "; rename it '\($0).md'" } ?? "")))
        }
        guard let split = FrontMatter.split(file, diagnostics: &diagnostics) else { return .nothing }
        let reported = diagnostics.count
        // Front matter without a document (empty, or only comments) has no fields: the missing
        // ones are reported, rather than the entry dropped without a word.
        let node =
            YAMLSource.compose(split.yaml, path: file.path, firstLine: split.yamlLine, diagnostics: &diagnostics)
            ?? (diagnostics.count == reported ? YAMLNode.mapping([], .start) : nil)
        guard let node,
            var reader = FieldReader(node, path: file.path, firstLine: split.yamlLine, entryKind: kind.rawValue, diagnostics: &diagnostics)
        else { return .nothing }
        defer { diagnostics += reader.diagnostics }
        let body = split.body
        let line = split.bodyLine
        switch kind {
        case .article:
            let title = reader.string("title", required: true)
            let published = reader.date("published", required: true, allowsTime: true)
            let outlet = reader.string("outlet")
            let url = reader.string("url")
            let language = reader.string("language")
            let author = reader.string("author")
            reader.finish()
            if let url, !URLRules.isAbsoluteWebURL(url) {
                reader.diagnostics.append(
                    .error(
                        reader.sourceMap["url"], "url '\(url)' is not an http or https URL",
                        hint: "write the full address, starting with https://"))
            }
            if let language, let problem = LanguageTag.problem(language, at: reader.sourceMap["language"], examples: "en, pt-BR, uk") {
                reader.diagnostics.append(problem)
            }
            guard let title, let published else { return .nothing }
            return .article(
                Article(
                    id: id, title: title, published: published, outlet: outlet, url: url, language: language, author: author,
                    body: body, bodyLine: line, source: reader.sourceMap))
        case .actor:
            let name = reader.string("name", required: true)
            let actorKind: Actor.Kind? = reader.choice("kind", required: true)
            let aliases = reader.list("aliases").map(\.text)
            let affiliation = reader.identifier("affiliation")
            let role = reader.string("role")
            reader.finish()
            guard let name, let actorKind else { return .nothing }
            return .actor(
                Actor(
                    id: id, name: name, kind: actorKind, aliases: aliases, affiliation: affiliation, role: role, body: body,
                    bodyLine: line, source: reader.sourceMap))
        case .weapon:
            let name = reader.string("name", required: true)
            let category = reader.string("category", required: true)
            let aliases = reader.list("aliases").map(\.text)
            let origin = reader.identifier("origin")
            let parent = reader.identifier("parent")
            reader.finish()
            guard let name, let category else { return .nothing }
            return .weapon(
                Weapon(
                    id: id, name: name, category: category, aliases: aliases, origin: origin, parent: parent, body: body,
                    bodyLine: line, source: reader.sourceMap))
        case .topic:
            let title = reader.string("title", required: true)
            let status: Topic.Status? = reader.choice("status")
            let weapons = reader.identifierList("weapons")
            reader.finish()
            guard let title else { return .nothing }
            return .topic(
                Topic(id: id, title: title, status: status ?? .open, weapons: weapons, body: body, bodyLine: line, source: reader.sourceMap)
            )
        case .site, .claims:
            return .nothing
        }
    }

    // MARK: claims/*.yml

    /// The file's claims; nil when the file as a whole does not read (its YAML does not parse,
    /// or is not a list). An empty file holds no claims. `unread` gets what the claims that did
    /// not read refer to.
    /// `firstLine` is the line of the file the text starts on, for a part parsed on its own.
    private static func parseClaims(
        _ file: SourceFile, firstLine: Int = 1, _ diagnostics: inout [Diagnostic], unread: inout [ClaimReferences]
    ) -> [Claim]? {
        let reported = diagnostics.count
        guard let node = YAMLSource.compose(file.text, path: file.path, firstLine: firstLine, diagnostics: &diagnostics) else {
            guard diagnostics.count > reported else { return [] }
            unread += likelyClaimIDs(in: file)
            return nil
        }
        guard case .sequence(let items, _) = node else {
            diagnostics.append(
                .error(
                    YAMLSource.location(node.mark, path: file.path, firstLine: firstLine),
                    "a claims file is a YAML list of claims, found \(FieldReader.describe(node))",
                    hint: "start each claim with '- id: …'"))
            return nil
        }
        var claims: [Claim] = []
        for item in items {
            guard var reader = FieldReader(item, path: file.path, firstLine: firstLine, entryKind: "claim", diagnostics: &diagnostics)
            else {
                continue
            }
            switch parseClaim(&reader) {
            case .read(let claim): claims.append(claim)
            case .unread(let claim): unread.append(claim)
            }
            diagnostics += reader.diagnostics
        }
        return claims
    }

    /// A claims file read again from its last clean read: each item whose text and first line
    /// are unchanged keeps its claim, and only the others are parsed, each on its own. Nil, for
    /// the file to be parsed whole, when either read cannot be cut into items or an item parsed
    /// on its own has any problem (the whole file's parse says it in its context).
    private static func rereadClaims(_ file: SourceFile, previous: ParsedFile) -> ParsedFile? {
        guard let old = previous.claimChunks, case .claims(let oldClaims) = previous.content, oldClaims.count == old.chunks.count,
            let new = ClaimChunks(file.text)
        else { return nil }
        var unchanged: [ClaimChunks.Chunk: Int] = [:]
        for (index, chunk) in old.chunks.enumerated() { unchanged[chunk] = index }
        var claims: [Claim] = []
        claims.reserveCapacity(new.chunks.count)
        var text = file.text
        for chunk in new.chunks {
            if let index = unchanged[chunk] {
                claims.append(oldClaims[index])
                continue
            }
            let item = text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[chunk.bytes]), as: UTF8.self) }
            var diagnostics: [Diagnostic] = []
            var unread: [ClaimReferences] = []
            guard let parsed = parseClaims(SourceFile(path: file.path, text: item), firstLine: chunk.line, &diagnostics, unread: &unread),
                parsed.count == 1, diagnostics.isEmpty, unread.isEmpty
            else { return nil }
            claims.append(parsed[0])
        }
        return ParsedFile(path: file.path, kind: .claims, content: .claims(claims), diagnostics: [], claimChunks: new)
    }

    /// The ids that a claims file whose YAML does not parse most likely defines, read off its
    /// `id:` lines: claims answering one of them are not told that it is unknown (the file's
    /// own error is the one to fix), and "did you mean" does not point at some other claim.
    static func likelyClaimIDs(in file: SourceFile) -> [ClaimReferences] {
        var found: [ClaimReferences] = []
        for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line.drop(while: { $0 == " " })
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop(while: { $0 == " " }) }
            guard rest.hasPrefix("id:") else { continue }
            var value = rest.dropFirst(3)
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            let id = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\"'"))
            guard Identifier.isValid(id) else { continue }
            let location = SourceLocation(path: file.path, line: index + 1)
            found.append(
                ClaimReferences(
                    id: id, actor: nil, topic: nil, subjects: [], weapons: [], respondsTo: [], sources: [],
                    source: SourceMap(origin: location)))
        }
        return found
    }

    private enum ParsedClaim {
        case read(Claim)
        /// A field it cannot do without did not read: what it refers to.
        case unread(ClaimReferences)
    }

    private static func parseClaim(_ reader: inout FieldReader) -> ParsedClaim {
        let id = reader.identifier("id", required: true)
        let actor = reader.identifier("actor", required: true)
        let said = reader.date("said", required: true)
        let text = reader.string("text", required: true)
        let topic = reader.identifier("topic")
        let diagnosticsBeforeStance = reader.diagnostics.count
        let stance: Claim.Stance? = reader.choice("stance")
        // A stance that was written but is not valid has its own error; it is not also a missing stance.
        let stanceIsInvalid = reader.diagnostics.count > diagnosticsBeforeStance
        let subjects = reader.identifierList("subjects")
        let weapons = reader.identifierList("weapons")
        let refersTo = reader.date("refers_to")
        let refersToText = reader.string("refers_to_text")
        let venue = reader.string("venue")
        let respondsTo = reader.identifierList("responds_to")
        let sources = parseSources(&reader)
        reader.finish()
        if (topic == nil) != (stance == nil), !stanceIsInvalid {
            let (present, absent) = topic == nil ? ("stance", "topic") : ("topic", "stance")
            reader.diagnostics.append(
                .error(
                    reader.sourceMap[present], "a claim with a '\(present)' needs a '\(absent)' too",
                    hint: "'topic' and 'stance' go together: the stance is the claim's position toward the topic"))
        }
        if refersToText != nil && refersTo == nil && reader.sourceMap.location(of: "refers_to") == nil {
            reader.diagnostics.append(
                .warning(
                    reader.sourceMap["refers_to_text"], "'refers_to_text' without 'refers_to'",
                    hint: "add the period it means as a date, e.g. refers_to: 2022-06/2022-08"))
        }
        guard let id, let actor, let said, let text else {
            return .unread(
                ClaimReferences(
                    id: id, actor: actor, topic: topic, subjects: subjects, weapons: weapons, respondsTo: respondsTo,
                    sources: sources ?? [], source: reader.sourceMap))
        }
        return .read(
            Claim(
                id: id, actor: actor, said: said, text: text, topic: topic, stance: stance, subjects: subjects, weapons: weapons,
                refersTo: refersTo, refersToText: refersToText, venue: venue, respondsTo: respondsTo, sources: sources ?? [],
                source: reader.sourceMap))
    }

    private static func parseSources(_ reader: inout FieldReader) -> [Claim.Source]? {
        guard let node = reader.node("sources") else {
            reader.diagnostics.append(
                .error(reader.origin, "a claim needs at least one source", hint: "add `sources:` with `- article: <article id>`"))
            return nil
        }
        guard case .sequence(let items, _) = node, items.count > 0 else {
            // `article:` written under `sources:` without its '- ', or the article's id alone: say
            // what to write, not "add" an item, which read as adding a line.
            let hint: String
            switch node {
            case .mapping: hint = "make it a list item: put '- ' before its first field, `- article: …`"
            case .scalar(let scalar) where !scalar.string.isEmpty: hint = "write it as a list item: `- article: \(scalar.string)`"
            default: hint = "add `- article: <article id>`"
            }
            reader.diagnostics.append(.error(reader.location(node), "'sources' must be a list of `- article: …` items", hint: hint))
            return nil
        }
        var sources: [Claim.Source] = []
        for item in items {
            if case .scalar(let scalar) = item {
                // `sources: [2022-12-24-interview]`: the article's id without its field's name.
                reader.diagnostics.append(
                    .error(
                        reader.location(item), "expected the fields of a source as `name: value` lines, found the value '\(scalar.string)'",
                        hint:
                            "name the article with 'article:': `- article: \(scalar.string)`, or `[{article: \(scalar.string)}]` in brackets"
                    ))
                continue
            }
            var diagnostics: [Diagnostic] = []
            guard
                var sourceReader = FieldReader(
                    item, path: reader.path, firstLine: reader.firstLine, entryKind: "source", diagnostics: &diagnostics)
            else {
                reader.diagnostics += diagnostics
                continue
            }
            let article = sourceReader.identifier("article", required: true)
            let quote = sourceReader.string("quote")
            sourceReader.finish()
            reader.diagnostics += diagnostics + sourceReader.diagnostics
            guard let article else { continue }
            // Keyed by the position in `Claim.sources`, which checks far from here index by.
            let index = sources.count
            for (field, location) in sourceReader.sourceMap.fields {
                reader.recordField("sources[\(index)].\(field)", at: location)
            }
            reader.recordField("sources[\(index)]", at: sourceReader.origin)
            sources.append(Claim.Source(article: article, quote: quote))
        }
        return sources
    }
}
