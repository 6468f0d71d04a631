import XCTest

@testable import DossierKit

/// "Text from content is always escaped in HTML": a report whose every text field carries markup
/// builds into pages where none of it is live.
final class EscapingTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
    }

    override func tearDown() {
        folder = nil
    }

    /// Live markup: a tag the content injected, as opposed to its escaped text.
    private static let liveMarkup = [
        "<script>alert", "<img src=x", "href=\"javascript:", "src=\"javascript:", "<div class=\"raw-block\"",
    ]

    private func buildEscapingFixture(unsafeHTML: Bool = false) throws -> String {
        let content = try folder.copy(TestPaths.fixture("escaping"), to: "Content")
        if unsafeHTML {
            try (FileTree.text(content + "/site.yml") + "unsafe_html: true\n").write(
                toFile: content + "/site.yml", atomically: true, encoding: .utf8)
        }
        let output = folder.url("Public")
        let result = Fixture.build(content, into: output)
        XCTAssertEqual(result.diagnostics.map(\.headline), [])
        XCTAssertNotNil(result.output)
        return output
    }

    func testNoContentMarkupIsLiveInAnyFile() throws {
        let output = try buildEscapingFixture()
        var problems: [String] = []
        let files = FileTree.files(output).filter { !$0.hasPrefix("assets/") }
        XCTAssertGreaterThan(files.count, 20)
        for file in files where !file.hasSuffix(".json") {
            let text = FileTree.text(output + "/" + file)
            for pattern in Self.liveMarkup {
                for found in HTMLScan.matches(pattern, in: text) { problems.append("\(file): \(found)") }
            }
            // An event handler outside quoted attribute values is a live attribute (escaped text holds no quote).
            for found in HTMLScan.matches("<[a-z][^>]*\\son[a-z]+=", in: HTMLScan.withoutAttributeValues(text)) {
                problems.append("\(file): \(found)")
            }
        }
        XCTAssertEqual(problems, [])
    }

    func testTheTextIsShownEscapedNotDropped() throws {
        let output = try buildEscapingFixture()
        let claim = FileTree.text(output + "/claims/evil-claim/index.html")
        XCTAssertTrue(claim.contains("&lt;script&gt;alert(19)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(19)&gt;"), claim)
        XCTAssertTrue(claim.contains("&lt;script&gt;alert(21)&lt;/script&gt;"), "the venue")
        XCTAssertTrue(claim.contains("&lt;script&gt;alert(20)&lt;/script&gt;"), "refers_to_text")
        XCTAssertTrue(claim.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the site title")
        // The JSON-LD cannot close its <script> element.
        XCTAssertTrue(claim.contains("\\u003cscript\\u003ealert(19)\\u003c/script\\u003e"), claim)

        let article = FileTree.text(output + "/articles/evil-article/index.html")
        XCTAssertTrue(article.contains("&lt;script&gt;alert(4)&lt;/script&gt;"), "the outlet")
        XCTAssertTrue(article.contains("&lt;script&gt;alert(5)&lt;/script&gt;"), "the author")
        XCTAssertTrue(article.contains("href=\"https://example.org/news?id=1&amp;lang=en\""), "the url, escaped as an attribute")
        // The quote made of markup is found and marked as text.
        XCTAssertTrue(
            article.contains(
                "<mark id=\"q-evil-claim-0\" class=\"quote\">&quot;&gt;&lt;img src=x onerror=alert(22)&gt; and &lt;script&gt;alert(23)&lt;/script&gt;</mark>"
            ), article)

        let actor = FileTree.text(output + "/actors/evil-state/index.html")
        XCTAssertTrue(actor.contains("&quot;&gt;&lt;img src=x onerror=alert(11)&gt;"), "the alias")
        XCTAssertTrue(actor.contains("&lt;script&gt;alert(12)&lt;/script&gt;"), "the role")

        let weapon = FileTree.text(output + "/weapons/evil-drone/index.html")
        XCTAssertTrue(weapon.contains("&lt;script&gt;alert(15)&lt;/script&gt; drone"), "the name")
        XCTAssertTrue(weapon.contains("&quot;&gt;&lt;img src=x onerror=alert(16)&gt;"), "the category")

        let feed = FileTree.text(output + "/feed.xml")
        XCTAssertTrue(
            feed.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; Report</title>"), feed)
        XCTAssertTrue(feed.contains("https://example.org/a&amp;b/"), feed)
        XCTAssertTrue(FileTree.text(output + "/sitemap.xml").contains("<loc>https://example.org/a&amp;b/claims/evil-claim/</loc>"))
        // The description is Markdown: its raw HTML is left out (safe mode), its emphasis kept.
        let home = FileTree.text(output + "/index.html")
        XCTAssertTrue(home.contains("<strong>Markdown</strong>"), home)
        XCTAssertFalse(home.contains("alert(2)</script>"), home)
    }

    /// claims.json is data, not markup: the text comes back exactly as written.
    func testClaimsJSONCarriesTheTextAsData() throws {
        let output = try buildEscapingFixture()
        let data = try XCTUnwrap(FileManager.default.contents(atPath: output + "/claims.json"))
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(root["title"] as? String, #"<script>alert(1)</script> "><img src=x onerror=alert(1)> Report"#)
        let claims = try XCTUnwrap(root["claims"] as? [[String: Any]])
        XCTAssertEqual(claims.first?["text"] as? String, #"<script>alert(19)</script> "><img src=x onerror=alert(19)>"#)
        XCTAssertEqual(claims.first?["venue"] as? String, #"<script>alert(21)</script> "><img src=x onerror=alert(21)>"#)
    }

    func testUnsafeHTMLLetsTheArticlesRawHTMLThrough() throws {
        let output = try buildEscapingFixture(unsafeHTML: true)
        let article = FileTree.text(output + "/articles/evil-article/index.html")
        XCTAssertTrue(article.contains("<script>alert(6)</script>"), article)
        XCTAssertTrue(article.contains("<div class=\"raw-block\"><img src=x onerror=alert(7)></div>"), article)
        XCTAssertTrue(article.contains("<img src=x onerror=alert(8)>"), article)
        // Fields are text whatever the setting: only Markdown bodies carry HTML.
        XCTAssertTrue(article.contains("&lt;script&gt;alert(3)&lt;/script&gt;"), "the title")
        let claim = FileTree.text(output + "/claims/evil-claim/index.html")
        XCTAssertFalse(claim.contains("<script>alert"), claim)
    }
}
