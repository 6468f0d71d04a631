import XCTest

@testable import DossierKit

/// A theme's mistakes fail the build with a diagnostic at the template's file and line, instead of
/// rendering a blank or an unescaped value.
final class ThemeTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var theme: String!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        theme = try folder.copy(TestPaths.templates, to: "Theme")
    }

    override func tearDown() {
        folder = nil
    }

    /// Replaces the first `old` in a template of the copied theme and returns the line it was on.
    @discardableResult
    private func edit(_ template: String, replacing old: String, with new: String, file: StaticString = #filePath, line: UInt = #line)
        throws -> Int
    {
        let path = theme + "/" + template
        let text = FileTree.text(path)
        let range = try XCTUnwrap(text.range(of: old), "\(old) is not in \(template)", file: file, line: line)
        try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    private func column(of text: String, in template: String, line: Int) -> Int {
        let lines = FileTree.text(theme + "/" + template).split(separator: "\n", omittingEmptySubsequences: false)
        guard let range = lines[line - 1].range(of: text) else { return 0 }
        return lines[line - 1].distance(from: lines[line - 1].startIndex, to: range.lowerBound) + 1
    }

    /// The good fixture built with the edited theme into Public/.
    private func buildFixture() -> BuildResult {
        Fixture.build(TestPaths.fixture("good"), into: folder.url("Public"), templates: theme)
    }

    /// Builds the good fixture with the edited theme into a fresh folder and returns the diagnostics, relative to the theme.
    private func buildHeadlines() -> [String] {
        let output = folder.url("Public")
        let result = buildFixture()
        XCTAssertFalse(result.succeeded)
        XCTAssertNil(result.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/index.html"), "nothing is published")
        return Fixture.headlines(result.diagnostics, relativeTo: theme)
    }

    func testTheRealThemeRendersTheFixture() throws {
        let result = buildFixture()
        XCTAssertEqual(result.diagnostics.map(\.headline), [])
        XCTAssertEqual(Set(TemplateSet.pageTemplates).count, 14)
    }

    func testAMisspeltKeyPointsAtItsTemplateAndLine() throws {
        let line = try edit("index.mustache", replacing: "<h1>{{site.title}}</h1>", with: "<h1>{{site.titel}}</h1>")
        let column = column(of: "{{site.titel}}", in: "index.mustache", line: line)
        XCTAssertEqual(buildHeadlines(), ["index.mustache:\(line):\(column): error: the index page has no value 'site.titel'"])
    }

    /// A block's default that every page replaces is never rendered; a misspelt part of a dotted
    /// name there (`page` is a record) is still found, on every page.
    func testAMisspeltDottedNameThatNoPageRendersIsFound() throws {
        let line = try edit("layout.mustache", replacing: "{{$main}}{{/main}}", with: "{{$main}}{{page.titel}}{{/main}}")
        let column = column(of: "{{page.titel}}", in: "layout.mustache", line: line)
        XCTAssertEqual(buildHeadlines(), ["layout.mustache:\(line):\(column): error: no page has a value 'page.titel'"])
        try edit("layout.mustache", replacing: "{{page.titel}}", with: "{{page.title}}")
        XCTAssertEqual(
            buildFixture().diagnostics.map(\.headline), [])
    }

    func testAMisspeltTopLevelKeyPointsAtItsTemplateAndLine() throws {
        let line = try edit("topic.mustache", replacing: "{{$main}}", with: "{{$main}}<p>{{claims_count}}</p>")
        let column = column(of: "{{claims_count}}", in: "topic.mustache", line: line)
        XCTAssertEqual(buildHeadlines(), ["topic.mustache:\(line):\(column): error: the topic page has no value 'claims_count'"])
    }

    /// A name missed inside a section is likely a typo of a name the section's value has, not
    /// only of the page's own names: the hint looks at every value open where it was missed.
    func testAMisspeltKeyInsideASectionIsMatchedWithTheSectionsNames() throws {
        try edit("article.mustache", replacing: "<h1>{{title}}</h1>", with: "<h1>{{titel}}</h1>")
        let result = buildFixture()
        XCTAssertEqual(result.diagnostics.first?.message, "the article page has no value 'titel'")
        XCTAssertEqual(result.diagnostics.first?.hint, "did you mean 'title'?")

        try edit("article.mustache", replacing: "<h1>{{titel}}</h1>", with: "<h1>{{heading}}</h1>")
        let again = buildFixture()
        let hint = try XCTUnwrap(again.diagnostics.first?.hint)
        XCTAssertTrue(hint.hasPrefix("a template can use there: "), hint)
        XCTAssertTrue(hint.contains(", published, "), "the article's own names: \(hint)")
        XCTAssertTrue(hint.contains(", site, "), "and the page's: \(hint)")
    }

    /// `dossier check` checks "the report and the theme without writing anything": the same theme
    /// problems as a build, without publishing.
    func testCheckFindsWhatABuildFinds() throws {
        try edit("topic.mustache", replacing: "{{$main}}", with: "{{$main}}<p>{{claims_count}}</p>")
        let build = buildHeadlines()
        XCTAssertEqual(build.count, 1)
        let check = Fixture.check(TestPaths.fixture("good"), templates: theme)
        XCTAssertEqual(Fixture.headlines(check.diagnostics, relativeTo: theme), build)
        XCTAssertFalse(check.succeeded)
    }

    /// A typo in a partial is met by every kind of page that renders it: it is told once, at
    /// the partial's tag, naming those pages, not once per page with only the name differing.
    func testAMisspeltKeyInAPartialPointsAtThePartialOnce() throws {
        let line = try edit("partials/claim.mustache", replacing: "{{said}}", with: "{{siad}}")
        let column = column(of: "{{siad}}", in: "partials/claim.mustache", line: line)
        let result = buildFixture()
        XCTAssertEqual(
            Fixture.headlines(result.diagnostics, relativeTo: theme),
            [
                "partials/claim.mustache:\(line):\(column): error: the index, actor, weapon, topic, article, claim, timeline and timeline-year pages have no value 'siad'"
            ])
        XCTAssertEqual(result.diagnostics.first?.hint, "did you mean 'said'?")
    }

    /// Every name a page lacks is reported in one build, not one per build.
    func testEveryMissingNameOfAPageIsReported() throws {
        let line = try edit("actor.mustache", replacing: "{{#role}}<p class=\"role\">", with: "{{#rle}}<p class=\"role\">")
        try edit("actor.mustache", replacing: "{{role}}</p>{{/role}}", with: "{{role}}</p>{{/rle}}")
        let aliasesLine = try edit("actor.mustache", replacing: "{{^empty(aliases)}}", with: "{{^empty(alises)}}")
        try edit("actor.mustache", replacing: "{{/empty(aliases)}}", with: "{{/empty(alises)}}")
        let kickerLine = try edit("actor.mustache", replacing: "{{kind}}", with: "{{knid}}")
        XCTAssertEqual(
            buildHeadlines(),
            [
                "actor.mustache:\(kickerLine):\(column(of: "{{knid}}", in: "actor.mustache", line: kickerLine)): error: the actor page has no value 'knid'",
                "actor.mustache:\(line):\(column(of: "{{#rle}}", in: "actor.mustache", line: line)): error: the actor page has no value 'rle'",
                "actor.mustache:\(aliasesLine):\(column(of: "{{^empty(alises)}}", in: "actor.mustache", line: aliasesLine)): error: the actor page has no value 'alises'",
            ])
    }

    /// A name missed in a partial is pointed at there, not at another page's template that
    /// uses the same name rightly (`actors.mustache` has `{{count}}`).
    func testAMissingNameIsLookedForInTheTemplatesThePageRenders() throws {
        let line = try edit("partials/claim.mustache", replacing: "<p class=\"claim-text\">", with: "<p class=\"claim-text\">{{count}}")
        let column = column(of: "{{count}}", in: "partials/claim.mustache", line: line)
        let headlines = buildHeadlines()
        XCTAssertTrue(
            headlines.contains {
                $0.hasPrefix("partials/claim.mustache:\(line):\(column): error: the actor, ")
                    && $0.hasSuffix(" pages have no value 'count'")
            },
            "\(headlines)")
        XCTAssertFalse(headlines.contains { $0.hasPrefix("actors.mustache:") }, "\(headlines)")
    }

    /// Inside a list item a dotted name's first part is the item's own: a typo after the dot
    /// would render blank on every item (Mustache's rule) if the renderer did not report it.
    func testAMisspeltDottedKeyInAListItemPointsAtThePartial() throws {
        let line = try edit("partials/claim.mustache", replacing: "{{actor.name}}", with: "{{actor.nmae}}")
        let column = column(of: "{{actor.nmae}}", in: "partials/claim.mustache", line: line)
        let output = folder.url("Public")
        let result = Fixture.build(TestPaths.fixture("good"), into: output, templates: theme)
        XCTAssertFalse(result.succeeded)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/index.html"), "nothing is published")
        let headlines = Fixture.headlines(result.diagnostics, relativeTo: theme)
        XCTAssertEqual(headlines.count, 1, "\(headlines)")
        XCTAssertTrue(headlines[0].hasPrefix("partials/claim.mustache:\(line):\(column): error: the index, actor, "), "\(headlines)")
        XCTAssertTrue(headlines[0].hasSuffix(" pages have no value 'actor.nmae'"), "\(headlines)")
        XCTAssertEqual(result.diagnostics.first?.hint, "did you mean 'actor.name'?")
    }

    /// A layout that does not parse is one error at its line, not also "template 'layout' does
    /// not exist" at each of the fourteen pages that use it.
    func testATemplateThatDoesNotParseIsNotAlsoMissing() throws {
        let line = try edit("layout.mustache", replacing: "</body>", with: "{{#broken}}</body>")
        let column = column(of: "{{#broken}}", in: "layout.mustache", line: line)
        XCTAssertEqual(buildHeadlines(), ["layout.mustache:\(line):\(column): error: '{{#broken}}' is never closed"])
    }

    /// swift-mustache notices a section left open at the end of the file and says only "a
    /// section is never closed" there: the error names the section, at its opening tag.
    func testASectionNeverClosedIsPointedAtWhereItOpens() throws {
        let path = theme + "/404.mustache"
        let text = FileTree.text(path)
        try (text + "{{^empty(topics)}}").write(toFile: path, atomically: true, encoding: .utf8)
        let line = text.filter { $0 == "\n" }.count + 1
        let column = column(of: "{{^empty(topics)}}", in: "404.mustache", line: line)
        XCTAssertEqual(buildHeadlines(), ["404.mustache:\(line):\(column): error: '{{^empty(topics)}}' is never closed"])
        let result = buildFixture()
        XCTAssertEqual(
            result.diagnostics.first?.hint, "the file ends with it open: close it with {{/empty(topics)}} where it should end")
    }

    /// A section left open inside a block is closed by the block's end tag, where swift-mustache
    /// says "closed with another name": the error names the open section and where it opened.
    func testASectionLeftOpenInsideABlockIsNamedAtTheBlocksEnd() throws {
        let line = try edit("actor.mustache", replacing: "{{#role}}<p class=\"role\">{{role}}</p>{{/role}}", with: "{{#role}}")
        let openColumn = column(of: "{{#role}}", in: "actor.mustache", line: line)
        let closeLine = FileTree.text(theme + "/actor.mustache").components(separatedBy: "\n").firstIndex(of: "{{/actor}}")! + 1
        let result = buildFixture()
        XCTAssertEqual(
            Fixture.headlines(result.diagnostics, relativeTo: theme),
            [
                "actor.mustache:\(closeLine):1: error: the section 'role' opened at line \(line), column \(openColumn) is closed as 'actor'"
            ])
        XCTAssertEqual(result.diagnostics.first?.hint, "close 'role' with {{/role}} before {{/actor}}")
    }

    /// A closing tag without an open section is named, not "closed with another name".
    func testAClosingTagWithoutASection() throws {
        let path = theme + "/404.mustache"
        let text = FileTree.text(path)
        try ("{{/topics}}" + text).write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(buildHeadlines(), ["404.mustache:1:1: error: '{{/topics}}' closes no section"])
    }

    /// A partial that neither the theme folder nor the built-in theme has.
    func testAMissingPartial() throws {
        let users = FileTree.files(theme).filter { $0.hasSuffix(".mustache") }
        var expected: [String] = []
        for template in users {
            let text = FileTree.text(theme + "/" + template)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                guard let range = line.range(of: "{{> partials/stance}}") else { continue }
                let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                expected.append("\(template):\(index + 1):\(column): error: template 'partials/verdict' does not exist")
            }
            try text.replacingOccurrences(of: "{{> partials/stance}}", with: "{{> partials/verdict}}")
                .write(toFile: theme + "/" + template, atomically: true, encoding: .utf8)
        }
        XCTAssertFalse(expected.isEmpty, "the theme no longer uses partials/stance: pick another partial")
        // Each use, at its place; a suggestion may follow, depending on the partials the theme has.
        let headlines = buildHeadlines().filter { !$0.contains("warning: no page uses") }
        XCTAssertEqual(headlines.count, expected.count, "\(headlines)")
        for (headline, prefix) in zip(headlines, expected) {
            XCTAssertTrue(headline.hasPrefix(prefix), "\(headline) does not start with \(prefix)")
        }
    }

    func testAMisspeltPartialSuggestsTheRightOne() throws {
        let line = try edit("actor.mustache", replacing: "{{> partials/article-link}}", with: "{{> partials/article-links}}")
        let column = column(of: "{{> partials/article-links}}", in: "actor.mustache", line: line)
        XCTAssertEqual(
            buildHeadlines(),
            [
                "actor.mustache:\(line):\(column): error: template 'partials/article-links' does not exist; did you mean 'partials/article-link'?"
            ])
    }

    /// A partial named without its folder is told with the folder.
    func testAPartialNamedWithoutItsFolderSuggestsItsPath() throws {
        let line = try edit("actor.mustache", replacing: "{{> partials/article-link}}", with: "{{> article-link}}")
        let column = column(of: "{{> article-link}}", in: "actor.mustache", line: line)
        XCTAssertEqual(
            buildHeadlines(),
            ["actor.mustache:\(line):\(column): error: template 'article-link' does not exist; did you mean 'partials/article-link'?"])
    }

    func testRawOutputOnlyForHTMLAndJSONValues() throws {
        let line = try edit("actor.mustache", replacing: "<h1>{{name}}</h1>", with: "<h1>{{{name}}}</h1>")
        try edit("weapon.mustache", replacing: "<h1>{{name}}</h1>", with: "<h1>{{&name}}</h1>")
        let weaponLine =
            FileTree.text(theme + "/weapon.mustache").components(separatedBy: "\n").firstIndex { $0.contains("{{&name}}") }! + 1
        XCTAssertEqual(
            buildHeadlines(),
            [
                "actor.mustache:\(line):\(column(of: "{{{name}}}", in: "actor.mustache", line: line)): error: 'name' is written unescaped",
                "weapon.mustache:\(weaponLine):\(column(of: "{{&name}}", in: "weapon.mustache", line: weaponLine)): error: 'name' is written unescaped",
            ])
    }

    /// `{{%CONTENT_TYPE:TEXT}}` makes swift-mustache stop escaping every `{{name}}` after it:
    /// a claim's text would reach the page as live markup through a tag that looks escaped.
    func testAContentTypeThatTurnsOffEscapingIsAnError() throws {
        let line = try edit("partials/claim.mustache", replacing: "<article", with: "{{%CONTENT_TYPE:TEXT}}<article")
        XCTAssertEqual(
            buildHeadlines(), ["partials/claim.mustache:\(line):1: error: '{{%CONTENT_TYPE:TEXT}}' turns off HTML escaping"])
        try edit("partials/claim.mustache", replacing: "{{%CONTENT_TYPE:TEXT}}", with: "{{% CONTENT_TYPE : HTML }}")
        let result = buildFixture()
        XCTAssertEqual(result.diagnostics.map(\.headline).filter { $0.contains("error:") }, [], "HTML, the default, is fine")
    }

    /// After a set-delimiter tag, `<%&name%>` is raw output as much as `{{{name}}}` is.
    func testRawOutputAfterADelimiterChangeIsFound() throws {
        let line = try edit("actor.mustache", replacing: "<h1>{{name}}</h1>", with: "{{=<% %>=}}<h1><%&name%></h1><%={{ }}=%>")
        let column = column(of: "<%&name%>", in: "actor.mustache", line: line)
        XCTAssertEqual(buildHeadlines(), ["actor.mustache:\(line):\(column): error: 'name' is written unescaped"])
    }

    /// A delimiter change inside a section ends with it, as swift-mustache parses it.
    func testADelimiterChangeEndsWithItsSection() throws {
        let line = try edit(
            "actor.mustache", replacing: "<h1>{{name}}</h1>", with: "{{#actor}}{{=<% %>=}}<%/actor%><h1>{{{name}}}</h1>")
        let column = column(of: "{{{name}}}", in: "actor.mustache", line: line)
        XCTAssertEqual(buildHeadlines(), ["actor.mustache:\(line):\(column): error: 'name' is written unescaped"])
    }

    /// A misspelt closing tag names the section it should close and where that opened, at the
    /// closing tag: swift-mustache only says "closed with another name".
    func testAMisspeltClosingTagNamesItsSection() throws {
        let line = try edit("topics.mustache", replacing: "{{/topics}}", with: "{{/topic}}")
        let column = column(of: "{{/topic}}", in: "topics.mustache", line: line)
        let openLine = FileTree.text(theme + "/topics.mustache").components(separatedBy: "\n").firstIndex(of: "{{#topics}}")! + 1
        let result = buildFixture()
        XCTAssertEqual(
            Fixture.headlines(result.diagnostics, relativeTo: theme),
            ["topics.mustache:\(line):\(column): error: the section 'topics' opened at line \(openLine), column 1 is closed as 'topic'"])
        XCTAssertEqual(result.diagnostics.first?.hint, "close it with {{/topics}}")
    }

    /// swift-mustache's columns count from 1 already: the caret must sit where it stopped.
    func testAParseErrorPointsAtItsColumn() throws {
        let line = try edit("topics.mustache", replacing: "{{/topics}}", with: "{{/topics}")
        // At the brace where it expected the second.
        let column = column(of: "{{/topics}", in: "topics.mustache", line: line) + "{{/topics".count
        XCTAssertEqual(
            buildHeadlines(), ["topics.mustache:\(line):\(column): error: template does not parse: a tag is not closed with }}"])
    }

    /// A file that ends inside a tag is said so, not "overflow".
    func testATemplateEndingInsideATag() throws {
        let path = theme + "/404.mustache"
        try (FileTree.text(path) + "{{topics").write(toFile: path, atomically: true, encoding: .utf8)
        let headlines = buildHeadlines()
        XCTAssertEqual(headlines.count, 1, "\(headlines)")
        XCTAssertTrue(
            headlines.first?.hasSuffix("error: template does not parse: the file ends inside a tag: a {{ is never closed") ?? false,
            "\(headlines)")
    }

    /// A misspelt transform renders blank, or false in a section (`{{^emtpy(aliases)}}` showed
    /// an empty "Also written" on every actor), so it is an error like a misspelt name.
    func testAnUnknownTransformIsAnError() throws {
        let line = try edit("actor.mustache", replacing: "<h1>{{name}}</h1>", with: "<h1>{{uppercase(name)}}</h1>")
        let aliasesLine = try edit("actor.mustache", replacing: "{{^empty(aliases)}}", with: "{{^emtpy(aliases)}}")
        try edit("actor.mustache", replacing: "{{/empty(aliases)}}", with: "{{/emtpy(aliases)}}")
        XCTAssertEqual(
            buildHeadlines(),
            [
                "actor.mustache:\(line):\(column(of: "{{uppercase", in: "actor.mustache", line: line)): error: unknown transform 'uppercase'; did you mean 'uppercased'?",
                "actor.mustache:\(aliasesLine):\(column(of: "{{^emtpy", in: "actor.mustache", line: aliasesLine)): error: unknown transform 'emtpy'; did you mean 'empty'?",
            ])
    }

    /// "Lists are always lists, so test them with empty(list)": a claim without an exchange
    /// has an empty `thread`, not an absent one that `{{^empty(thread)}}` took for a full list.
    func testAClaimWithoutAnExchangeHasAnEmptyThread() throws {
        try edit(
            "claim.mustache", replacing: "{{#thread_more}}",
            with: "{{^empty(thread)}}<p class=\"has-thread\"></p>{{/empty(thread)}}{{#thread_more}}")
        let output = folder.url("Public")
        let result = Fixture.build(TestPaths.fixture("good"), into: output, templates: theme)
        XCTAssertEqual(result.diagnostics.map(\.headline), [])
        XCTAssertFalse(FileTree.text(output + "/claims/nyt-interviews-budanov/index.html").contains("has-thread"))
        XCTAssertTrue(FileTree.text(output + "/claims/iran-admits-drones/index.html").contains("has-thread"))
    }

    /// A page that links an asset neither the theme folder nor the built-in theme has would be
    /// written with a stylesheet or a script that does not load.
    func testAnAssetTheThemeLacksIsAnError() throws {
        let line = try edit(
            "layout.mustache", replacing: "</head>", with: "<link rel=\"preload\" href=\"{{root}}assets/fonts/inter-regular.woff2\"></head>"
        )
        let column = column(of: "assets/fonts/inter-regular.woff2", in: "layout.mustache", line: line)
        let result = buildFixture()
        XCTAssertEqual(
            Fixture.headlines(result.diagnostics, relativeTo: theme),
            ["layout.mustache:\(line):\(column): error: 'assets/fonts/inter-regular.woff2' is not in the theme's assets folder"])
        XCTAssertEqual(
            result.diagnostics.first?.hint, "the page would load nothing there: add the file to \(theme!)/assets, or remove the link")
    }

    func testAMisspeltAssetSuggestsTheOneThere() throws {
        let line = try edit("layout.mustache", replacing: "{{root}}assets/site.css", with: "{{root}}assets/style.css")
        let column = column(of: "assets/style.css", in: "layout.mustache", line: line)
        try edit("actor.mustache", replacing: "{{$main}}", with: "{{$main}}<img src=\"https://example.com/assets/logo.png\">")
        let result = buildFixture()
        XCTAssertEqual(
            Fixture.headlines(result.diagnostics, relativeTo: theme),
            ["layout.mustache:\(line):\(column): error: 'assets/style.css' is not in the theme's assets folder"])
        XCTAssertEqual(result.diagnostics.first?.hint, "did you mean 'assets/site.css'? If not, add the file to \(theme!)/assets")
    }

    func testNoTemplatesFolder() {
        let result = Fixture.build(TestPaths.fixture("good"), into: folder.url("Public"), templates: folder.url("NoTheme"))
        XCTAssertEqual(result.diagnostics.map(\.headline), ["\(folder.url("NoTheme")):1:1: error: no templates folder here"])
        XCTAssertEqual(
            result.diagnostics.first?.hint,
            "point --templates at a theme folder of *.mustache files, or leave it out for the built-in theme")
    }
}
