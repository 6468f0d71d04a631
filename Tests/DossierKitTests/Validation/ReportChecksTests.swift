import XCTest

@testable import DossierKit

/// Checks that need the whole report (ReportValidator), each on a small report written for the
/// test: what is an error, what only a warning, and where each points.
final class ReportChecksTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        try folder.write("Content/site.yml", "title: T\n")
        try folder.write("Content/actors/iran.md", "---\nname: Iran\nkind: state\n---\n")
        try folder.write(
            "Content/articles/a.md", "---\ntitle: A\npublished: 2022-12-24\n---\n\nIran said it sent no drones.\n\nIt said so twice.\n")
    }

    override func tearDown() {
        folder = nil
    }

    private func claims(_ yaml: String) throws {
        try folder.write("Content/claims/c.yml", yaml)
    }

    private func check() -> [String] {
        let content = folder.url("Content")
        return Fixture.headlines(Fixture.check(content).diagnostics, relativeTo: content)
    }

    private func hints() -> [String?] {
        Fixture.check(folder.url("Content")).diagnostics.map(\.hint)
    }

    private let claimHead = "- id: c\n  actor: iran\n  said: 2022-12-23\n  text: T\n"

    func testASmallGoodReport() throws {
        try claims(claimHead + "  sources: [{article: a, quote: it sent no drones}]\n")
        XCTAssertEqual(check(), [])
    }

    func testAClaimCannotAnswerItself() throws {
        try claims(claimHead + "  responds_to: [c]\n  sources: [{article: a}]\n")
        XCTAssertEqual(check(), ["claims/c.yml:5:17: error: claim 'c' cannot respond to itself"])
    }

    func testAnActorCannotBeAffiliatedWithItself() throws {
        try folder.write("Content/actors/iran.md", "---\nname: Iran\nkind: state\naffiliation: iran\n---\n")
        try claims(claimHead + "  sources: [{article: a}]\n")
        XCTAssertEqual(check(), ["actors/iran.md:4:14: error: actor 'iran' cannot be affiliated with itself"])
    }

    func testAnAliasListedTwiceForOneEntryIsAWarning() throws {
        try folder.write("Content/actors/iran.md", "---\nname: Iran\nkind: state\naliases: [Tehran, tehran]\n---\n")
        try claims(claimHead + "  sources: [{article: a}]\n")
        XCTAssertEqual(check(), ["actors/iran.md:4:19: warning: 'tehran' is listed twice for actor 'iran'"])
    }

    func testNamesAreCompareWithoutCaseAcrossActorsAndWeapons() throws {
        try folder.write("Content/weapons/iran.md", "---\nname: IRAN\ncategory: c\n---\n")
        try claims(claimHead + "  weapons: [iran]\n  sources: [{article: a}]\n")
        XCTAssertEqual(check(), ["weapons/iran.md:2:7: error: the name or alias 'IRAN' is shared by actor 'iran' and weapon 'iran'"])
    }

    /// `date` for `said`, `type` for `kind`: too far in spelling for "did you mean", they were
    /// reported as an unknown field and, apart, a missing one.
    func testAFieldUnderAnotherToolsNameIsOneErrorNamingTheField() throws {
        try folder.write("Content/actors/iran.md", "---\nname: Iran\ntype: state\n---\n")
        try folder.write("Content/actors/kirby.md", "---\nname: John Kirby\nkind: person\ntitle: spokesman\n---\n")
        try claims("- id: c\n  actor: iran\n  date: 2022-12-23\n  text: T\n  subjects: [kirby]\n  sources: [{article: a}]\n")
        XCTAssertEqual(
            check(),
            [
                "actors/iran.md:3:1: error: unknown field 'type' in an actor; did you mean 'kind'?",
                "actors/kirby.md:4:1: error: unknown field 'title' in an actor; did you mean 'role'?",
                "claims/c.yml:3:3: error: unknown field 'date' in a claim; did you mean 'said'?",
            ])
    }

    /// `origin: DPRK`: "did you mean" by spelling found nothing, and the id rule offered 'dprk'.
    func testAReferenceByNameOrAliasNamesTheId() throws {
        try folder.write("Content/actors/iran.md", "---\nname: Islamic Republic of Iran\nkind: state\naliases: [Tehran]\n---\n")
        try folder.write("Content/actors/kirby.md", "---\nname: John Kirby\nkind: person\n---\n")
        try claims("- id: c\n  actor: john-kirby\n  said: 2022-12-23\n  text: T\n  subjects: [tehran]\n  sources: [{article: a}]\n")
        let errors = Fixture.check(folder.url("Content")).diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(
            Fixture.headlines(errors, relativeTo: folder.url("Content")),
            [
                "claims/c.yml:2:10: error: unknown actor 'john-kirby'; did you mean 'kirby'?",
                "claims/c.yml:5:14: error: unknown actor 'tehran'; did you mean 'iran'?",
            ])
        XCTAssertEqual(
            errors.map(\.hint),
            [
                "'john-kirby' is the name of actor 'kirby'; a reference is the entry's id, the name of its file",
                "'tehran' is an alias of actor 'iran'; a reference is the entry's id, the name of its file",
            ])
    }

    /// `actor: Tehran`, as the article writes it: besides "did you mean 'iran'", the id rule said
    /// "e.g. 'tehran'", an id that does not exist, and a newcomer who took it got a second round.
    func testAReferenceByNameAsWrittenIsOneErrorNamingTheId() throws {
        try folder.write("Content/actors/iran.md", "---\nname: Islamic Republic of Iran\nkind: state\naliases: [Tehran]\n---\n")
        try claims(
            "- id: c\n  actor: Tehran\n  said: 2022-12-23\n  text: T\n  subjects: [Islamic Republic of Iran]\n  sources: [{article: a}]\n")
        let errors = Fixture.check(folder.url("Content")).diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(
            Fixture.headlines(errors, relativeTo: folder.url("Content")),
            [
                "claims/c.yml:2:10: error: unknown actor 'Tehran'; did you mean 'iran'?",
                "claims/c.yml:5:14: error: unknown actor 'Islamic Republic of Iran'; did you mean 'iran'?",
            ])
        // A text whose id form exists keeps the id rule's error, whose hint is then that id.
        try folder.write("Content/actors/kirby.md", "---\nname: John Kirby\nkind: person\n---\n")
        try claims("- id: c\n  actor: iran\n  said: 2022-12-23\n  text: T\n  subjects: [Kirby]\n  sources: [{article: a}]\n")
        XCTAssertEqual(check(), ["claims/c.yml:5:14: error: 'Kirby' in 'subjects' is not a valid id"])
    }

    func testAQuoteAcrossTwoParagraphs() throws {
        try claims(claimHead + "  sources: [{article: a, quote: sent no drones. It said}]\n")
        XCTAssertEqual(check(), ["claims/c.yml:5:33: error: quote not found in article 'a'"])
        XCTAssertEqual(hints(), ["the quote runs across two paragraphs; quote from one paragraph at a time"])
    }

    func testAQuoteIgnoresCaseSpacesEmphasisAndQuoteStyles() throws {
        try folder.write(
            "Content/articles/a.md", "---\ntitle: A\npublished: 2022-12-24\n---\n\nIran said it had **“no  drones”** — none.\n")
        try claims(claimHead + "  sources: [{article: a, quote: 'IT HAD \"no drones\" - none'}]\n")
        XCTAssertEqual(check(), [])
    }

    func testAClaimDatedAfterItsArticleIsAWarning() throws {
        try claims("- id: c\n  actor: iran\n  said: 2022-12-25\n  text: T\n  sources: [{article: a}]\n")
        XCTAssertEqual(
            check(),
            ["claims/c.yml:3:9: warning: claim 'c' is dated 25 Dec 2022, after article 'a' that reports it was published (24 Dec 2022)"])
        // A coarser date that may be the same day is not after it.
        try claims("- id: c\n  actor: iran\n  said: 2022-12\n  text: T\n  sources: [{article: a}]\n")
        XCTAssertEqual(check(), [])
    }

    func testEntriesNothingUsesAreWarnings() throws {
        try folder.write("Content/actors/russia.md", "---\nname: Russia\nkind: state\n---\n")
        try folder.write("Content/weapons/family.md", "---\nname: Family\ncategory: c\n---\n")
        try folder.write("Content/weapons/member.md", "---\nname: Member\ncategory: c\nparent: family\n---\n")
        try folder.write("Content/weapons/unused.md", "---\nname: Unused\ncategory: c\n---\n")
        try folder.write("Content/topics/t.md", "---\ntitle: T\n---\n")
        try folder.write("Content/articles/b.md", "---\ntitle: B\npublished: 2023\n---\n")
        try claims(claimHead + "  weapons: [member]\n  sources: [{article: a}]\n")
        XCTAssertEqual(
            check(),
            [
                "actors/russia.md:2:1: warning: no claim involves actor 'russia'",
                "articles/b.md:2:1: warning: no claim cites article 'b'",
                "topics/t.md:2:1: warning: no claim takes a stance on topic 't'",
                "weapons/unused.md:2:1: warning: no claim names weapon 'unused'",
            ], "a family counts as named when a member is")
    }

    func testAReferenceWithNothingCloseHasAHintInstead() throws {
        try claims("- id: c\n  actor: someone-else\n  said: 2022\n  text: T\n  sources: [{article: a}]\n")
        XCTAssertEqual(
            check(),
            [
                "actors/iran.md:2:1: warning: no claim involves actor 'iran'",
                "claims/c.yml:2:10: error: unknown actor 'someone-else'",
            ])
        XCTAssertEqual(hints().last, "no file actors/someone-else.md exists")
    }

    func testALongerCycle() throws {
        for (id, parent) in [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")] {
            try folder.write("Content/weapons/\(id).md", "---\nname: W\(id)\ncategory: c\nparent: \(parent)\n---\n")
        }
        try claims(claimHead + "  weapons: [d]\n  sources: [{article: a}]\n")
        XCTAssertEqual(
            check(), ["weapons/a.md:4:9: error: the 'parent' links form a cycle: a → b → c → a"],
            "reported once, at the first weapon of the cycle")
    }

    /// An entry named against the id rule has one error, which names the id to rename it to:
    /// references to that id are not also unknown ("did you mean 'Iran'?" would suggest a name
    /// that is no id), and whether claims name the entry waits until it has its id.
    func testAnIdWrittenAgainstTheRuleIsOneErrorNotOnePerReference() throws {
        try FileManager.default.moveItem(atPath: folder.url("Content/actors/iran.md"), toPath: folder.url("Content/actors/Iran.md"))
        try claims(
            "- id: c_1\n  actor: iran\n  said: 2022-12-23\n  text: T\n  sources: [{article: a}]\n"
                + "- id: d\n  actor: iran\n  said: 2022-12-23\n  text: T\n  responds_to: [c-1, c-2]\n  sources: [{article: a}]\n")
        XCTAssertEqual(
            check(),
            [
                "actors/Iran.md:1:1: error: the file name 'Iran' is not a valid id",
                "claims/c.yml:1:7: error: 'c_1' in 'id' is not a valid id",
                "claims/c.yml:10:22: error: unknown claim 'c-2'",
            ])
    }

    /// A reference written as a name (`actor: Iran`) has one error, whose hint gives the id;
    /// it is not also an unknown actor, and the actor it means is not also unused. A name that
    /// means no entry is still unknown too.
    func testAReferenceWrittenAsANameIsOneError() throws {
        try claims(
            "- id: c\n  actor: Iran\n  said: 2022-12-23\n  text: T\n  sources: [{article: a}]\n"
                + "- id: d\n  actor: Iraq\n  said: 2022-12-23\n  text: T\n  sources: [{article: a}]\n")
        XCTAssertEqual(
            check(),
            [
                "claims/c.yml:2:10: error: 'Iran' in 'actor' is not a valid id",
                "claims/c.yml:7:10: error: 'Iraq' in 'actor' is not a valid id",
                "claims/c.yml:7:10: error: unknown actor 'Iraq'; did you mean 'iran'?",
            ])
    }

    func testEmptyAndOddFiles() throws {
        try claims("")
        XCTAssertEqual(
            check(),
            ["articles/a.md:2:1: warning: no claim cites article 'a'", "actors/iran.md:2:1: warning: no claim involves actor 'iran'"]
                .sorted())
        try claims("just text\n")
        XCTAssertTrue(check().contains("claims/c.yml:1:1: error: a claims file is a YAML list of claims, found the value 'just text'"))
        try folder.write("Content/site.yml", "title: ''\n")
        XCTAssertTrue(check().contains("site.yml:1:8: error: 'title' is empty"), "\(check())")
    }
}
