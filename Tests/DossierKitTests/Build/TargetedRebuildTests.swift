import XCTest

@testable import DossierKit

/// A builder that is told which files changed (watch mode, the preview) renders only the pages
/// an edit can alter. Whatever it skips, its output must equal a clean build's, byte for byte.
final class TargetedRebuildTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var content: String!
    private var theme: String!
    private var builder: SiteBuilder!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        theme = try folder.copy(TestPaths.templates, to: "Theme")
        builder = SiteBuilder(
            options: BuildOptions(contentDirectory: content, templatesDirectory: theme, outputDirectory: folder.url("Public")))
        let first = builder.build()
        XCTAssertEqual(first.diagnostics.map(\.headline), [])
        XCTAssertNil(first.firstPagesMilliseconds, "a full build publishes everything at once")
    }

    override func tearDown() {
        builder = nil
        folder = nil
    }

    /// Rewrites a file of the copied report (or theme) and returns its absolute path, as a watcher reports it.
    @discardableResult
    private func edit(_ relative: String, file: StaticString = #filePath, line: UInt = #line, _ change: (String) -> String) throws -> String
    {
        let path = folder.url(relative)
        let old = FileTree.text(path)
        let new = change(old)
        XCTAssertNotEqual(old, new, "the edit of \(relative) changed nothing", file: file, line: line)
        try new.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func replace(_ relative: String, _ old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) throws
        -> String
    {
        try edit(relative, file: file, line: line) { text in
            XCTAssertTrue(text.contains(old), "\(old) is not in \(relative)", file: file, line: line)
            return text.replacingOccurrences(of: old, with: new)
        }
    }

    /// Rebuilds with `changed` and compares the output with a clean build of the same sources.
    @discardableResult
    private func assertRebuildMatchesCleanBuild(_ label: String, changed: [String], file: StaticString = #filePath, line: UInt = #line)
        -> BuildResult
    {
        let incremental = builder.build(changedPaths: changed)
        XCTAssertEqual(incremental.diagnostics.filter { $0.severity == .error }.map(\.headline), [], label, file: file, line: line)
        let cleanOutput = folder.url("Clean")
        try? FileManager.default.removeItem(atPath: cleanOutput)
        let clean = SiteBuilder(options: BuildOptions(contentDirectory: content, templatesDirectory: theme, outputDirectory: cleanOutput))
            .build()
        XCTAssertEqual(clean.diagnostics.map(\.headline), incremental.diagnostics.map(\.headline), label, file: file, line: line)
        let built = FileTree.contents(folder.url("Public")), expected = FileTree.contents(cleanOutput)
        XCTAssertEqual(
            Set(built.keys).symmetricDifference(expected.keys).sorted(), [], "\(label): files only in one of the two", file: file,
            line: line)
        let differing = built.keys.filter { expected[$0] != nil && built[$0] != expected[$0] }.sorted()
        XCTAssertEqual(differing, [], "\(label): pages the rebuild left stale", file: file, line: line)
        if !differing.isEmpty {
            // Start the next step from a correct output, so that each step is judged on its own.
            _ = builder.build()
        }
        return incremental
    }

    func testArticleEdits() throws {
        var path = try edit("Content/articles/2022-10-18-iran-admits-drones.md") { $0 + "\nThe ministry gave no figures.\n" }
        let rebuilt = assertRebuildMatchesCleanBuild("a paragraph added to an article", changed: [path])
        XCTAssertEqual(rebuilt.output?.written, ["articles/2022-10-18-iran-admits-drones/index.html"], "only the page that shows it")
        XCTAssertEqual(rebuilt.output?.removed, [])
        XCTAssertEqual(builder.editPath, .articles, "an edit to an article's text takes the article-edit path")
        XCTAssertEqual(rebuilt.steps.map(\.name), ["load", "validate", "index", "render", "write"])

        path = try replace(
            "Content/articles/2023-01-kanani-denies-missiles.md", "Nasser Kanani rejected", with: "On Monday, Nasser Kanani rejected")
        assertRebuildMatchesCleanBuild("a sentence around a quoted passage", changed: [path])

        path = try edit("Content/articles/2023-01-kanani-denies-missiles.md") { $0 + "\nUkraine's foreign ministry did not comment.\n" }
        assertRebuildMatchesCleanBuild("an article newly mentions an actor", changed: [path])

        path = try edit("Content/articles/2022-10-18-iran-admits-drones.md") { $0 + "\nThe Fateh was not mentioned.\n" }
        assertRebuildMatchesCleanBuild("an article newly mentions a member of a weapon family", changed: [path])

        path = try replace("Content/articles/2023-01-kanani-denies-missiles.md", "title: Tehran denies", with: "title: Iran denies")
        let retitled = assertRebuildMatchesCleanBuild("an article's title", changed: [path])
        let early = try XCTUnwrap(retitled.firstPagesMilliseconds, "the page and the list are published ahead of the rest")
        XCTAssertGreaterThan(early, 0)

        path = try replace("Content/articles/2022-10-18-iran-admits-drones.md", "outlet: Example Wire", with: "outlet: Example Agency")
        assertRebuildMatchesCleanBuild("an article's outlet", changed: [path])

        path = try replace(
            "Content/articles/2022-12-24-iran-refuses-ballistic-missiles.md", "published: 2022-12-24T18:01", with: "published: 2022-12-25")
        assertRebuildMatchesCleanBuild("an article's date", changed: [path])

        path = try replace("Content/articles/2022-10-18-iran-admits-drones.md", "published: 2022-10-18", with: "published: 2024-12-31")
        assertRebuildMatchesCleanBuild("an article's date that makes it the newest, ahead of others in entity pages", changed: [path])
        XCTAssertEqual(builder.editPath, .articles, "a header edit takes it too")

        let added = try folder.write(
            "Content/articles/2022-11-extra.md", "---\ntitle: Extra\npublished: 2022-11\n---\n\nThe Shahed-136 and Iran.\n")
        assertRebuildMatchesCleanBuild("a new article", changed: [added])
        XCTAssertNil(builder.editPath, "a new article changes the set of pages: the full path")
        try FileManager.default.removeItem(atPath: added)
        assertRebuildMatchesCleanBuild("an article removed", changed: [added])
    }

    /// A rebuild leaves unshared copies of its article tables, and the next article edit changes
    /// those in place rather than copying the tables the last build's site holds.
    func testAnArticleEditChangesTheSpareCopiesOfTheArticleTablesInPlace() throws {
        /// The spare tables' storage, checked against the last build's; no copy outlives the call.
        func spareStorage() throws -> (articles: UnsafeRawPointer?, rendered: UnsafeRawPointer?) {
            let site = try XCTUnwrap(builder.previous?.site)
            let spare = try XCTUnwrap(builder.spareTables)
            XCTAssertTrue(spare.site === site, "copies of the last build's tables")
            XCTAssertEqual(spare.articles, site.report.articles)
            XCTAssertEqual(spare.rendered.mapValues(\.html), site.articles.mapValues(\.html))
            XCTAssertNotEqual(SharedStorage.address(of: spare.articles), SharedStorage.address(of: site.report.articles))
            XCTAssertNotEqual(SharedStorage.address(of: spare.rendered), SharedStorage.address(of: site.articles))
            return (SharedStorage.address(of: spare.articles), SharedStorage.address(of: spare.rendered))
        }
        for round in 1...3 {
            let spare = try spareStorage()
            let path = try edit("Content/articles/2022-10-18-iran-admits-drones.md") { $0 + "\nRound \(round) of edits.\n" }
            assertRebuildMatchesCleanBuild("edit \(round)", changed: [path])
            XCTAssertEqual(builder.editPath, .articles)
            let site = try XCTUnwrap(builder.previous?.site)
            XCTAssertEqual(
                SharedStorage.address(of: site.report.articles), spare.articles, "the report's table is the spare, changed in place")
            XCTAssertEqual(SharedStorage.address(of: site.articles), spare.rendered, "so is the rendered articles' table")
        }
    }

    /// A report with a long article list: a title edit copies every other item of the list from
    /// the last render (`RememberedLists`), and still matches a clean build, edit after edit.
    func testALongArticleListCopiesTheItemsAnEditLeftAlone() throws {
        let extra = TemplateRenderer.rememberThreshold + 20
        for index in 0..<extra {
            try folder.write(
                "Content/articles/filler-\(index).md",
                "---\ntitle: Filler \(index)\npublished: 2021-\(String(format: "%02d-%02d", 1 + index % 12, 1 + index % 28))\n---\n\n"
                    + "Iran and Russia, \(index).\n")
        }
        builder = SiteBuilder(
            options: BuildOptions(contentDirectory: content, templatesDirectory: theme, outputDirectory: folder.url("Public")))
        XCTAssertEqual(builder.build().diagnostics.filter { $0.severity == .error }.map(\.headline), [], "uncited articles only warn")
        let list = "articles/index.html"
        let articles = extra + 3
        var path = try replace("Content/articles/filler-7.md", "title: Filler 7", with: "title: Filler <seven> & co")
        assertRebuildMatchesCleanBuild("a title in a long list", changed: [path])
        XCTAssertEqual(builder.editPath, .articles)
        XCTAssertEqual(builder.templateCache?.set.rememberedLists.copiedItems(of: list), articles - 1)

        path = try replace("Content/articles/filler-7.md", "published: 2021-08-08", with: "published: 2024-12-31")
        assertRebuildMatchesCleanBuild("a date that moves an item to the top of the long list", changed: [path])
        XCTAssertEqual(builder.templateCache?.set.rememberedLists.copiedItems(of: list), articles - 1, "items are found where they moved")

        path = try folder.write("Content/articles/filler-new.md", "---\ntitle: New\npublished: 2022-01\n---\n\nIran.\n")
        assertRebuildMatchesCleanBuild("an article added to the long list", changed: [path])
        XCTAssertEqual(builder.templateCache?.set.rememberedLists.copiedItems(of: list), articles)
    }

    /// The article-edit path revalidates the edited article's quotes: breaking one fails the
    /// build as a clean check would, leaves the output alone, and the fix publishes again.
    func testAnArticleEditThatLosesAQuotedPassage() throws {
        let article = "Content/articles/2023-01-kanani-denies-missiles.md"
        let original = FileTree.text(folder.url(article))
        let before = FileTree.contents(folder.url("Public"))
        let path = try replace(article, "as \"baseless", with: "as \"groundless")
        let failed = builder.build(changedPaths: [path])
        XCTAssertEqual(builder.editPath, .articles)
        XCTAssertFalse(failed.succeeded)
        let check = SiteBuilder(
            options: BuildOptions(contentDirectory: content, templatesDirectory: theme, outputDirectory: folder.url("Unused"))
        )
        .check()
        XCTAssertGreaterThan(check.diagnostics.filter { $0.message.hasPrefix("quote not found") }.count, 0)
        XCTAssertEqual(failed.diagnostics.map(\.headline), check.diagnostics.map(\.headline))
        XCTAssertEqual(FileTree.contents(folder.url("Public")), before, "a failed build leaves the output as it was")

        try original.write(toFile: path, atomically: true, encoding: .utf8)
        let fixed = assertRebuildMatchesCleanBuild("the passage restored", changed: [path])
        XCTAssertNil(builder.editPath, "after a failed build the full path runs")
        XCTAssertEqual(fixed.output?.written.count, 0, "the published pages already show the restored text")
        let edited = try replace(article, "Nasser Kanani rejected", with: "On Monday, Nasser Kanani rejected")
        assertRebuildMatchesCleanBuild("the next edit", changed: [edited])
        XCTAssertEqual(builder.editPath, .articles, "and the one after takes the article-edit path again")
    }

    /// Edits to what claims say, not what they relate, take the claim-edit path; its findings
    /// follow lines that moved, and anything more takes the general path.
    func testClaimEditsThatKeepTheirRelations() throws {
        let missiles = "Content/claims/missiles.yml"
        // A warning located in the file, below the claim that is edited next.
        var path = try replace(missiles, "  said: \"2022-12-23\"\n", with: "  said: 2022-12-30\n")
        let warned = assertRebuildMatchesCleanBuild("a claim dated after its article", changed: [path])
        XCTAssertNil(builder.editPath, "a new date can reorder the timeline: the general path")
        XCTAssertEqual(warned.diagnostics.filter { $0.severity == .warning }.map(\.location.line), [22])

        path = try replace(
            missiles, "  text: Iran has so far refused to supply Russia with ballistic missiles.\n",
            with: "  text: >-\n    Iran has so far refused\n    to supply Russia with ballistic missiles.\n")
        let moved = assertRebuildMatchesCleanBuild("the same text over three lines", changed: [path])
        XCTAssertEqual(builder.editPath, .claims)
        XCTAssertEqual(moved.diagnostics.filter { $0.severity == .warning }.map(\.location.line), [24], "the warning follows its line")
        XCTAssertEqual(moved.output?.written, [], "nothing a page shows changed")

        path = try replace(missiles, "  stance: neutral\n", with: "  stance: supports\n")
        assertRebuildMatchesCleanBuild("a claim's stance", changed: [path])
        XCTAssertEqual(builder.editPath, .claims)

        path = try replace(
            missiles, "quote: Russia expects to replenish its arsenal", with: "quote: Russia expects to replenish its arsenal with Iranian")
        path = try replace(missiles, "with Iranian with Iranian ballistic missiles", with: "with Iranian ballistic missiles")
        path = try replace(missiles, "quote: Tehran has so far refused to supply them", with: "quote: so far refused to supply them")
        let quoted = assertRebuildMatchesCleanBuild("a quote shortened", changed: [path])
        XCTAssertEqual(builder.editPath, .claims)
        XCTAssertTrue(quoted.output?.written.contains("articles/2022-12-24-iran-refuses-ballistic-missiles/index.html") ?? false)

        path = try replace(missiles, "quote: so far refused to supply them", with: "quote: refused to sell them")
        XCTAssertFalse(builder.build(changedPaths: [path]).succeeded, "a quote the article lacks fails on this path too")
        XCTAssertEqual(builder.editPath, .claims)
        path = try replace(missiles, "quote: refused to sell them", with: "quote: so far refused to supply them")
        assertRebuildMatchesCleanBuild("the quote fixed", changed: [path])

        path = try replace(missiles, "  subjects: [russia]\n", with: "  subjects: [russia, iran]\n")
        assertRebuildMatchesCleanBuild("a claim's subjects", changed: [path])
        XCTAssertNil(builder.editPath, "new relations: the general path")
    }

    func testClaimEdits() throws {
        let drones = "Content/claims/drones.yml", missiles = "Content/claims/missiles.yml"
        var path = try replace(
            missiles, "text: Russia expects to receive ballistic missiles from Iran.",
            with: "text: Russia hopes to receive ballistic missiles from Iran.")
        assertRebuildMatchesCleanBuild("a claim's text", changed: [path])

        path = try replace(drones, "  said: 2022-12\n", with: "  said: 2022-11\n")
        assertRebuildMatchesCleanBuild("a claim moves to another month", changed: [path])

        path = try replace(
            drones, "      quote: has been used against power plants in Ukraine", with: "      quote: used against power plants")
        assertRebuildMatchesCleanBuild("a claim's quote", changed: [path])

        path = try replace(missiles, "  stance: neutral\n", with: "  stance: supports\n")
        assertRebuildMatchesCleanBuild("a claim's stance", changed: [path])

        path = try replace(
            drones, "- id: ukraine-drones-hit-power-plants\n  actor: ukraine", with: "- id: ukraine-drones-hit-power-plants\n  actor: hur")
        assertRebuildMatchesCleanBuild("a claim changes actor", changed: [path])

        path = try replace(drones, "  responds_to: [kanani-denies-drones]\n", with: "")
        assertRebuildMatchesCleanBuild("a reply no longer answers", changed: [path])

        path = try replace(
            missiles, "  subjects: [russia]\n  weapons: [fateh-110]",
            with: "  subjects: [russia, ukraine]\n  weapons: [fateh-110, shahed-136]")
        assertRebuildMatchesCleanBuild("a claim's subjects and weapons", changed: [path])

        // The article lists count each article's claims; claims.json names the articles cited.
        path = try replace(
            missiles, "      quote: baseless claims of the enemies\n",
            with: "      quote: baseless claims of the enemies\n    - article: 2022-10-18-iran-admits-drones\n")
        assertRebuildMatchesCleanBuild("a claim cites one more article", changed: [path])

        let added = try folder.write(
            "Content/claims/more.yml",
            "- id: kanani-again\n  actor: nasser-kanani\n  said: 2023-01\n  text: Again.\n  responds_to: [budanov-iran-in-no-hurry]\n  sources: [{article: 2023-01-kanani-denies-missiles}]\n"
        )
        assertRebuildMatchesCleanBuild("a new claims file answering a claim", changed: [added])

        try FileManager.default.removeItem(atPath: added)
        assertRebuildMatchesCleanBuild("a claims file removed", changed: [added])

        path = try replace(missiles, "  said: 2023-01?\n", with: "  said: 2024-02\n")
        assertRebuildMatchesCleanBuild("a claim moves to a new year", changed: [path])
    }

    func testEntryAndSiteEdits() throws {
        var path = try replace(
            "Content/actors/kyrylo-budanov.md", "role: \"Head of Ukraine's Defence Intelligence (HUR)\"", with: "role: Chief of HUR")
        assertRebuildMatchesCleanBuild("an actor's role", changed: [path])

        path = try replace("Content/actors/hur.md", "  - HUR\n", with: "  - HUR\n  - Ukrainian intelligence\n")
        assertRebuildMatchesCleanBuild("an actor's aliases", changed: [path])

        path = try replace("Content/weapons/fateh-110.md", "parent: iranian-ballistic-missiles\n", with: "")
        assertRebuildMatchesCleanBuild("a weapon leaves its family", changed: [path])

        path = try replace("Content/topics/iran-drones-to-russia.md", "status: confirmed", with: "status: refuted")
        assertRebuildMatchesCleanBuild("a topic's status", changed: [path])

        path = try edit("Content/actors/ukraine.md") { $0 + "\nA second paragraph.\n" }
        assertRebuildMatchesCleanBuild("an actor's profile", changed: [path])

        path = try replace("Content/site.yml", "title: \"Iran's arms for Russia: a test report\"", with: "title: Arms report")
        assertRebuildMatchesCleanBuild("the site's title", changed: [path])

        path = try replace("Theme/partials/claim.mustache", "<p class=\"claim-text\">", with: "<p class=\"claim-text edited\">")
        assertRebuildMatchesCleanBuild("a partial of the theme", changed: [path])
    }

    func testRelativeChangedPathsAndSeveralAtOnce() throws {
        let article = try replace("Content/articles/2023-01-kanani-denies-missiles.md", "baseless", with: "groundless")
        let claims = try replace(
            "Content/claims/missiles.yml", "quote: baseless claims of the enemies", with: "quote: groundless claims of the enemies")
        assertRebuildMatchesCleanBuild("an article and the claim quoting it, together", changed: [article, claims])

        // A path as the user typed it, relative to where the command runs, not as a watcher reports it.
        let relative = content + "/./claims/../claims/drones.yml"
        _ = try replace("Content/claims/drones.yml", "text: Iran has not supplied any weapons", with: "text: Iran has supplied no weapons")
        assertRebuildMatchesCleanBuild("a path with . and ..", changed: [relative])
    }

    func testAFailedRebuildThenAFixedOne() throws {
        let path = try replace("Content/claims/drones.yml", "actor: nasser-kanani", with: "actor: nasser-kanan")
        let failed = builder.build(changedPaths: [path])
        XCTAssertEqual(
            Fixture.headlines(failed.diagnostics, relativeTo: content),
            ["claims/drones.yml:4:10: error: unknown actor 'nasser-kanan'; did you mean 'nasser-kanani'?"])
        XCTAssertNil(failed.output)
        _ = try replace("Content/claims/drones.yml", "actor: nasser-kanan\n", with: "actor: nasser-kanani\n")
        assertRebuildMatchesCleanBuild("after a failed build", changed: [path])
    }

    func testTheOutputDeletedBetweenBuilds() throws {
        try FileManager.default.removeItem(atPath: folder.url("Public"))
        let path = try replace("Content/articles/2023-01-kanani-denies-missiles.md", "Nasser Kanani rejected", with: "Kanani rejected")
        assertRebuildMatchesCleanBuild("into a deleted output", changed: [path])
    }
}
