import XCTest

@testable import DossierKit

/// The good fixture built with the real theme: the files it makes, the pages as readers see them
/// (snapshots), and properties every page must have.
final class GoodReportTests: XCTestCase {
    private static var folder: TemporaryDirectory?
    private static var result: BuildResult?
    static let content = TestPaths.fixture("good")

    /// One build shared by the tests of this class, which only read its output.
    private var output: String {
        get throws {
            if Self.folder == nil {
                let folder = try TemporaryDirectory()
                Self.folder = folder
                Self.result = Fixture.build(Self.content, into: folder.url("site"))
            }
            return Self.folder!.url("site")
        }
    }

    private var result: BuildResult {
        get throws {
            _ = try output
            return try XCTUnwrap(Self.result)
        }
    }

    override class func tearDown() {
        folder = nil
        result = nil
        super.tearDown()
    }

    private func page(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let full = try output + "/" + path
        let data = try XCTUnwrap(FileManager.default.contents(atPath: full), "no \(path) in the output", file: file, line: line)
        return try XCTUnwrap(String(data: data, encoding: .utf8), file: file, line: line)
    }

    // MARK: The build

    func testTheFixtureHasNoProblemsAtAll() throws {
        let check = Fixture.check(Self.content, strict: true)
        XCTAssertEqual(check.diagnostics.map(\.headline), [])
        XCTAssertNil(check.output, "a check publishes nothing")
        XCTAssertFalse(FileManager.default.fileExists(atPath: Fixture.uncheckedOutput), "nor creates the output folder")

        let build = try result
        XCTAssertEqual(build.diagnostics.map(\.headline), [])
        XCTAssertTrue(build.succeeded)
        XCTAssertEqual(build.steps.map(\.name), ["load", "validate", "index", "render", "write"])
        XCTAssertEqual(build.notes, [])
    }

    func testEveryOutputFile() throws {
        let files = FileTree.files(try output, includeHidden: true)
        XCTAssertEqual(files, Self.expectedFiles)
        let summary = try XCTUnwrap(try result.output)
        XCTAssertEqual(summary.written, Self.expectedFiles, "a first build writes every file")
        XCTAssertEqual(summary.unchanged, 0)
        XCTAssertEqual(summary.removed, [])
        XCTAssertEqual(try result.pageCount, Self.expectedFiles.filter { $0.hasSuffix(".html") }.count)
    }

    static let expectedFiles: [String] = [
        "404.html",
        "actors/hur/index.html",
        "actors/index.html",
        "actors/iran/index.html",
        "actors/kyrylo-budanov/index.html",
        "actors/nasser-kanani/index.html",
        "actors/new-york-times/index.html",
        "actors/russia/index.html",
        "actors/ukraine/index.html",
        "articles/2022-10-18-iran-admits-drones/index.html",
        "articles/2022-12-24-iran-refuses-ballistic-missiles/index.html",
        "articles/2023-01-kanani-denies-missiles/index.html",
        "articles/index.html",
        "assets/custom.css",
        "assets/search.js",
        "assets/site.css",
        "claims.json",
        "claims/budanov-drones-delivered/index.html",
        "claims/budanov-iran-in-no-hurry/index.html",
        "claims/budanov-iran-withholds-ballistic-missiles/index.html",
        "claims/budanov-russia-expects-missiles/index.html",
        "claims/iran-admits-drones/index.html",
        "claims/kanani-denies-drones/index.html",
        "claims/kanani-denies-missiles/index.html",
        "claims/nyt-interviews-budanov/index.html",
        "claims/ukraine-drones-hit-power-plants/index.html",
        "feed.xml",
        "index.html",
        "search/index.html",
        "search/index.js",
        "sitemap.xml",
        "timeline/2022/index.html",
        "timeline/2023/index.html",
        "timeline/index.html",
        "topics/index.html",
        "topics/iran-ballistic-missiles-to-russia/index.html",
        "topics/iran-drones-to-russia/index.html",
        "weapons/fateh-110/index.html",
        "weapons/index.html",
        "weapons/iranian-ballistic-missiles/index.html",
        "weapons/shahed-136/index.html",
    ]

