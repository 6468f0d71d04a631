import XCTest

@testable import DossierKit

/// The built-in theme stands in for every file a theme folder lacks: a report needs no theme
/// folder, and a theme folder holds only what it changes.
final class ThemeFallbackTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
    }

    override func tearDown() {
        folder = nil
    }

    private func build(templates: String, optional: Bool = false, into output: String) -> BuildResult {
        var options = BuildOptions(
            contentDirectory: TestPaths.fixture("good"), templatesDirectory: templates, outputDirectory: output)
        options.templatesFolderIsOptional = optional
        return SiteBuilder(options: options).build()
    }

    /// The site the repository's own theme folder makes.
    private func reference() -> [String: Data] {
        let output = folder.url("Reference")
        XCTAssertEqual(build(templates: TestPaths.templates, into: output).diagnostics.map(\.headline), [])
        return FileTree.contents(output, includeHidden: false)
    }

    /// The plugin embeds `Templates/` as it is: the same files, byte for byte.
    func testTheBuiltInThemeIsTheRepositorysTemplatesFolder() {
        let onDisk = FileTree.contents(TestPaths.templates, includeHidden: false)
        XCTAssertEqual(DefaultTheme.paths, onDisk.keys.sorted())
        for (path, bytes) in onDisk { XCTAssertEqual(DefaultTheme.files[path].map { Data($0) }, bytes, path) }
        XCTAssertTrue(TemplateSet.pageTemplates.allSatisfy { DefaultTheme.files[$0 + ".mustache"] != nil })
    }

    func testWithoutATemplatesFolderTheBuiltInThemeMakesTheSameSite() {
        let output = folder.url("Public")
        let result = build(templates: folder.url("Templates"), optional: true, into: output)
        XCTAssertEqual(result.diagnostics.map(\.headline), [])
        XCTAssertTrue(result.succeeded)
        XCTAssertEqual(FileTree.contents(output, includeHidden: false), reference())
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url("Templates")), "nothing is written into the theme folder")
    }

    func testAFolderWithOnePartialChangesOnlyWhatItRenders() throws {
        let partial = FileTree.text(TestPaths.templates + "/partials/claim.mustache")
        try folder.write(
            "Theme/partials/claim.mustache", partial.replacingOccurrences(of: "class=\"claim-text\"", with: "class=\"claim-text mine\""))
        let output = folder.url("Public")
        XCTAssertEqual(build(templates: folder.url("Theme"), into: output).diagnostics.map(\.headline), [])
        let site = FileTree.contents(output, includeHidden: false)
        let expected = reference()
        XCTAssertEqual(site.keys.sorted(), expected.keys.sorted())
        let actorPage = String(decoding: try XCTUnwrap(site["actors/iran/index.html"]), as: UTF8.self)
        XCTAssertTrue(actorPage.contains("class=\"claim-text mine\""))
        XCTAssertFalse(actorPage.contains("class=\"claim-text\""))
        // Pages without claim cards, and the built-in assets, are as the full theme makes them.
        XCTAssertEqual(site["actors/index.html"], expected["actors/index.html"])
        XCTAssertEqual(site["assets/site.css"], expected["assets/site.css"])
        XCTAssertEqual(site["assets/search.js"], expected["assets/search.js"])
    }

    func testAFolderAssetReplacesTheBuiltInOne() throws {
        try folder.write("Theme/assets/site.css", "body { color: teal; }\n")
        try folder.write("Theme/assets/print.css", "nav { display: none; }\n")
        let output = folder.url("Public")
        XCTAssertEqual(build(templates: folder.url("Theme"), into: output).diagnostics.map(\.headline), [])
        XCTAssertEqual(FileTree.text(output + "/assets/site.css"), "body { color: teal; }\n")
        XCTAssertEqual(FileTree.text(output + "/assets/print.css"), "nav { display: none; }\n")
        XCTAssertEqual(FileTree.text(output + "/assets/search.js"), FileTree.text(TestPaths.templates + "/assets/search.js"))
    }

    /// A newcomer's few rules in the folder's `assets/site.css` replaced the whole stylesheet and
    /// left every page unstyled; `assets/custom.css`, which every page loads after it, adds to it.
    func testAFolderCustomStylesheetAddsToTheBuiltInOne() throws {
        try folder.write("Theme/assets/custom.css", ".claim-actor a { color: darkgreen; }\n")
        let output = folder.url("Public")
        XCTAssertEqual(build(templates: folder.url("Theme"), into: output).diagnostics.map(\.headline), [])
        XCTAssertEqual(FileTree.text(output + "/assets/site.css"), FileTree.text(TestPaths.templates + "/assets/site.css"))
        XCTAssertEqual(FileTree.text(output + "/assets/custom.css"), ".claim-actor a { color: darkgreen; }\n")
        let claimPage = FileTree.text(output + "/claims/iran-admits-drones/index.html")
        let siteLink = try XCTUnwrap(claimPage.range(of: "<link rel=\"stylesheet\" href=\"../../assets/site.css\">"))
        let customLink = try XCTUnwrap(claimPage.range(of: "<link rel=\"stylesheet\" href=\"../../assets/custom.css\">"))
        XCTAssertLessThan(siteLink.lowerBound, customLink.lowerBound, "custom.css comes after site.css, so that its rules win")
    }

    /// A misspelt file name would leave the built-in template in use without a word.
    func testATemplateNoPageUsesIsAWarningWithTheNameItIsLikelyToBe() throws {
        try folder.write("Theme/partials/clam.mustache", "<p>{{text}}</p>\n")
        try folder.write("Theme/partials/notes.mustache", "<p>{{text}}</p>\n")
        // An editor's lock or swap file is not a template.
        try FileManager.default.createSymbolicLink(
            atPath: folder.url("Theme/partials/.#claim.mustache"), withDestinationPath: "root@host.1234")
        try folder.write("Theme/.hidden/claim.mustache", "{{nothing}}\n")
        try folder.write("Theme/templates/claim.mustache", "<p>{{text}}</p>\n")
        let result = build(templates: folder.url("Theme"), into: folder.url("Public"))
        XCTAssertTrue(result.succeeded)
        let theme = folder.url("Theme")
        XCTAssertEqual(
            Fixture.headlines(result.diagnostics, relativeTo: theme),
            [
                "partials/clam.mustache:1:1: warning: no page uses the template 'partials/clam'",
                "partials/notes.mustache:1:1: warning: no page uses the template 'partials/notes'",
                "templates/claim.mustache:1:1: warning: no page uses the template 'templates/claim'",
            ])
        let rule = "A file of the theme folder replaces the built-in one at the same path"
        XCTAssertEqual(
            result.diagnostics.map(\.hint),
            [
                "did you mean 'partials/claim.mustache'? " + rule,
                "render it from a template with {{> partials/notes}}; page templates are named after their pages (index, actors, actor, weapons, weapon, topics, topic, articles, article, claim, timeline, timeline-year, search, 404)",
                "did you mean 'claim.mustache' or 'partials/claim.mustache'? " + rule,
            ])
    }

    /// A stylesheet beside the templates, or a template with a misspelt extension, is read by no
    /// build: the built-in file would stay in use without a word.
    func testAFileNoBuildReadsIsAWarningWithTheFileItIsLikelyToBe() throws {
        try folder.write("Theme/site.css", "body { color: teal; }\n")
        try folder.write("Theme/Assets/print.css", "nav { display: none; }\n")
        try folder.write("Theme/claim.mustche", "<p>{{claim.text}}</p>\n")
        try folder.write("Theme/logo.svg", "<svg/>\n")
        // Hidden files and editors' backups are nobody's theme; a shared theme's documents are its own.
        try folder.write("Theme/README.md", "# My theme\n")
        try folder.write("Theme/LICENSE", "MIT\n")
        try folder.write("Theme/notes.txt", "to do\n")
        try folder.write("Theme/.DS_Store", "x")
        try folder.write("Theme/.git/config", "x")
        try folder.write("Theme/layout.mustache~", "x")
        let result = build(templates: folder.url("Theme"), into: folder.url("Public"))
        XCTAssertTrue(result.succeeded)
        XCTAssertEqual(
            Fixture.headlines(result.diagnostics, relativeTo: folder.url("Theme")),
            [
                "Assets/print.css:1:1: warning: no build uses this file",
                "claim.mustche:1:1: warning: no build uses this file",
                "logo.svg:1:1: warning: no build uses this file",
                "site.css:1:1: warning: no build uses this file",
            ])
        let rule = "nly templates (*.mustache) and the files under assets/ are part of a theme"
        XCTAssertEqual(
            result.diagnostics.map(\.hint),
            [
                "did you mean 'assets/print.css'? O" + rule,
                "did you mean 'claim.mustache'? O" + rule,
                "o" + rule + "; a file to publish goes under assets/",
                "did you mean 'assets/site.css'? O" + rule,
            ])
    }

    /// Which partials a page renders is not known while its template does not parse: the
    /// partial is not told to be unused on top of the parse error.
    func testAPartialOfAPageThatDoesNotParseIsNotCalledUnused() throws {
        let actor = FileTree.text(TestPaths.templates + "/actor.mustache")
        try folder.write(
            "Theme/actor.mustache",
            actor.replacingOccurrences(of: "{{$main}}", with: "{{$main}}{{> partials/badge}}").replacingOccurrences(
                of: "{{/actor}}", with: "{{/actors}}"))
        try folder.write("Theme/partials/badge.mustache", "<p class=\"badge\">{{site.title}}</p>\n")
        let result = build(templates: folder.url("Theme"), into: folder.url("Public"))
        XCTAssertEqual(
            Fixture.headlines(result.diagnostics, relativeTo: folder.url("Theme")),
            ["actor.mustache:11:1: error: the section 'actor' opened at line 3, column 1 is closed as 'actors'"])
    }

    /// A file where the theme folder would be is no theme, even without `--templates`.
    func testAFileNamedLikeTheThemeFolderIsAnError() throws {
        try folder.write("Templates", "not a folder\n")
        let result = build(templates: folder.url("Templates"), optional: true, into: folder.url("Public"))
        XCTAssertEqual(result.diagnostics.map(\.headline), ["\(folder.url("Templates")):1:1: error: the templates folder is a file"])
    }

    /// A partial the folder's own page template uses is used, though no built-in page names it.
    func testAPartialOfTheFolderUsedByItsPageIsNotWarned() throws {
        let actor = FileTree.text(TestPaths.templates + "/actor.mustache")
        try folder.write("Theme/actor.mustache", actor.replacingOccurrences(of: "{{$main}}", with: "{{$main}}{{> partials/badge}}"))
        try folder.write("Theme/partials/badge.mustache", "<p class=\"badge\">{{site.title}}</p>\n")
        let output = folder.url("Public")
        XCTAssertEqual(build(templates: folder.url("Theme"), into: output).diagnostics.map(\.headline), [])
        XCTAssertTrue(FileTree.text(output + "/actors/iran/index.html").contains("<p class=\"badge\">"))
    }

    /// A claim card saved as the claim page's template: the missing values that follow are told
    /// with why.
    func testACardSavedAsAPageTemplateIsToldWhereItBelongs() throws {
        try folder.write("Theme/claim.mustache", FileTree.text(TestPaths.templates + "/partials/claim.mustache"))
        let result = build(templates: folder.url("Theme"), into: folder.url("Public"))
        XCTAssertFalse(result.succeeded)
        let headlines = Fixture.headlines(result.diagnostics, relativeTo: folder.url("Theme"))
        XCTAssertEqual(
            headlines.first, "claim.mustache:1:1: warning: 'claim.mustache' replaces the claim page, and extends no layout as the pages do")
        XCTAssertEqual(
            result.diagnostics.first?.hint, "a claim as lists show it is 'partials/claim.mustache'; a page starts with {{<layout}}")
        XCTAssertGreaterThan(headlines.count, 1, "the page's missing values are still told")

        // A whole page of its own, without the layout, is a page.
        try folder.write("Theme/claim.mustache", "<!doctype html>\n<html><body><h1>{{claim.text}}</h1></body></html>\n")
        let page = build(templates: folder.url("Theme"), into: folder.url("Public"))
        XCTAssertEqual(page.diagnostics.map(\.headline), [])
    }

    /// A mistake in the folder's file is placed there, not in the built-in theme.
    func testAMissingValueInTheFoldersPartialPointsAtIt() throws {
        try folder.write("Theme/partials/claim.mustache", "<article>\n  <p>{{siad}}</p>\n</article>\n")
        let result = build(templates: folder.url("Theme"), into: folder.url("Public"))
        XCTAssertFalse(result.succeeded)
        let headlines = Fixture.headlines(result.diagnostics, relativeTo: folder.url("Theme"))
        XCTAssertEqual(headlines.count, 1, "\(headlines)")
        XCTAssertTrue(headlines[0].hasPrefix("partials/claim.mustache:2:6: error: the index, actor, "), "\(headlines)")
        XCTAssertEqual(result.diagnostics.first?.hint, "did you mean 'said'?")
    }

    func testAFolderGivenThatIsNotThereIsStillAnError() {
        let result = build(templates: folder.url("Theme"), into: folder.url("Public"))
        XCTAssertEqual(result.diagnostics.map(\.headline), ["\(folder.url("Theme")):1:1: error: no templates folder here"])
    }
}
