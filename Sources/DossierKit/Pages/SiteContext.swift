import Foundation

/// Everything page builders share, computed once per build: the report, its index, the
/// rendered Markdown, and each claim's list item (links relative to the site's root).
public final class SiteContext: @unchecked Sendable {
    public let report: Report
    public let index: ReportIndex
    /// Each article's rendered Markdown; without its HTML when `lateHTML` makes it.
    public let articles: [String: RenderedArticle]
    /// Makes an article's HTML when its page needs it, in a single build (see `LateArticleHTML`).
    let lateHTML: LateArticleHTML?
    /// Rendered profiles and contexts: `actor:iran`, `weapon:shahed-136`, `topic:x`, `site`.
    public let html: [String: String]
    /// Entity key (`actor:iran`) to the ids of the articles that mention it, newest first.
    public let mentionedIn: [String: [String]]
    /// Claim list items, built when a page first needs one: a rebuild after an edit renders a
    /// few pages and so builds a few items, not one per claim.
    private let itemCache = KeyedCache<TemplateRecord>()
    private let linkCache = KeyedCache<TemplateRecord>()
    /// Each claim's entry in claims.json and in the search index, encoded; kept only for the
    /// next build (each is used once a build).
    let claimJSONCache: KeyedCache<String>
    let searchEntryCache: KeyedCache<String>
    /// The quoted passages marked in each article, kept so that a rebuild can reuse them.
    let quoteMarks: [String: [QuoteMark]]
    /// Article ids, newest first.
    public let articleOrder: [String]
    /// `{name, href}` of each actor, weapon and topic, made once and shared by every page and
    /// claim item that links to it.
    private let actorLinks: [String: TemplateRecord]
    private let weaponLinks: [String: TemplateRecord]
    private let topicLinks: [String: TemplateRecord]
    /// The layout's `site` values, the same on every page.
    let layoutSite: TemplateRecord

    /// `articleOrder` and `mentionedIn` may come from a previous build whose articles had the
    /// same dates and mentions: sorting and grouping 10,000 articles is most of this init's time.
    init(
        report: Report, index: ReportIndex, articles: [String: RenderedArticle], html: [String: String],
        quoteMarks: [String: [QuoteMark]] = [:], articleOrder: [String]? = nil, mentionedIn: [String: [String]]? = nil,
        keepsEncodings: Bool = true, lateHTML: LateArticleHTML? = nil
    ) {
        self.lateHTML = lateHTML
        claimJSONCache = KeyedCache(keeping: keepsEncodings)
        searchEntryCache = KeyedCache(keeping: keepsEncodings)
        self.quoteMarks = quoteMarks
        self.report = report
        self.index = index
        self.articles = articles
        self.html = html
        actorLinks = report.actors.mapValues { Self.link($0.name, SiteURL.actor($0.id)) }
        weaponLinks = report.weapons.mapValues { Self.link($0.name, SiteURL.weapon($0.id)) }
        topicLinks = report.topics.mapValues { Self.link($0.title, SiteURL.topic($0.id)) }
        layoutSite = Layout.siteRecord(report.site, descriptionHTML: html["site"])
        let order =
            articleOrder
            ?? report.articles.values.sorted { lhs, rhs in
                PartialDate.timelineOrder(rhs.published, lhs.published) ?? (lhs.id < rhs.id)
            }.map(\.id)
        self.articleOrder = order
        if let mentionedIn {
            self.mentionedIn = mentionedIn
        } else {
            var mentioned: [String: [String]] = [:]
            for id in order {
                for key in articles[id]?.mentionedKeys ?? [] { mentioned[key, default: []].append(id) }
            }
            self.mentionedIn = mentioned
        }
    }

    /// An article's HTML, with its quotes marked and first mentions linked.
    public func articleHTML(_ id: String) -> String {
        lateHTML?.html(id, annotations: articles[id]?.annotations) ?? articles[id]?.html ?? ""
    }

    /// The list item of a claim, shared by every page that lists it.
    func claimItem(_ claim: Claim) -> TemplateRecord {
        itemCache.value(claim.id) {
            ClaimItem(
                claim: claim, responses: index.responses[claim.id]?.count ?? 0, actor: actorLink(claim.actor),
                topic: claim.topic.flatMap { topicLinks[$0] }
            ).model
        }
    }

    public func actorName(_ id: String) -> String { report.actors[id]?.name ?? id }
    public func weaponName(_ id: String) -> String { report.weapons[id]?.name ?? id }
    /// The name of a mentioned actor or weapon, from its mention key (`actor:iran`, `weapon:x`).
    func mentionedName(_ key: String) -> String {
        key.hasPrefix("actor:") ? actorName(String(key.dropFirst(6))) : weaponName(String(key.drop { $0 != ":" }.dropFirst()))
    }