    /// Every page template of the theme renders against the fixture into a whole page.
    func testEveryPageTemplateRenders() throws {
        let pageOfTemplate = [
            "index": "index.html", "actors": "actors/index.html", "actor": "actors/iran/index.html",
            "weapons": "weapons/index.html", "weapon": "weapons/fateh-110/index.html", "topics": "topics/index.html",
            "topic": "topics/iran-ballistic-missiles-to-russia/index.html", "articles": "articles/index.html",
            "article": "articles/2023-01-kanani-denies-missiles/index.html", "claim": "claims/kanani-denies-missiles/index.html",
            "timeline": "timeline/index.html", "timeline-year": "timeline/2023/index.html", "search": "search/index.html",
            "404": "404.html",
        ]
        XCTAssertEqual(pageOfTemplate.keys.sorted(), TemplateSet.pageTemplates.sorted(), "a page template without a test page")
        for (template, path) in pageOfTemplate.sorted(by: { $0.key < $1.key }) {
            let html = try page(path)
            XCTAssertTrue(html.hasPrefix("<!doctype html>"), "\(template): \(path)")
            XCTAssertTrue(html.hasSuffix("</html>\n"), "\(template): \(path)")
        }
    }

    // MARK: Snapshots

    func testSnapshots() throws {
        let pages = [
            "index.html": "index.html",
            "actors/kyrylo-budanov/index.html": "actor-kyrylo-budanov.html",
            "weapons/iranian-ballistic-missiles/index.html": "weapon-iranian-ballistic-missiles.html",
            "topics/iran-drones-to-russia/index.html": "topic-iran-drones-to-russia.html",
            "articles/2022-12-24-iran-refuses-ballistic-missiles/index.html": "article-2022-12-24-iran-refuses-ballistic-missiles.html",
            "claims/budanov-iran-withholds-ballistic-missiles/index.html": "claim-budanov-iran-withholds-ballistic-missiles.html",
            "timeline/2022/index.html": "timeline-2022.html",
            "claims.json": "claims.json",
            "feed.xml": "feed.xml",
            "sitemap.xml": "sitemap.xml",
        ]
        for (path, snapshot) in pages.sorted(by: { $0.key < $1.key }) {
            assertSnapshot(try page(path), named: "good/" + snapshot)
        }
    }

    // MARK: Pages

    func testEveryQuoteIsMarkedInItsArticleAndLinkedFromItsClaim() throws {
        let result = ContentLoader.load(contentDirectory: Self.content)
        let report = try XCTUnwrap(result.report)
        var quotes = 0
        for claim in report.claims {
            for (index, source) in claim.sources.enumerated() where source.quote != nil {
                quotes += 1
                let anchor = "q-\(claim.id)-\(index)"
                let article = try page("articles/\(source.article)/index.html")
                XCTAssertTrue(article.contains("<mark id=\"\(anchor)\" class=\"quote\">"), "\(anchor) is not marked")
                XCTAssertTrue(
                    article.contains("href=\"../../claims/\(claim.id)/index.html\""), "\(source.article) does not link back to \(claim.id)")
                let claimPage = try page("claims/\(claim.id)/index.html")
                XCTAssertTrue(
                    claimPage.contains("href=\"../../articles/\(source.article)/index.html#\(anchor)\""),
                    "\(claim.id) does not link to \(anchor)")
                XCTAssertTrue(claimPage.contains("<mark>"), "\(claim.id) shows no passage in context")
            }
        }
        XCTAssertEqual(quotes, 9)
    }

    func testQuotesMatchAcrossQuoteStylesDashesSpacesAndEmphasis() throws {
        let article = try page("articles/2022-12-24-iran-refuses-ballistic-missiles/index.html")
        // Straight quotes and a hyphen in the claim; typographic quotes, an en dash and three spaces in the article,
        // which is shown as written.
        XCTAssertEqual(
            HTMLScan.markedText("q-budanov-iran-in-no-hurry-0", in: article),
            "“Iran is in no hurry to supply missiles – for   understandable reasons,”")
        // Emphasis inside the passage: the mark is split around <strong> and <em> and the text is whole.
        let drones = try page("articles/2022-10-18-iran-admits-drones/index.html")
        XCTAssertEqual(
            HTMLScan.markedText("q-iran-admits-drones-0", in: drones),
            "sent a small number of Shahed drones to Russia months before the war")
        XCTAssertEqual(HTMLScan.markedText("q-kanani-denies-drones-0", in: drones), "“has not supplied any weapons” to either side")
        // A line break inside the passage; case differs in another.
        let denial = try page("articles/2023-01-kanani-denies-missiles/index.html")
        XCTAssertEqual(HTMLScan.markedText("q-kanani-denies-missiles-0", in: denial), "baseless\nclaims of the enemies")
        XCTAssertEqual(
            HTMLScan.markedText("q-nyt-interviews-budanov-0", in: article), "said in an interview with The New York Times on Dec. 23")
    }

