import Foundation

/// The files for machines rather than readers: the Atom feed, the sitemap, claims.json and the
/// search index.
enum MachineFiles {
    /// Atom: the latest claims, newest first. Without a base URL, ids are URNs and links relative.
    static func feed(_ site: SiteContext) -> String {
        let base = site.report.site.baseURL
        let claims = Array(site.index.timeline.reversed().prefix(50))
        func link(_ path: String) -> String { base.map { SiteURL.absolute(path, base: $0) } ?? path }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTMLEscaping.escapeHTML(site.report.site.language))">
              <title>\(HTMLEscaping.escapeHTML(site.report.site.title))</title>
              <id>\(HTMLEscaping.escapeHTML(base ?? "urn:dossier:site"))</id>
              <link rel="alternate" type="text/html" href="\(HTMLEscaping.escapeHTML(link("index.html")))"/>
              <link rel="self" type="application/atom+xml" href="\(HTMLEscaping.escapeHTML(link("feed.xml")))"/>
              <updated>\(claims.first?.said.rfc3339 ?? "1970-01-01T00:00:00Z")</updated>
              <generator>Dossier</generator>

            """
        for claim in claims {
            let actor = site.actorName(claim.actor)
            xml += """
                  <entry>
                    <title>\(HTMLEscaping.escapeHTML("\(actor): \(claim.text)"))</title>
                    <id>\(HTMLEscaping.escapeHTML(base.map { SiteURL.absolute(SiteURL.claim(claim.id), base: $0) } ?? "urn:dossier:claim:\(claim.id)"))</id>
                    <link rel="alternate" type="text/html" href="\(HTMLEscaping.escapeHTML(link(SiteURL.claim(claim.id))))"/>
                    <updated>\(claim.said.rfc3339)</updated>
                    <author><name>\(HTMLEscaping.escapeHTML(actor))</name></author>
                    <summary>\(HTMLEscaping.escapeHTML("\(claim.said.display): \(claim.text)"))</summary>
                  </entry>

