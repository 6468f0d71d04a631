import XCTest

@testable import DossierKit

/// Claims share their fields between copies, source maps keep a short list and caches may keep
/// nothing: each must still behave as a plain value or cache would.
final class ModelStorageTests: XCTestCase {
    private func claim() throws -> Claim {
        Claim(
            id: "c", actor: "iran", said: try PartialDate.parse("2022-12"), text: "Said", weapons: ["shahed-136"],
            sources: [.init(article: "a", quote: nil)], source: SourceMap(origin: SourceLocation(path: "claims/x.yml", line: 3)))
    }

    func testChangingACopyOfAClaimLeavesTheOriginal() throws {
        let original = try claim()
        var copy = original
        XCTAssertEqual(copy, original)
        copy.text = "Said otherwise"
        copy.weapons.append("fateh-110")
        XCTAssertEqual(original.text, "Said")
        XCTAssertEqual(original.weapons, ["shahed-136"])
        XCTAssertEqual(copy.text, "Said otherwise")
        XCTAssertEqual(copy.weapons, ["shahed-136", "fateh-110"])
        XCTAssertNotEqual(copy, original)
    }

    func testClaimsWithEqualFieldsAreEqualAndHashAlike() throws {
        let first = try claim(), second = try claim()
        XCTAssertEqual(first, second)
        XCTAssertEqual(Set([first, second]).count, 1)
        var third = second
        third.stance = .supports
        XCTAssertEqual(Set([first, second, third]).count, 2)
    }

    func testSourceMapFindsAndReplacesFields() {
        var map = SourceMap(origin: SourceLocation(path: "claims/x.yml", line: 3, column: 3))
        map.record("actor", at: SourceLocation(path: "claims/x.yml", line: 4, column: 10))
        map.record("sources[0].quote", at: SourceLocation(path: "claims/x.yml", line: 9, column: 14))
        XCTAssertEqual(map["actor"], SourceLocation(path: "claims/x.yml", line: 4, column: 10))
        XCTAssertEqual(map["sources[0].quote"].description, "claims/x.yml:9:14")
        // An unwritten field points at the entry.
        XCTAssertNil(map.location(of: "venue"))
        XCTAssertEqual(map["venue"], map.origin)
        // Recording a field again moves it, as a later duplicate key would.
        map.record("actor", at: SourceLocation(path: "claims/x.yml", line: 5, column: 10))
        XCTAssertEqual(map["actor"].line, 5)
        XCTAssertEqual(map.fields.map(\.field), ["actor", "sources[0].quote"])
    }

    func testAKeyedCacheThatDoesNotStoreBuildsEveryTime() {
        var builds = 0
        let storing = KeyedCache<Int>(), passing = KeyedCache<Int>(keeping: false)
        for _ in 0..<3 {
            XCTAssertEqual(
                storing.value("a") {
                    builds += 1; return 7
                }, 7)
        }
        XCTAssertEqual(builds, 1)
        for _ in 0..<3 {
            XCTAssertEqual(
                passing.value("a") {
                    builds += 1; return 8
                }, 8)
        }
        XCTAssertEqual(builds, 4)
    }

    /// Build after build of edits, a carried cache has exactly the values it had but those an
    /// edit dropped, which it builds again; past the merge threshold too.
    func testAKeyedCacheCarriedThroughManyBuildsDropsOnlyWhatEachEditChanged() {
        var generation = 1
        var cache = KeyedCache<String>()
        var builtIDs: [String] = []
        func read(_ id: String) -> String {
            cache.value(id) {
                builtIDs.append(id)
                return "\(id)@\(generation)"
            }
        }
        let ids = (0..<(KeyedCache<String>.mergeThreshold + 50)).map { "c\($0)" }
        for id in ids { _ = read(id) }
        var expected = Dictionary(uniqueKeysWithValues: ids.map { ($0, "\($0)@1") })
        // Enough edits of a few ids each that the carried values are merged at least once.
        for edit in 0..<(KeyedCache<String>.mergeThreshold / 3 + 10) {
            generation += 1
            let changed: Set<String> = [ids[edit % ids.count], ids[(edit * 7 + 3) % ids.count], "new\(edit)"]
            let next = KeyedCache<String>()
            next.carry(from: cache, except: changed)
            cache = next
            builtIDs = []
            for id in changed.sorted() {
                XCTAssertEqual(read(id), "\(id)@\(generation)", "an id the edit changed is built again")
                expected[id] = "\(id)@\(generation)"
            }
            XCTAssertEqual(Set(builtIDs), changed)
            for id in [ids[0], ids[edit % ids.count], ids[ids.count - 1], "new\(max(edit - 1, 0))"] {
                XCTAssertEqual(read(id), expected[id] ?? "\(id)@\(generation)", "edit \(edit): \(id)")
            }
            XCTAssertEqual(Set(builtIDs), changed, "nothing else is built again")
        }
        for id in ids { XCTAssertEqual(read(id), expected[id], id) }
    }

