/// Who said what about whom: the relations between entries, computed once per build so that
/// page builders only look things up. Every list is in timeline order.
public struct ReportIndex: Sendable {
    public private(set) var claimsByID: [String: Claim]
    /// All claims in timeline order (date, precision, id).
    public private(set) var timeline: [Claim]
    public private(set) var claimsByActor: [String: [Claim]]
    public private(set) var claimsAboutActor: [String: [Claim]]
    public private(set) var claimsByWeapon: [String: [Claim]]
    public private(set) var claimsByTopic: [String: [Claim]]
    public private(set) var claimsByArticle: [String: [Claim]]
    /// Each year's claims, by the year of their dates' anchors.
    public private(set) var claimsByYear: [Int: [Claim]]
    /// Claim id to the claims that answer it.
    public private(set) var responses: [String: [Claim]]
    /// Weapon id to its direct members, sorted by name.
    public let familyMembers: [String: [String]]
    /// Actor id to the actors affiliated with it, sorted by name.
    public let affiliates: [String: [String]]
    /// Actor id to weapons it produces.
    public let weaponsByOrigin: [String: [String]]
    /// Weapon id to the topics that list it.
    public let topicsByWeapon: [String: [String]]

    public init(report: Report) {
        var byID: [String: Claim] = [:]
        for claim in report.claims where byID[claim.id] == nil { byID[claim.id] = claim }
        claimsByID = byID
        let timeline = Self.inTimelineOrder(Array(byID.values))
        self.timeline = timeline
        var byActor: [String: [Claim]] = [:], about: [String: [Claim]] = [:], byWeapon: [String: [Claim]] = [:]
        var byTopic: [String: [Claim]] = [:], byArticle: [String: [Claim]] = [:], responses: [String: [Claim]] = [:]
        var byYear: [Int: [Claim]] = [:]
        for claim in timeline {
            byYear[claim.said.anchor.year, default: []].append(claim)
            byActor[claim.actor, default: []].append(claim)
            for subject in Self.unique(claim.subjects) { about[subject, default: []].append(claim) }
            for weapon in Self.unique(claim.weapons) { byWeapon[weapon, default: []].append(claim) }
            if let topic = claim.topic { byTopic[topic, default: []].append(claim) }
            for article in Self.unique(claim.sources.map(\.article)) { byArticle[article, default: []].append(claim) }
            for answered in Self.unique(claim.respondsTo) { responses[answered, default: []].append(claim) }
        }
        claimsByActor = byActor
        claimsByYear = byYear
        claimsAboutActor = about
        claimsByWeapon = byWeapon
        claimsByTopic = byTopic
        claimsByArticle = byArticle
        self.responses = responses
        var members: [String: [String]] = [:], origins: [String: [String]] = [:]
        for weapon in report.weapons.values.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) {
            if let parent = weapon.parent { members[parent, default: []].append(weapon.id) }
            if let origin = weapon.origin { origins[origin, default: []].append(weapon.id) }
        }
        familyMembers = members
        weaponsByOrigin = origins
        var affiliates: [String: [String]] = [:]
        for actor in report.actors.values.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) {
            if let affiliation = actor.affiliation { affiliates[affiliation, default: []].append(actor.id) }
        }
        self.affiliates = affiliates
        var topicsByWeapon: [String: [String]] = [:]
        for topic in report.topics.values.sorted(by: { $0.id < $1.id }) {
            for weapon in topic.weapons { topicsByWeapon[weapon, default: []].append(topic.id) }
        }
        self.topicsByWeapon = topicsByWeapon
    }

    /// The same index with new values for claims whose relations did not change: same actor,
    /// subjects, weapons, topic, date, answers and cited articles, so every list keeps its
    /// members and order, and only the values in it are replaced.
    func replacing(_ claims: [String: Claim]) -> ReportIndex {
        var index = self
        let positions = Dictionary(
            uniqueKeysWithValues: timeline.enumerated().filter { claims[$0.element.id] != nil }.map { ($0.element.id, $0.offset) })
        func replace(_ claim: Claim, in lists: inout [String: [Claim]], under keys: [String]) {
            for key in Self.unique(keys) {
                guard let position = lists[key]?.firstIndex(where: { $0.id == claim.id }) else { continue }
                lists[key]?[position] = claim
            }
        }
        for (id, claim) in claims {
            index.claimsByID[id] = claim
            if let position = positions[id] { index.timeline[position] = claim }
            replace(claim, in: &index.claimsByActor, under: [claim.actor])
            replace(claim, in: &index.claimsAboutActor, under: claim.subjects)
            replace(claim, in: &index.claimsByWeapon, under: claim.weapons)
            replace(claim, in: &index.claimsByTopic, under: claim.topic.map { [$0] } ?? [])
            replace(claim, in: &index.claimsByArticle, under: claim.sources.map(\.article))
            replace(claim, in: &index.responses, under: claim.respondsTo)
            let year = claim.said.anchor.year
            if let position = index.claimsByYear[year]?.firstIndex(where: { $0.id == id }) { index.claimsByYear[year]?[position] = claim }
        }
        return index
    }

    /// Each id once, in order. The lists are a few ids long: no Set to allocate per claim.
    private static func unique(_ ids: [String]) -> [String] {
        ids.count < 2 ? ids : ids.enumerated().filter { index, id in !ids[..<index].contains(id) }.map(\.element)
    }

    /// Claims sorted by `timelineOrder`, through keys computed once per claim: sorting 30,000
    /// claims by comparing them directly moved the large structs and redid the date arithmetic
    /// at every comparison.
    static func inTimelineOrder(_ claims: [Claim]) -> [Claim] {
        let keys = claims.map { claim in
            let day = claim.said.earliestDay
            return (day.year, day.month, day.day, claim.said.precision.rawValue, claim.id)
        }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { claims[$0] }
    }

    /// Timeline order of CONTENT.md: earliest day, coarser precision first, then id.
    public static func timelineOrder(_ lhs: Claim, _ rhs: Claim) -> Bool {
        PartialDate.timelineOrder(lhs.said, rhs.said) ?? (lhs.id < rhs.id)
    }

    /// A weapon and every member below it, depth first, cycles cut.
    public func family(of weapon: String) -> [String] {
        var result: [String] = [], stack = [weapon], seen: Set<String> = []
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            stack += (familyMembers[next] ?? []).reversed()
        }
        return result
    }

    /// How many claims are about a weapon or any member of its family, each counted once:
    /// what list pages show, without sorting the claims themselves.
    public func claimCountForFamily(of weapon: String) -> Int {
        var seen: Set<String> = []
        for member in family(of: weapon) {
            for claim in claimsByWeapon[member] ?? [] { seen.insert(claim.id) }
        }
        return seen.count
    }

    /// Claims about a weapon or any member of its family, in timeline order, each once.
    public func claimsForFamily(of weapon: String) -> [Claim] {
        var seen: Set<String> = []
        return family(of: weapon).flatMap { claimsByWeapon[$0] ?? [] }
            .filter { seen.insert($0.id).inserted }
            .sorted(by: Self.timelineOrder)
    }
}
