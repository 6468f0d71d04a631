import XCTest

@testable import DossierKit

/// Pages that list the same records through the same partial render each item once and copy it
/// after. Whatever they copy, each page must be the bytes it renders alone; and they must copy
/// what they can, or the listing pages lose what it is for.
final class SharedListItemsTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var theme: TemplateSet!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        for name in TemplateSet.pageTemplates where !["actor", "weapon"].contains(name) {
            try folder.write("Theme/\(name).mustache", "{{title}}\n")
        }
        // Two page kinds through a layout, as the default theme has them: their lists' items are
        // rendered in a block of their own template.
        try folder.write("Theme/layout.mustache", "<main>\n  {{$main}}{{/main}}\n</main>\n")
        try folder.write(
            "Theme/actor.mustache",
            "{{<layout}}{{$main}}<h1>{{title}}</h1>\n<div>{{#claims}}{{> item}}{{/claims}}</div>\n{{/main}}{{/layout}}\n")
        try folder.write(
            "Theme/weapon.mustache",
            """
            {{<layout}}{{$main}}<h2>{{title}}</h2>
            {{#claims}}{{> item}}{{/claims}}
            {{#numbered}}{{> numbered}}{{/numbered}}
            {{#noted}}{{> noted}}{{/noted}}
            {{/main}}{{/layout}}

            """)
        // Reads the page's `root` from around the list, and a section of its own.
        try folder.write(
            "Theme/item.mustache", "<article>\n<a href=\"{{root}}{{href}}\">{{text}}</a>{{#quote}}<q>{{.}}</q>{{/quote}}\n</article>\n")
        try folder.write("Theme/numbered.mustache", "<p>{{index()}}. {{text}}</p>\n")
        try folder.write("Theme/noted.mustache", "<p>{{text}} {{$note}}plain{{/note}}</p>\n")
        theme = try Fixture.compiledTheme(folder.url("Theme"))
    }

    override func tearDown() {
        folder = nil
        theme = nil
    }

    private static func claims(_ count: Int) -> [TemplateRecord] {
        (0..<count).map { index in
            TemplateRecord([
                "text": "Claim <\(index)> & more", "href": "claims/\(index)/",
                "quote": index % 2 == 0 ? "said \(index)" as Any : Absent.value,
            ])
        }
    }

    private func page(_ claims: [TemplateRecord], root: String = "../../", numbered: [TemplateRecord] = [], noted: [TemplateRecord] = [])
        -> [String: Any]
    {
        ["title": "Page", "root": root, "claims": claims, "numbered": numbered, "noted": noted]
    }

    /// Renders with `sharing` and alone, asserts the same bytes, and returns how many items the
    /// shared render copied.
    @discardableResult
    private func render(
        _ template: String, _ model: [String: Any], sharing: SharedListItems, file: StaticString = #filePath, line: UInt = #line
    ) throws -> Int {
        let before = sharing.copiedItems
        let shared = try theme.render(template, model, rememberingAs: nil, sharing: sharing)
        let alone = try theme.render(template, model)
        XCTAssertEqual(String(decoding: shared, as: UTF8.self), String(decoding: alone, as: UTF8.self), file: file, line: line)
        return sharing.copiedItems - before
    }

    func testTheSameRecordsAreCopiedAcrossPagesOfEveryKind() throws {
        let claims = Self.claims(40)
        let sharing = SharedListItems()
        XCTAssertEqual(try render("actor", page(claims), sharing: sharing), 0, "nothing to copy from yet")
        XCTAssertEqual(try render("weapon", page(Array(claims[10..<30])), sharing: sharing), 20, "another page kind, the same items")
        XCTAssertEqual(try render("actor", page(claims.reversed()), sharing: sharing), 40, "in any order")
        let text = String(decoding: try theme.render("weapon", page(claims), rememberingAs: nil, sharing: sharing), as: UTF8.self)
        XCTAssertTrue(text.contains("<a href=\"../../claims/3/\">Claim &lt;3&gt; &amp; more</a>\n  </article>"), text)

        // Another record with the same values is not the same item; a changed record neither.
        let copies = Self.claims(40)
        XCTAssertEqual(try render("actor", page(copies), sharing: sharing), 0)
        XCTAssertEqual(try render("actor", page([claims[0].setting("text", to: "Changed")]), sharing: sharing), 0)
    }

    func testItemsThatReadAnotherRootRenderAgain() throws {
        let claims = Self.claims(10)
        let sharing = SharedListItems()
        try render("actor", page(claims), sharing: sharing)
        XCTAssertEqual(try render("actor", page(claims, root: "../"), sharing: sharing), 0)
        let text = String(
            decoding: try theme.render("actor", page(claims, root: "../"), rememberingAs: nil, sharing: sharing), as: UTF8.self)
        XCTAssertTrue(text.contains("href=\"../claims/1/\""), text)
        XCTAssertEqual(try render("weapon", page(claims), sharing: sharing), 10, "the first root's items are still there")
    }

    /// An item that shows its position, or a partial with a block a page could fill, is never copied.
    func testItemsThatUseTheirPlaceOrABlockAreNotCopied() throws {
        let claims = Self.claims(12)
        let sharing = SharedListItems()
        try render("weapon", page([], numbered: claims, noted: claims), sharing: sharing)
        XCTAssertEqual(try render("weapon", page([], numbered: Array(claims.reversed()), noted: claims), sharing: sharing), 0)
    }

    /// A record with nothing in it has the storage every empty array has: it is not an item to key by.
    func testEmptyRecordsAreNotKeptByStorage() {
        XCTAssertNil(TemplateRecord([:]).storageAddress)
        XCTAssertNil(([:] as [String: Any]).storageAddress)
        XCTAssertNotNil(TemplateRecord(["text": "a"]).storageAddress)
    }

    /// An item that misses a name fails its page as it would alone, however often it is listed.
    func testAnItemMissingANameFailsEveryPageListingIt() throws {
        let broken = [TemplateRecord(["text": "No link"])]
        let sharing = SharedListItems()
        for _ in 0..<2 {
            XCTAssertThrowsError(try theme.render("actor", page(broken), rememberingAs: nil, sharing: sharing)) { error in
                XCTAssertEqual((error as? TemplateSet.RenderError)?.diagnostic.message, "the actor page has no value 'href'")
            }
        }
        XCTAssertEqual(sharing.copiedItems, 0)
    }

    /// An item whose dotted name misses a part fails every page listing it too: it is never copied.
    func testAnItemMissingAPartFailsEveryPageListingIt() throws {
        let claims = [TemplateRecord(["text": "By", "href": "claims/0/", "quote": TemplateRecord(["name": "Ann"])])]
        try folder.write("Theme/item.mustache", "<p>{{quote.nmae}} {{text}}</p>\n")
        theme = try Fixture.compiledTheme(folder.url("Theme"))
        let sharing = SharedListItems()
        for template in ["actor", "weapon"] {
            XCTAssertThrowsError(try theme.render(template, page(claims), rememberingAs: nil, sharing: sharing)) { error in
                XCTAssertEqual((error as? TemplateSet.RenderError)?.diagnostic.message, "the \(template) page has no value 'quote.nmae'")
            }
        }
        XCTAssertEqual(sharing.copiedItems, 0)
    }

    /// Past its budget a partial keeps no more items; those it kept are still copied.
    func testEachPartialKeepsItemsWithinItsBudget() throws {
        let claims = Self.claims(30)
        // The bytes of the first ten items, which are kept first.
        let firstTen = try theme.render("actor", page(Array(claims[..<10]))).count - theme.render("actor", page([])).count
        let sharing = SharedListItems(budget: firstTen)
        try render("actor", page(claims), sharing: sharing)
        XCTAssertEqual(try render("weapon", page(claims), sharing: sharing), 10)
    }

    /// A full build renders its listing pages together and the rest after; either way the site is
    /// the one each page makes alone, which the snapshot tests hold. Here: which pages share.
    func testTheListingPagesAreTheOnesThatShare() throws {
        let content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        let builder = SiteBuilder(
            options: BuildOptions(contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: folder.url("Public"))
        )
        XCTAssertNotNil(builder.build().output)
        let site = try XCTUnwrap(builder.previous?.site)
        let sharing = Set(PageCatalog.jobs(site).filter(\.sharesListItems).map(\.template))
        XCTAssertEqual(sharing, ["actor", "actors", "index", "timeline", "timeline-year", "topic", "topics", "weapon", "weapons"])
    }
}
