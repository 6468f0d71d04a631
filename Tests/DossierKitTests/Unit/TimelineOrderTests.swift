import XCTest

@testable import DossierKit

/// CONTENT.md: "Timelines order by the earliest day a date can mean, then by precision (coarser
/// first), then by id."
final class TimelineOrderTests: XCTestCase {
    private func claim(_ id: String, said: String) throws -> Claim {
        Claim(
            id: id, actor: "iran", said: try PartialDate.parse(said), text: id, topic: nil, stance: nil, subjects: [], weapons: [],
            refersTo: nil, refersToText: nil, venue: nil, respondsTo: [], sources: [.init(article: "a", quote: nil)],
            source: SourceMap(origin: SourceLocation(path: "claims/x.yml")))
    }

    private func order(_ claims: [(String, String)]) throws -> [String] {
        let report = Report(
            site: SiteSettings(title: "t", source: SourceMap(origin: SourceLocation(path: "site.yml"))),
            claims: try claims.map { try claim($0.0, said: $0.1) })
        return ReportIndex(report: report).timeline.map(\.id)
    }

    func testEarliestDayFirst() throws {
        XCTAssertEqual(
            try order([("c", "2023"), ("a", "2022-12-23"), ("b", "2022-12-24")]),
            ["a", "b", "c"])
        // A month starts on its first day: Dec 2022 comes before 2 Dec 2022.
        XCTAssertEqual(try order([("a", "2022-12-02"), ("b", "2022-12")]), ["b", "a"])
    }

    func testCoarserPrecisionFirstOnTheSameDay() throws {
        XCTAssertEqual(
            try order([("a", "2022-01-01"), ("b", "2022-01"), ("c", "2022")]),
            ["c", "b", "a"])
        XCTAssertEqual(try order([("a", "2022-12"), ("z", "2022")]), ["z", "a"], "precision before id")
    }

    func testThenById() throws {
        XCTAssertEqual(
            try order([("kanani", "2022-12-23"), ("budanov", "2022-12-23"), ("nyt", "2022-12-23")]),
            ["budanov", "kanani", "nyt"])
        // Qualifiers do not move a date.
        XCTAssertEqual(try order([("b", "2022-12~"), ("a", "2022-12?"), ("c", "2022-12")]), ["a", "b", "c"])
    }

    func testIntervalsArePlacedByTheirStart() throws {
        XCTAssertEqual(
            try order([("summer", "2022-06/2022-08"), ("july", "2022-07"), ("may", "2022-05")]),
            ["may", "summer", "july"])
        XCTAssertEqual(try order([("open", "2022-10/.."), ("sep", "2022-09-30")]), ["sep", "open"])
        // Starting on the same day at the same precision, an interval and a point are in id order.
        XCTAssertEqual(try order([("b-june", "2022-06"), ("a-summer", "2022-06/2022-08")]), ["a-summer", "b-june"])
        XCTAssertEqual(try order([("a-june", "2022-06"), ("b-summer", "2022-06/2022-08")]), ["a-june", "b-summer"])
    }

    func testMinutesComeAfterTheirDay() throws {
        let day = try PartialDate.parse("2022-12-24")
        let minute = try PartialDate.parse("2022-12-24T00:00", allowsTime: true)
        XCTAssertEqual(PartialDate.timelineOrder(day, minute), true)
        XCTAssertEqual(PartialDate.timelineOrder(minute, day), false)
        XCTAssertNil(PartialDate.timelineOrder(day, try PartialDate.parse("2022-12-24~")), "a tie, for the id to break")
    }

    func testSortKeyAgreesWithTheOrder() throws {
        let texts = ["2023", "2022-12-23", "2022-12", "2022", "2022-06/2022-08", "2022-06", "2022-10/..", "2022-12-23~", "2021-02-28"]
        let dates = try texts.map { try PartialDate.parse($0) }
        let byOrder = dates.sorted { PartialDate.timelineOrder($0, $1) ?? ($0.text < $1.text) }.map(\.text)
        let byKey = dates.sorted { ($0.sortKey, $0.text) < ($1.sortKey, $1.text) }.map(\.text)
        XCTAssertEqual(byKey, byOrder)
        XCTAssertEqual(byOrder.first, "2021-02-28")
        XCTAssertEqual(byOrder.last, "2023")
    }

    /// The index sorts through precomputed keys; they must give exactly the comparator's order.
    func testTheIndexSortKeysAgreeWithTheComparator() throws {
        let dates = [
            "2022", "2022-12", "2022-12-23", "2022-12-22", "2022-12-24", "2022~", "2022-12?", "2022-12/2023-01",
            "../2022-12", "2022-11/..", "2023-01-05", "2021", "2022-12-23/2022-12-24",
        ]
        var claims: [Claim] = []
        for (index, date) in dates.enumerated() {
            for suffix in ["b", "a"] { claims.append(try claim("c\(dates.count - index)-\(suffix)", said: date)) }
        }
        XCTAssertEqual(ReportIndex.inTimelineOrder(claims).map(\.id), claims.sorted(by: ReportIndex.timelineOrder).map(\.id))
    }
}
