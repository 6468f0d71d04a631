import XCTest

@testable import DossierKit

/// Past `TimelinePages.compactAbove` claims the timeline index lists each year's months with
/// their counts and links to the year pages, which hold the claims themselves.
final class CompactTimelineTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
    }

    override func tearDown() {
        folder = nil
    }

    func testALargeTimelineListsMonthsAndTheYearPagesHoldTheClaims() throws {
        let content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        // 1,200 claims in 2021, 100 a month, citing an article of the fixture without a quote.
        var claims = ""
        for index in 0..<1_200 {
            let month = index / 100 + 1
            claims += """
                - id: bulk-\(index)
                  actor: iran
                  said: 2021-\(month < 10 ? "0" : "")\(month)-15
                  text: Bulk statement \(index).
                  sources: [{article: 2022-10-18-iran-admits-drones}]

                """
        }
        try folder.write("Content/claims/bulk.yml", claims)
        let result = Fixture.build(content, into: folder.url("Public"))
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.headline), [])
        XCTAssertGreaterThan(1_200, TimelinePages.compactAbove)

        let index = FileTree.text(folder.url("Public/timeline/index.html"))
        XCTAssertTrue(index.contains(#"<ul class="month-links">"#))
        XCTAssertFalse(index.contains(#"<div class="claims">"#), "the index holds no claims when compact")
        XCTAssertTrue(
            index.contains(#"<li><a href="../timeline/2021/index.html#m-2021-03">March 2021</a> <span class="count">100</span></li>"#),
            "each month links to its place on the year page, with its count")

        let year = FileTree.text(folder.url("Public/timeline/2021/index.html"))
        XCTAssertTrue(year.contains(#"<h2 class="month" id="m-2021-03">March 2021</h2>"#), "the anchor the index links to")
        XCTAssertEqual(year.components(separatedBy: "Bulk statement ").count - 1, 1_200, "the year page shows every claim of the year")
    }
}
