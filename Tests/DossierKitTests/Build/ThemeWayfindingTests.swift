import XCTest

@testable import DossierKit

/// What tells a reader where they are and what a page holds: the navigation's current section,
/// an actor page with nothing to list, and the search index's entries.
final class ThemeWayfindingTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        _ = try folder.copy(TestPaths.fixture("good"), to: "Content")
        // An actor no claim is by or about.
        try folder.write("Content/actors/idle.md", "---\nname: Idle Office\nkind: organisation\n---\n")
        // A claim quoted from two articles.
        try folder.write(
            "Content/claims/twice.yml",
            """
            - id: ukraine-two-sources
              actor: ukraine
              said: 2022-12
              text: Iranian drones hit power plants, and Russia bought many.
              sources:
                - article: 2022-10-18-iran-admits-drones
                  quote: has been used against power plants in Ukraine
                - article: 2022-12-24-iran-refuses-ballistic-missiles
                  quote: Russia has already bought 1,700 Shahed drones

            """)
        let result = Fixture.build(folder.url("Content"), into: folder.url("Public"))
        XCTAssertNotNil(result.output, result.diagnostics.map(\.headline).joined(separator: "\n"))
    }

    override func tearDown() {
        folder = nil
    }

    private func page(_ path: String) throws -> String {
        try XCTUnwrap(FileTree.text(folder.url("Public/" + path)), path)
    }

    /// A section's own index is the current page; a page inside the section marks the section
    /// as current without saying it is that page; the home page marks no section.
    func testTheNavigationTellsASectionsIndexFromAPageInIt() throws {
        let index = try page("actors/index.html")
        XCTAssertTrue(index.contains(#"<a href="../actors/index.html" aria-current="page">Actors</a>"#), index)
        let actor = try page("actors/iran/index.html")
        XCTAssertTrue(actor.contains(#"<a href="../../actors/index.html" aria-current="true">Actors</a>"#), actor)
        XCTAssertFalse(actor.contains(#"aria-current="page""#), "only the section's index is the current page")
        let year = try page("timeline/2022/index.html")
        XCTAssertTrue(year.contains(#"<a href="../../timeline/index.html" aria-current="true">Timeline</a>"#))
        XCTAssertTrue(year.contains(#"<a href="../../timeline/2022/index.html" aria-current="page">2022</a>"#), "the year's own link")
        XCTAssertFalse(year.contains(#"<a href="../../timeline/2023/index.html" aria-current"#))
        let home = try page("index.html")
        XCTAssertFalse(home.contains(#"aria-current="true""#))
        XCTAssertEqual(home.components(separatedBy: "aria-current").count, 2, "the brand link only")
    }

    /// An actor with no claims gets one sentence, not an empty "Claims made 0" section; an actor
    /// with claims about it only gets those, without the empty section before them.
    func testAnActorWithoutClaimsSaysSoOnce() throws {
        let idle = try page("actors/idle/index.html")
        XCTAssertFalse(idle.contains(#"id="made""#))
        XCTAssertFalse(idle.contains(#"id="about""#))
        XCTAssertTrue(idle.contains("No claims by or about Idle Office in this report."))
        let russia = try page("actors/russia/index.html")
        XCTAssertFalse(russia.contains(#"id="made""#))
        XCTAssertTrue(russia.contains(#"id="about""#))
        XCTAssertFalse(russia.contains("No claims by"))
    }

    /// The search shows a weapon's category and a topic's status beside the kind, keeps aliases
    /// to search only, finds an article by the names it mentions, and separates a claim's quotes.
    func testSearchEntriesShowTheirDetailAndFindArticlesByWhatTheyMention() throws {
        let script = try page("search/index.js")
        let json = try XCTUnwrap(script.components(separatedBy: "window.DOSSIER_SEARCH = ").last?.dropLast(2))
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]])
        func entry(_ kind: String, _ address: String) throws -> [String: String] {
            try XCTUnwrap(entries.first { $0["k"] == kind && $0["h"] == address }, address)
        }
        let weapon = try entry("Weapon", "weapons/shahed-136/index.html")
        XCTAssertEqual(weapon["d"], "loitering munition")
        XCTAssertFalse(weapon["x"]?.contains("loitering munition") ?? true, "the category shows once, as the detail")
        XCTAssertEqual(try entry("Topic", "topics/iran-drones-to-russia/index.html")["d"], "Confirmed")
        let article = try entry("Article", "articles/2022-12-24-iran-refuses-ballistic-missiles/index.html")
        XCTAssertTrue(article["x"]?.contains("Kyrylo Budanov") ?? false, article["x"] ?? "")
        XCTAssertEqual(
            try entry("Claim", "claims/ukraine-two-sources/index.html")["x"],
            "has been used against power plants in Ukraine … Russia has already bought 1,700 Shahed drones")
    }
}