    /// `{name, href}` for entity links; an id the report lacks is its own name.
    func actorLink(_ id: String) -> TemplateRecord { actorLinks[id] ?? Self.link(id, SiteURL.actor(id)) }
    func weaponLink(_ id: String) -> TemplateRecord { weaponLinks[id] ?? Self.link(id, SiteURL.weapon(id)) }
    func topicLink(_ id: String) -> TemplateRecord { topicLinks[id] ?? Self.link(id, SiteURL.topic(id)) }

    private static func link(_ name: String, _ href: String) -> TemplateRecord {
        TemplateRecord(["name": name, "href": href])
    }

    /// Takes over the previous build's claim items, article links and encoded claims, but for
    /// those the edit can change. Valid only when no actor, weapon, topic or site setting
    /// changed: the values name those. `claims` must hold the claims whose replies changed too.
    func carryModels(from previous: SiteContext, changedClaims claims: Set<String>, changedArticles articles: Set<String>) {
        // Claim counts on article links follow the claims' sources, before and after.
        var links = articles
        var encoded = claims
        for id in claims {
            for index in [previous.index, index] { links.formUnion(index.claimsByID[id]?.sources.map(\.article) ?? []) }
        }
        // claims.json names the articles a claim cites.
        for id in articles {
            for index in [previous.index, index] { encoded.formUnion(index.claimsByArticle[id]?.map(\.id) ?? []) }
        }
        itemCache.carry(from: previous.itemCache, except: claims)
        linkCache.carry(from: previous.linkCache, except: links)
        claimJSONCache.carry(from: previous.claimJSONCache, except: encoded)
        searchEntryCache.carry(from: previous.searchEntryCache, except: claims)
    }

    private static let articleLinkShape = TemplateRecord.Shape([
        "title", "href", "published", "published_iso", "outlet", "claim_count", "claims_label",
    ])

    /// An article's list item, shared by every list and claim source that links to it.
    func articleLink(_ id: String) -> TemplateRecord {
        linkCache.value(id) { makeArticleLink(id) }
    }

    private func makeArticleLink(_ id: String) -> TemplateRecord {
        let article = report.articles[id]
        return TemplateRecord(Self.articleLinkShape, [
            "title": article?.title ?? id, "href": SiteURL.article(id),
            "published": article?.published.display ?? "", "published_iso": article?.published.machineReadable ?? "",
            "outlet": optional(article?.outlet), "claim_count": index.claimsByArticle[id]?.count ?? 0,
            "claims_label": Layout.claims(index.claimsByArticle[id]?.count ?? 0),
        ])
    }

    /// Claim items for a list of claims, in the order given.
    func items(_ claims: [Claim]) -> [TemplateRecord] {
        claims.map(claimItem)
    }

    /// Claims grouped by month (`December 2022`), in the order given.
    /// `withItems: false` leaves each month's list empty, for pages that show only the counts.
    public func byMonth(_ claims: [Claim], withItems: Bool = true) -> [[String: Any]] {
        monthGroups(claims).map { group in
            let items: [TemplateRecord] = withItems ? items(group.claims) : []
            return ["label": group.label, "anchor": group.anchor, "claims": items, "count": group.claims.count]
        }
    }

    /// Runs of claims in the same month, in the order given, with the month's label and anchor.
    func monthGroups(_ claims: [Claim]) -> [(label: String, anchor: String, claims: [Claim])] {
        var groups: [(year: Int, month: Int?, claims: [Claim])] = []
        for claim in claims {
            let point = claim.said.anchor
            if let last = groups.last, last.year == point.year, last.month == point.month {
                groups[groups.count - 1].claims.append(claim)
            } else {
                groups.append((point.year, point.month, [claim]))
            }
        }
        return groups.map { group in
            let year = yearText(group.year)
            let key = group.month.map { "\(year)-\(pad($0, 2))" } ?? year
            let label = group.month.map { "\(fullMonthNames[$0 - 1]) \(year)" } ?? "\(year) (month unknown)"
            return (label, "m-" + key, group.claims)
        }
    }

    /// Claims grouped by topic (topics by title, claims without a topic last).
    public func byTopic(_ claims: [Claim]) -> [[String: Any]] {
        var grouped: [String: [Claim]] = [:]
        for claim in claims { grouped[claim.topic ?? "", default: []].append(claim) }
        return grouped.keys.sorted { lhs, rhs in
            if lhs.isEmpty != rhs.isEmpty { return !lhs.isEmpty }
            return (report.topics[lhs]?.title ?? lhs) < (report.topics[rhs]?.title ?? rhs)
        }.map { key in
            [
                "topic": key.isEmpty ? Absent.value : topicLink(key),
                "label": key.isEmpty ? "Other statements" : (report.topics[key]?.title ?? key),
                "claims": items(grouped[key] ?? []),
            ]
        }
    }

    /// Articles (newest first) that mention an entity.
    func mentioning(_ key: String) -> [TemplateRecord] {
        (mentionedIn[key] ?? []).map(articleLink)
    }
}