    func testMentionsLinkTheFirstNameOrAliasLongestFirst() throws {
        let article = try page("articles/2022-12-24-iran-refuses-ballistic-missiles/index.html")
        // "Kyrylo Budanov" wins over its alias "Budanov" where both start.
        XCTAssertEqual(
            HTMLScan.matches("<a class=\"mention\" href=\"../../actors/kyrylo-budanov/index.html\">[^<]*</a>", in: article),
            [
                "<a class=\"mention\" href=\"../../actors/kyrylo-budanov/index.html\">Kyrylo Budanov</a>"
            ])
        XCTAssertEqual(
            HTMLScan.matches("<a class=\"mention\" href=\"../../actors/hur/index.html\">[^<]*</a>", in: article),
            [
                "<a class=\"mention\" href=\"../../actors/hur/index.html\">HUR</a>"
            ])
        XCTAssertEqual(
            HTMLScan.matches("<a class=\"mention\" href=\"../../weapons/shahed-136/index.html\">[^<]*</a>", in: article),
            [
                "<a class=\"mention\" href=\"../../weapons/shahed-136/index.html\">Shahed</a>"
            ])
        // "Iranian" is not a mention of Iran; "Iran’s" is.
        let drones = try page("articles/2022-10-18-iran-admits-drones/index.html")
        XCTAssertTrue(drones.contains("<a class=\"mention\" href=\"../../actors/iran/index.html\">Iran</a>"), drones)
        XCTAssertFalse(article.contains("href=\"../../actors/iran/index.html\">Iran</a>ian"), article)
    }

    func testEveryRelativeLinkLeadsToAFileAndEveryFragmentToAnId() throws {
        let root = try output
        var problems: [String] = []
        var checked = 0
        for file in FileTree.files(root) where file.hasSuffix(".html") && file != "404.html" {
            let html = try page(file)
            let folder = (file as NSString).deletingLastPathComponent
            for raw in HTMLScan.links(in: html) {
                let link = HTMLScan.unescape(raw)
                if link.hasPrefix("https://") || link.hasPrefix("http://") { continue }
                XCTAssertFalse(link.hasPrefix("/"), "\(file): \(link) is not relative")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let target =
                    parts[0].isEmpty ? file : ((folder as NSString).appendingPathComponent(String(parts[0])) as NSString).standardizingPath
                checked += 1
                guard FileManager.default.fileExists(atPath: root + "/" + target) else {
                    problems.append("\(file): \(link) leads to no file")
                    continue
                }
                if parts.count == 2, target.hasSuffix(".html") {
                    let ids = HTMLScan.ids(in: try page(target))
                    if !ids.contains(String(parts[1])) { problems.append("\(file): \(link) has no id '\(parts[1])' there") }
                }
            }
        }
        XCTAssertEqual(problems, [])
        XCTAssertGreaterThan(checked, 500)
    }

    /// With a `base_url`, only the canonical link and the feed's address are absolute: a link a
    /// reader follows stays relative (CONTENT.md), the claim's "Cite as" link included, so the
    /// site works from any folder and from the file system.
    func testNoLinkBetweenPagesCarriesTheBaseURL() throws {
        let root = try output
        var absolute: [String] = []
        for file in FileTree.files(root) where file.hasSuffix(".html") && file != "404.html" {
            absolute += HTMLScan.matches("<a [^>]*href=\"https://example.org/report[^\"]*\"", in: try page(file)).map { "\(file): \($0)" }
        }
        XCTAssertEqual(absolute, [])
        let claim = try page("claims/iran-admits-drones/index.html")
        XCTAssertTrue(
            claim.contains(
                "<a class=\"permalink\" href=\"../../claims/iran-admits-drones/index.html\">https://example.org/report/claims/iran-admits-drones/</a>"
            ), claim)
    }

