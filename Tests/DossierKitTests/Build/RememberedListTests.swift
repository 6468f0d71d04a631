import XCTest

@testable import DossierKit

/// A remembered page's long lists copy the items that did not change from its last render.
/// Whatever they copy, the page must be the bytes a fresh render writes; and they must copy
/// what they can, or the edit path loses what it is for.
final class RememberedListTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var theme: TemplateSet!
    private let page = "index.html"
    private let count = TemplateRenderer.rememberThreshold + 20

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        for name in TemplateSet.pageTemplates where name != "index" { try folder.write("Theme/\(name).mustache", "{{title}}\n") }
        // Three long lists: one whose items use their position and a value from the page, one
        // in an indented partial, one whose items read a whole dictionary from the page.
        try folder.write(
            "Theme/index.mustache",
            """
            <h1>{{title}}</h1>
            <ul>
            {{#items}}
              <li data-i="{{index()}}"><a href="{{root}}{{href}}">{{name}}</a>{{#tags}} <em>{{.}}</em>{{/tags}}</li>
            {{/items}}
            </ul>
            <ol>
              {{> rows}}
            </ol>
            {{#sited}}<p>{{#site}}{{label}}{{/site}}: {{name}}</p>{{/sited}}

            """)
        try folder.write("Theme/rows.mustache", "{{#plain}}\n<li>{{name}}</li>\n{{/plain}}\n")
        theme = try Fixture.compiledTheme(folder.url("Theme"))
    }

    override func tearDown() {
        folder = nil
        theme = nil
    }

    private func item(_ index: Int, name: String? = nil) -> [String: Any] {
        ["name": name ?? "Article <\(index)>", "href": "articles/\(index)/", "tags": index % 3 == 0 ? ["a&b", "c"] : [String]()]
    }

    private func model(_ items: [[String: Any]], root: String = "../", plain: [[String: Any]]? = nil, label: String = "S")
        -> [String: Any]
    {
        ["title": "List", "root": root, "items": items, "plain": plain ?? items, "sited": items, "site": ["label": label]]
    }

    /// Renders remembered and fresh, asserts the same bytes, and returns how many items were copied.
    @discardableResult
    private func render(_ model: [String: Any], file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let remembered = try theme.render("index", model, rememberingAs: page)
        let fresh = try theme.render("index", model)
        XCTAssertEqual(String(decoding: remembered, as: UTF8.self), String(decoding: fresh, as: UTF8.self), file: file, line: line)
        return theme.rememberedLists.copiedItems(of: page)
    }

    func testCopiesExactlyTheItemsThatCannotHaveChanged() throws {
        var items = (0..<count).map { item($0) }
        XCTAssertEqual(try render(model(items)), 0, "nothing to copy from on the first render")
        // The third list reads the page's `site` dictionary: never copied, always right.
        XCTAssertEqual(try render(model(items)), 2 * count, "the same items, in the same place")

        items[5] = item(5, name: "Retitled & <new>")
        XCTAssertEqual(try render(model(items)), 2 * (count - 1), "all but the edited item, in both lists")
        XCTAssertEqual(try render(model(items, label: "T")), 2 * count, "the uncopied list still shows the new label")
        let text = String(decoding: try theme.render("index", model(items, label: "T"), rememberingAs: page), as: UTF8.self)
        XCTAssertTrue(text.contains("<p>T: Retitled &amp; &lt;new&gt;</p>"), text)

        XCTAssertEqual(try render(model(items, root: "../../")), count, "items that read the root render again")
        XCTAssertEqual(try render(model(items, root: "../../")), 2 * count)
    }

    func testItemsThatMovedAreFoundAndCopiedUnlessTheyShowTheirPosition() throws {
        var items = (0..<count).map { item($0) }
        try render(model(items))
        try render(model(items))
        items.insert(items.removeLast(), at: 0)
        // The first list shows every item's index; the second does not show positions.
        XCTAssertEqual(try render(model(items)), count, "every item of the second list, none of the first")
        items.insert(item(count), at: 3)
        XCTAssertEqual(try render(model(items)), 3 + count, "and of the first, the three items before the new one")
        items.removeFirst(2)
        XCTAssertEqual(try render(model(items)), count - 1)
    }

    func testAListInAnotherPlaceIsNotCopied() throws {
        let items = (0..<count).map { item($0) }
        try render(model(items))
        // Without the first list, the second is the page's first long list, but its tag differs.
        var model = model(items)
        model["items"] = [[String: Any]]()
        XCTAssertEqual(try render(model), 0)
    }

    func testAnItemMissingAKeyFailsAsItWouldFresh() throws {
        var items = (0..<count).map { item($0) }
        try render(model(items))
        items[7]["href"] = nil
        XCTAssertThrowsError(try theme.render("index", model(items), rememberingAs: page)) { error in
            XCTAssertEqual((error as? TemplateSet.RenderError)?.diagnostic.message, "the index page has no value 'href'")
        }
        items[7]["href"] = "articles/7/"
        try render(model(items))
    }

    func testShortListsAreNotRemembered() throws {
        let items = (0..<TemplateRenderer.rememberThreshold - 1).map { item($0) }
        try render(model(items))
        XCTAssertEqual(try render(model(items)), 0)
    }

    func testDictionariesShareStorageOnlyWhenCopied() {
        let first: [String: Any] = ["a": 1]
        let copy = first
        var changed = first
        changed["a"] = 2
        XCTAssertTrue(SharedStorage.same(first, copy))
        XCTAssertFalse(SharedStorage.same(first, changed))
        XCTAssertFalse(SharedStorage.same(first, ["a": 1] as [String: Any]), "equal contents, other storage")
    }

    /// Records (the article list's items are) are remembered as dictionaries are: by their
    /// values' storage, which a changed record does not share.
    func testListsOfRecordsAreRememberedLikeDictionaries() throws {
        func record(_ index: Int, name: String? = nil) -> TemplateRecord {
            TemplateRecord(["name": name ?? "Article <\(index)>", "href": "articles/\(index)/", "tags": [String]()])
        }
        func model(_ records: [TemplateRecord], root: String = "../") -> [String: Any] {
            ["title": "List", "root": root, "items": records, "plain": records, "sited": [[String: Any]](), "site": ["label": "S"]]
        }
        var records = (0..<count).map { record($0) }
        XCTAssertEqual(try render(model(records)), 0)
        XCTAssertEqual(try render(model(records)), 2 * count, "the same records, in the same place")
        records[5] = records[5].setting("name", to: "Retitled & <new>")
        XCTAssertEqual(try render(model(records)), 2 * (count - 1), "all but the changed record, in both lists")
        records[9] = records[9].adding(["extra": true])
        XCTAssertEqual(try render(model(records)), 2 * (count - 1), "a record with a name added is another record")
        XCTAssertEqual(try render(model(records, root: "../../")), count, "records that read the root render again")
    }

    func testRecordsShareStorageOnlyWhenCopied() {
        let first = TemplateRecord(["a": 1])
        let copy = first
        XCTAssertEqual(first.storageAddress, copy.storageAddress)
        XCTAssertNotEqual(first.storageAddress, first.setting("a", to: 2).storageAddress)
        XCTAssertNotEqual(first.storageAddress, first.adding(["b": 2]).storageAddress)
        XCTAssertNotEqual(first.storageAddress, TemplateRecord(["a": 1]).storageAddress, "equal contents, other storage")
    }
}