                """
        }
        return xml + "</feed>\n"
    }

    /// Every HTML page but the 404 page, as absolute URLs.
    static func sitemap(pages: [OutputPath], base: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() where page.value.hasSuffix(".html") && page.value != "404.html" {
            xml += "  <url><loc>\(HTMLEscaping.escapeHTML(SiteURL.absolute(page.value, base: base)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// Every claim with its references resolved, for other tools.
    /// Handed over in pieces as it is made (see `JSONText.write(_:pretty:suffix:pieceSize:to:)`).
    static func claimsJSON(_ site: SiteContext, to emit: ([UInt8]) throws -> Void) throws {
        let report = site.report
        // Each claim is encoded as the file reaches it; when more builds follow, the encoding
        // is kept for the next, where the edit leaves the claim be.
        let claims = site.index.timeline.map { claim in
            deferred(claim.id, cache: site.claimJSONCache, pretty: true, depth: 2) { .object(claimObject(claim, site)) }
        }
        var root: JSONObject = ["title": .string(report.site.title), "language": .string(report.site.language), "claims": .array(claims)]
        root["base_url"] = report.site.baseURL.map(JSONValue.string)
        try JSONText.write(.object(root), pretty: true, suffix: "\n", to: emit)
    }

    /// One claim of claims.json, with its references resolved.
    private static func claimObject(_ claim: Claim, _ site: SiteContext) -> JSONObject {
        let report = site.report
        func named(_ id: String, _ name: String) -> JSONValue { ["id": .string(id), "name": .string(name)] }
        var object: JSONObject = [
            "actor": named(claim.actor, site.actorName(claim.actor)),
            "id": .string(claim.id),
            "responded_by": .strings((site.index.responses[claim.id] ?? []).map(\.id)),
            "responds_to": .strings(claim.respondsTo),
            "said": ["display": .string(claim.said.display), "earliest": .string(claim.said.isoDay), "text": .string(claim.said.text)],
            "sources": .array(
                claim.sources.map { source in
                    let article = report.articles[source.article]
                    var object: JSONObject = [
                        "article": .string(source.article), "page": .string(SiteURL.article(source.article)),
                        "published": .string(article?.published.text ?? ""), "title": .string(article?.title ?? ""),
                    ]
                    object["quote"] = source.quote.map(JSONValue.string)
                    object["outlet"] = article?.outlet.map(JSONValue.string)
                    object["url"] = article?.url.map(JSONValue.string)
                    return .object(object)
                }),
            "subjects": .array(claim.subjects.map { named($0, site.actorName($0)) }),
            "text": .string(claim.text),
            "url": .string(SiteURL.claim(claim.id)),
            "weapons": .array(claim.weapons.map { named($0, site.weaponName($0)) }),
        ]
        if let topic = claim.topic, let stance = claim.stance {
            object["topic"] = ["id": .string(topic), "title": .string(report.topics[topic]?.title ?? topic)]
            object["stance"] = .string(stance.rawValue)
        }
        if let refersTo = claim.refersTo {
            object["refers_to"] = ["display": .string(refersTo.display), "text": .string(refersTo.text)]
        }
        object["refers_to_text"] = claim.refersToText.map(JSONValue.string)
        object["venue"] = claim.venue.map(JSONValue.string)
        return object
    }

    /// The search index as a script, so that search works from file:// where fetch() does not.
    /// Handed over in pieces as it is made, each entry encoded when the text reaches it.
    static func searchIndex(_ site: SiteContext, to emit: ([UInt8]) throws -> Void) throws {
        var entries = site.index.timeline.map { claim in
            deferred(claim.id, cache: site.searchEntryCache, forScript: true) { searchEntry(claim, site) }
        }
        entries += site.articleOrder.map { id in
            JSONValue.deferred {
                guard let article = site.report.articles[id] else { return [:] }
                // The outlet, the author and the names the article mentions: "shahed" finds the
                // articles about the drone, not only those with it in the title.
                let mentioned = (site.articles[id]?.mentionedKeys ?? []).map(site.mentionedName)
                let more = ([article.outlet, article.author].compactMap { $0 } + mentioned).joined(separator: " ")
                return entry("Article", article.title, SiteURL.article(id), article.published.display, more)
            }
        }
        for actor in site.report.actors.values.sorted(by: { $0.id < $1.id }) {
            entries.append(
                entry("Actor", actor.name, SiteURL.actor(actor.id), "", (actor.aliases + [actor.role ?? ""]).joined(separator: " ")))
        }
        for weapon in site.report.weapons.values.sorted(by: { $0.id < $1.id }) {
            entries.append(
                entry("Weapon", weapon.name, SiteURL.weapon(weapon.id), weapon.category, weapon.aliases.joined(separator: " ")))
        }
        for topic in site.report.topics.values.sorted(by: { $0.id < $1.id }) {
            entries.append(entry("Topic", topic.title, SiteURL.topic(topic.id), topic.status.label, ""))
        }
        try JSONText.write(.array(entries), forScript: true, prefix: "window.DOSSIER_SEARCH = ", suffix: ";\n", to: emit)
    }

    /// One entry of the search index, its keys short because the file is loaded whole: kind,
    /// title, address, what the results show beside the kind (a date, a weapon's category, a
    /// topic's status), and more text to search.
    private static func entry(_ kind: String, _ title: String, _ address: String, _ date: String, _ more: String) -> JSONValue {
        ["d": .string(date), "h": .string(address), "k": .string(kind), "t": .string(title), "x": .string(more)]
    }

    /// A claim's entry, made when the file's text reaches it: the object itself, or, when the
    /// cache keeps encodings for the next build, its text, encoded once with the file's settings.
    private static func deferred(
        _ id: String, cache: KeyedCache<String>, pretty: Bool = false, forScript: Bool = false, depth: Int = 0,
        _ make: @escaping () -> JSONValue
    ) -> JSONValue {
        .deferred {
            guard cache.keeps else { return make() }
            return .encoded(cache.value(id) { JSONText.encode(make(), pretty: pretty, forScript: forScript, depth: depth) })
        }
    }

    /// One claim's entry in the search index.
    private static func searchEntry(_ claim: Claim, _ site: SiteContext) -> JSONValue {
        entry(
            "Claim", "\(site.actorName(claim.actor)): \(claim.text)", SiteURL.claim(claim.id), claim.said.display,
            claim.sources.compactMap(\.quote).joined(separator: " … "))
    }
}