    /// Search results and link previews show a page's title and description: a claim shared in
    /// a chat says who said it, when, and the quote behind it; with a `base_url` it names its
    /// address too.
    func testPagesDescribeThemselvesForSearchResultsAndLinkPreviews() throws {
        let claim = try page("claims/iran-admits-drones/index.html")
        for tag in [
            "<meta name=\"description\" content=\"Iran, 18 Oct 2022: “sent a small number of Shahed drones to Russia months before the war”\">",
            "<meta property=\"og:title\" content=\"Iran sent a small number of drones to Russia months before the war.\">",
            "<meta property=\"og:description\" content=\"Iran, 18 Oct 2022: “sent a small number of Shahed drones to Russia months before the war”\">",
            "<meta property=\"og:url\" content=\"https://example.org/report/claims/iran-admits-drones/\">",
        ] {
            XCTAssertTrue(claim.contains(tag), "\(tag) is not in \(claim)")
        }
        // Every page has a title and the site's name for previews; a description where it has one.
        var withDescription: [String] = []
        for file in FileTree.files(try output) where file.hasSuffix(".html") {
            let text = try page(file)
            XCTAssertEqual(HTMLScan.matches("<meta property=\"og:title\" content=\"[^\"<>]+\">", in: text).count, 1, file)
            XCTAssertEqual(HTMLScan.matches("<meta property=\"og:site_name\" content=\"[^\"<>]+\">", in: text).count, 1, file)
            // The Open Graph protocol requires og:type; without it a validator (Facebook's,
            // LinkedIn's) warns about every page.
            // An article or a claim is an article to a preview; every other page a website's.
            let isArticle = file.hasPrefix("articles/") && file != "articles/index.html" || file.hasPrefix("claims/")
            let type = isArticle ? "article" : "website"
            XCTAssertEqual(HTMLScan.matches("<meta property=\"og:type\" content=\"\(type)\">", in: text).count, 1, file)
            if !HTMLScan.matches("<meta name=\"description\" content=\"[^\"<>]+\">", in: text).isEmpty { withDescription.append(file) }
        }
        let kinds = Set(withDescription.map { $0.split(separator: "/").first.map(String.init) ?? $0 })
        XCTAssertEqual(kinds, ["index.html", "actors", "weapons", "topics", "articles", "claims"], "\(withDescription)")
        XCTAssertFalse(withDescription.contains("actors/index.html"), "list pages have no description of their own")
    }

    /// Every template is rendered (the file list covers each page kind); none may leave a blank
    /// where a value should be or a tag unreplaced.
    func testNoPageHasAnEmptyOrUnreplacedPlaceholder() throws {
        let root = try output
        let signs = [
            "\\{\\{", "\\}\\}", "href=\"\"", "src=\"\"", "action=\"\"",
            // ARIA allows a heading no role but its own: a row header holds the heading instead.
            "<h[1-6][^>]* role=", "datetime=\"\"", "id=\"\"", "lang=\"\"", "class=\"[^\"]*-\"",
            "<a [^>]*></a>", "<time[^>]*></time>", "<(h1|h2|h3|h4|title|dd|dt|li|strong|em|blockquote|mark|code)[^>]*>\\s*</\\1>",
            "\\(“”\\)", " · </", "\\?\\?", "undefined", "null<",
        ]
        var problems: [String] = []
        for file in FileTree.files(root) where file.hasSuffix(".html") || file.hasSuffix(".xml") {
            let text = try page(file)
            for sign in signs {
                for found in HTMLScan.matches(sign, in: text) { problems.append("\(file): \(found)") }
            }
        }
        XCTAssertEqual(problems, [])
    }

    func testClaimsJSONResolvesEveryReference() throws {
        let data = Data(try page("claims.json").utf8)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(root["base_url"] as? String, "https://example.org/report/")
        let claims = try XCTUnwrap(root["claims"] as? [[String: Any]])
        XCTAssertEqual(
            claims.compactMap { $0["id"] as? String },
            [
                "ukraine-drones-hit-power-plants", "kanani-denies-drones", "iran-admits-drones", "budanov-drones-delivered",
                "budanov-iran-in-no-hurry", "budanov-iran-withholds-ballistic-missiles", "budanov-russia-expects-missiles",
                "nyt-interviews-budanov", "kanani-denies-missiles",
            ], "timeline order: earliest day, coarser first, then id")
        let full = try XCTUnwrap(claims.first { $0["id"] as? String == "budanov-iran-withholds-ballistic-missiles" })
        XCTAssertEqual((full["actor"] as? [String: String])?["name"], "Kyrylo Budanov")
        XCTAssertEqual(full["said"] as? [String: String], ["text": "2022-12-23", "display": "23 Dec 2022", "earliest": "2022-12-23"])
        XCTAssertEqual(full["refers_to"] as? [String: String], ["text": "2022-06/2022-08", "display": "Jun–Aug 2022"])
        XCTAssertEqual(full["refers_to_text"] as? String, "this summer")
        XCTAssertEqual(full["stance"] as? String, "disputes")
        XCTAssertEqual((full["sources"] as? [[String: Any]])?.count, 2)
        XCTAssertEqual(full["responded_by"] as? [String], ["kanani-denies-missiles"])
    }
}
