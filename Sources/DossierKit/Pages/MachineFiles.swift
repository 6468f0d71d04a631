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
        let claims: [Any] = site.index.timeline.map { claim in
            deferred(claim.id, cache: site.claimJSONCache, pretty: true, depth: 2) { claimObject(claim, site) }
        }
        var root: [String: Any] = ["title": report.site.title, "language": report.site.language, "claims": claims]
        if let base = report.site.baseURL { root["base_url"] = base }
        try JSONText.write(root, pretty: true, suffix: "\n", to: emit)
    }

    /// One claim of claims.json, with its references resolved.
    private static func claimObject(_ claim: Claim, _ site: SiteContext) -> [String: Any] {
        let report = site.report
        var object: [String: Any] = [
            "id": claim.id,
            "url": SiteURL.claim(claim.id),
            "text": claim.text,
            "actor": ["id": claim.actor, "name": site.actorName(claim.actor)],
            "said": ["text": claim.said.text, "display": claim.said.display, "earliest": claim.said.isoDay],
            "subjects": claim.subjects.map { ["id": $0, "name": site.actorName($0)] },
            "weapons": claim.weapons.map { ["id": $0, "name": site.weaponName($0)] },
            "responds_to": claim.respondsTo,
            "responded_by": (site.index.responses[claim.id] ?? []).map(\.id),
            "sources": claim.sources.map { source -> [String: Any] in
                let article = report.articles[source.article]
                var object: [String: Any] = [
                    "article": source.article, "title": article?.title ?? "",
                    "published": article?.published.text ?? "", "page": SiteURL.article(source.article),
                ]
                if let quote = source.quote { object["quote"] = quote }
                if let outlet = article?.outlet { object["outlet"] = outlet }
                if let url = article?.url { object["url"] = url }
                return object
            },
        ]
        if let topic = claim.topic, let stance = claim.stance {
            object["topic"] = ["id": topic, "title": report.topics[topic]?.title ?? topic]
            object["stance"] = stance.rawValue
        }
        if let refersTo = claim.refersTo {
            object["refers_to"] = ["text": refersTo.text, "display": refersTo.display]
        }
        if let text = claim.refersToText { object["refers_to_text"] = text }
        if let venue = claim.venue { object["venue"] = venue }
        return object
    }

    /// The search index as a script, so that search works from file:// where fetch() does not.
    /// Handed over in pieces as it is made, each entry encoded when the text reaches it.
    static func searchIndex(_ site: SiteContext, to emit: ([UInt8]) throws -> Void) throws {
        var entries: [Any] = site.index.timeline.map { claim in
            deferred(claim.id, cache: site.searchEntryCache, forScript: true) { searchEntry(claim, site) }
        }
        entries += site.articleOrder.map { id in
            JSONText.Deferred { () -> Any in
                guard let article = site.report.articles[id] else { return [String: Any]() }
                return [
                    "k": "Article", "t": article.title, "h": SiteURL.article(id), "d": article.published.display,
                    "x": article.outlet ?? "",
                ] as [String: Any]
            }
        }
        for actor in site.report.actors.values.sorted(by: { $0.id < $1.id }) {
            entries.append([
                "k": "Actor", "t": actor.name, "h": SiteURL.actor(actor.id), "d": "",
                "x": (actor.aliases + [actor.role ?? ""]).joined(separator: " "),
            ])
        }
        for weapon in site.report.weapons.values.sorted(by: { $0.id < $1.id }) {
            entries.append([
                "k": "Weapon", "t": weapon.name, "h": SiteURL.weapon(weapon.id), "d": "",
                "x": (weapon.aliases + [weapon.category]).joined(separator: " "),
            ])
        }
        for topic in site.report.topics.values.sorted(by: { $0.id < $1.id }) {
            entries.append(["k": "Topic", "t": topic.title, "h": SiteURL.topic(topic.id), "d": "", "x": topic.status.label])
        }
        try JSONText.write(entries, forScript: true, prefix: "window.DOSSIER_SEARCH = ", suffix: ";\n", to: emit)
    }

    /// A claim's entry, made when the file's text reaches it: the object itself, or, when the
    /// cache keeps encodings for the next build, its text, encoded once with the file's settings.
    private static func deferred(
        _ id: String, cache: KeyedCache<String>, pretty: Bool = false, forScript: Bool = false, depth: Int = 0,
        _ object: @escaping () -> [String: Any]
    ) -> JSONText.Deferred {
        JSONText.Deferred { () -> Any in
            guard cache.keeps else { return object() }
            return JSONText.Encoded(text: cache.value(id) { JSONText.encode(object(), pretty: pretty, forScript: forScript, depth: depth) })
        }
    }

    /// One claim's entry in the search index.
    private static func searchEntry(_ claim: Claim, _ site: SiteContext) -> [String: Any] {
        [
            "k": "Claim", "t": "\(site.actorName(claim.actor)): \(claim.text)", "h": SiteURL.claim(claim.id), "d": claim.said.display,
            "x": claim.sources.compactMap(\.quote).joined(separator: " "),
        ]
    }
}