    /// Points keep each part plus one, zero meaning "not given": midnight must stay a time.
    func testAPointKeepsZeroPartsAndFlags() throws {
        var point = PartialDate.Point(year: 2022, month: 12, day: 24, hour: 0, minute: 0)
        XCTAssertEqual(point.hour, 0)
        XCTAssertEqual(point.minute, 0)
        XCTAssertEqual(point.precision, .minute)
        XCTAssertEqual(try PartialDate.parse("2022-12-24T00:00", allowsTime: true).anchor, point)
        point.hour = nil
        point.minute = nil
        XCTAssertEqual(point.precision, .day)
        XCTAssertFalse(point.approximate || point.uncertain)
        point.uncertain = true
        XCTAssertTrue(point.uncertain)
        XCTAssertFalse(point.approximate)
        XCTAssertEqual(try PartialDate.parse("2022-12?").anchor, PartialDate.Point(year: 2022, month: 12, uncertain: true))
    }

    func testARecordReadsLikeADictionary() {
        let record = TemplateRecord(["id": "c", "count": 2, "stance": Absent.value])
        XCTAssertEqual(record.child(named: "id") as? String, "c")
        XCTAssertEqual(record.child(named: "count") as? Int, 2)
        XCTAssertTrue(record.child(named: "stance") is Absent)
        XCTAssertNil(record.child(named: "root"), "a name it lacks is looked up further out")
        let changed = record.setting("count", to: 3).setting("current", to: true)
        XCTAssertEqual(changed.child(named: "count") as? Int, 3)
        XCTAssertEqual(changed.child(named: "current") as? Bool, true)
        XCTAssertEqual(record.child(named: "count") as? Int, 2, "the original is a value")
        XCTAssertEqual(changed.names, ["id", "count", "stance", "current"])
    }

    /// Several names set at once: replaced where the record has them, added in order where not,
    /// the last value winning; records extended alike share one list of names.
    func testARecordSetsSeveralNamesAtOnceAndSharesItsNames() {
        let record = TemplateRecord(["id": "c", "count": 2])
        let changed = record.setting(["count": 3, "current": true, "since": "2022", "current": false])
        XCTAssertEqual(changed.names, ["id", "count", "current", "since"])
        XCTAssertEqual(changed.child(named: "count") as? Int, 3)
        XCTAssertEqual(changed.child(named: "current") as? Bool, false)
        XCTAssertEqual(changed.child(named: "since") as? String, "2022")
        XCTAssertEqual(record.names, ["id", "count"], "the original is a value")
        let other = TemplateRecord(["id": "d", "count": 5]).setting(["current": true, "since": "2023"])
        XCTAssertEqual(SharedStorage.address(of: other.names), SharedStorage.address(of: changed.names))
        let added = TemplateRecord(["id": "e", "count": 1]).adding(["current": true, "since": "2024"])
        XCTAssertEqual(SharedStorage.address(of: added.names), SharedStorage.address(of: changed.names))
        XCTAssertEqual(added.child(named: "since") as? String, "2024")
    }

    /// The renderer looks names up by number: the same values as by name, in records made,
    /// set and extended, and nothing for a name the record lacks.
    func testARecordFindsTheSameValuesByNumberAsByName() {
        let record = TemplateRecord(["id": "c", "count": 2, "stance": Absent.value])
        let changed = record.setting(["count": 3, "current": true]).adding(["since": "2022"])
        for value in [record, changed] {
            for name in value.names {
                XCTAssertEqual(
                    value.child(number: NameNumbers.number(name)).map(String.init(describing:)),
                    value.child(named: name).map(String.init(describing:)), name)
            }
        }
        XCTAssertEqual(changed.child(number: NameNumbers.number("count")) as? Int, 3)
        XCTAssertEqual(record.child(number: NameNumbers.number("count")) as? Int, 2)
        XCTAssertNil(record.child(number: NameNumbers.number("since")))
        XCTAssertNil(changed.child(number: NameNumbers.number("a name no record has")))
    }

    /// What a single build's pages read: the same entries, without article texts or field positions.
    func testAReportStrippedForPagesKeepsWhatPagesRead() throws {
        let report = try XCTUnwrap(ContentLoader.load(contentDirectory: TestPaths.fixture("good")).report)
        var stripped = report
        stripped.stripForPages()
        XCTAssertEqual(Set(stripped.articles.keys), Set(report.articles.keys))
        XCTAssertTrue(stripped.articles.values.allSatisfy { $0.body.isEmpty })
        XCTAssertTrue(report.articles.values.allSatisfy { !$0.body.isEmpty }, "the report itself is a value")
        XCTAssertEqual(stripped.articles.values.map(\.title).sorted(), report.articles.values.map(\.title).sorted())
        XCTAssertEqual(stripped.claims.map(\.id), report.claims.map(\.id))
        for (before, after) in zip(report.claims, stripped.claims) {
            XCTAssertEqual(after.source.origin, before.source.origin)
            XCTAssertTrue(after.source.fields.isEmpty)
            XCTAssertFalse(before.source.fields.isEmpty)
            XCTAssertTrue(after.sameContent(as: before))
        }
    }
}
