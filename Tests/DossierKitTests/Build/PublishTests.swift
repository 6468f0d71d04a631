import XCTest

@testable import DossierKit

/// What a build does to the output folder: the same bytes every time, nothing rewritten that did
/// not change, stale pages removed, and nothing touched at all when the build fails.
final class PublishTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var content: String!
    private var output: String!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        output = folder.url("Public")
    }

    override func tearDown() {
        folder = nil
    }

    private func build(_ builder: SiteBuilder? = nil, file: StaticString = #filePath, line: UInt = #line) -> BuildResult {
        let result =
            (builder
            ?? SiteBuilder(
                options: BuildOptions(contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: output))).build()
        return result
    }

    /// Adds text to the end of a file of the report.
    private func append(_ text: String, to relative: String) throws {
        let path = content + "/" + relative
        try (FileTree.text(path) + text).write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func assertSucceeded(_ result: BuildResult, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.headline), [], file: file, line: line)
        XCTAssertNotNil(result.output, file: file, line: line)
    }

    // MARK: Determinism

    func testTwoBuildsFromDifferentFoldersAreByteIdenticalAndHoldNoMachinePath() throws {
        assertSucceeded(build())
        let otherContent = try folder.copy(TestPaths.fixture("good"), to: "elsewhere/deeper/Content")
        let otherOutput = folder.url("elsewhere/Public")
        assertSucceeded(Fixture.build(otherContent, into: otherOutput))

        let first = FileTree.contents(output), second = FileTree.contents(otherOutput)
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        XCTAssertEqual(first.keys.filter { first[$0] != second[$0] }.sorted(), [], "files that differ between the two builds")

        let machinePaths = [folder.path, TestPaths.packageRoot, NSTemporaryDirectory(), NSHomeDirectory(), "/work/", "/tmp/"]
        for (file, data) in first.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: data, as: UTF8.self)
            for path in machinePaths where path.count > 1 {
                XCTAssertFalse(text.contains(path), "\(file) contains the machine path \(path)")
            }
        }
    }

    /// `dossier build` without --watch keeps nothing for a next build; its site is the same.
    func testASingleBuildWritesWhatAWatchedBuildWrites() throws {
        assertSucceeded(build())
        var options = BuildOptions(
            contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: folder.url("Single"))
        options.rebuilds = false
        assertSucceeded(SiteBuilder(options: options).build())
        let watched = FileTree.contents(output), single = FileTree.contents(folder.url("Single"))
        XCTAssertEqual(watched.keys.sorted(), single.keys.sorted())
        XCTAssertEqual(watched.keys.filter { watched[$0] != single[$0] }.sorted(), [], "files that differ")
        XCTAssertNotNil(single["claims.json"])
        XCTAssertNotNil(single["search/index.js"])
    }

    // MARK: A first build

    /// With no site published yet, the staged site becomes the output in one rename: into a
    /// missing folder or an empty one, leaving no staging folder behind.
    func testAFirstBuildPublishesIntoAMissingOrEmptyFolder() throws {
        let first = build()
        assertSucceeded(first)
        XCTAssertEqual(first.output?.written, Array(FileTree.contents(output).keys).sorted())
        try FileManager.default.removeItem(atPath: output)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
        let intoEmpty = build()
        assertSucceeded(intoEmpty)
        XCTAssertEqual(intoEmpty.output?.written, first.output?.written)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url(".Public.dossier-staging")))
    }

    /// A file that appears in the output folder while a first build runs is kept: the pages
    /// are then moved in one by one instead of the folder being replaced.
    func testAFileAddedDuringAFirstBuildIsKept() throws {
        let stage = try OutputStage(outputDirectory: output)
        try stage.write(try XCTUnwrap(OutputPath("articles/x/index.html")), Array("<p>x</p>".utf8))
        try folder.write("Public/.well-known/security.txt", "Contact: mailto:x@example.org\n")
        let summary = try stage.publish()
        XCTAssertEqual(summary.written, ["articles/x/index.html"])
        XCTAssertEqual(summary.removed, [])
        XCTAssertEqual(FileTree.text(folder.url("Public/articles/x/index.html")), "<p>x</p>")
        XCTAssertEqual(FileTree.text(folder.url("Public/.well-known/security.txt")), "Contact: mailto:x@example.org\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url(".Public.dossier-staging")))
    }

    /// A stage that no build follows does not hash what it writes, and writes and publishes
    /// the same: into an empty output, then over a published one (compared on disk).
    func testAStageWithoutANextBuildKeepsNoHashes() throws {
        let page = try XCTUnwrap(OutputPath("articles/x/index.html"))
        for (round, text) in ["<p>x</p>", "<p>x</p>", "<p>y</p>"].enumerated() {
            let stage = try OutputStage(outputDirectory: output, keepsHashes: false)
            try stage.write(page, Array(text.utf8))
            try stage.write(try XCTUnwrap(OutputPath("claims.json"))) { emit in try emit(Array("[]\n".utf8)) }
            let summary = try stage.publish()
            XCTAssertEqual(stage.hashes, [:])
            XCTAssertEqual(
                summary.written, round == 0 ? ["articles/x/index.html", "claims.json"] : round == 1 ? [] : ["articles/x/index.html"])
            XCTAssertEqual(FileTree.text(folder.url("Public/articles/x/index.html")), text)
        }
        let kept = try OutputStage(outputDirectory: output)
        try kept.write(page, Array("<p>y</p>".utf8))
        XCTAssertEqual(kept.hashes, [page: OutputStage.hash(Array("<p>y</p>".utf8))], "a stage a build follows keeps them")
    }

    /// Two builds on one output (a `serve` and a `build --watch`) take turns: the second stage
    /// waits until the first is published, rather than sharing its staging folder.
    func testASecondStageOnTheSameOutputWaitsForTheFirst() throws {
        let page = try XCTUnwrap(OutputPath("articles/x/index.html"))
        let first = try OutputStage(outputDirectory: output)
        try first.write(page, Array("<p>first</p>".utf8))
        let started = DispatchSemaphore(value: 0)
        let events = EventLog()
        let second = Thread { [output] in
            started.signal()
            do {
                let stage = try OutputStage(outputDirectory: output!)
                events.add("second staged")
                try stage.write(page, Array("<p>second</p>".utf8))
                _ = try stage.publish()
            } catch {
                events.add("second failed: \(error)")
            }
            events.add("second published")
        }
        second.start()
        started.wait()
        usleep(200_000)
        events.add("first publishing")
        _ = try first.publish()
        let deadline = Date().addingTimeInterval(10)
        while events.all.count < 3, Date() < deadline { usleep(10_000) }
        XCTAssertEqual(events.all, ["first publishing", "second staged", "second published"])
        XCTAssertEqual(FileTree.text(folder.url("Public/articles/x/index.html")), "<p>second</p>")
    }

    // MARK: A failed build

    func testAFailedBuildLeavesTheOutputExactlyAsItWas() throws {
        assertSucceeded(build())
        try folder.write("Public/.well-known/security.txt", "Contact: mailto:x@example.org\n")
        try FileTree.backdate(output)
        let bytes = FileTree.contents(output), mtimes = FileTree.mtimes(output)

        // Break the report: a claim about an actor that does not exist.
        let claims = content + "/claims/missiles.yml"
        try
            (FileTree.text(claims)
            + "\n- id: broken\n  actor: kyrylo-budanow\n  said: 2023\n  text: T\n  sources: [{article: 2023-01-kanani-denies-missiles}]\n")
            .write(toFile: claims, atomically: true, encoding: .utf8)
        let failed = build()

        XCTAssertFalse(failed.succeeded)
        XCTAssertNil(failed.output)
        XCTAssertEqual(
            Fixture.headlines(failed.diagnostics, relativeTo: content),
            [
                "claims/missiles.yml:69:10: error: unknown actor 'kyrylo-budanow'; did you mean 'kyrylo-budanov'?"
            ])
        XCTAssertEqual(FileTree.contents(output), bytes, "byte for byte")
        XCTAssertEqual(FileTree.mtimes(output), mtimes, "mtime for mtime")
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["Content", "Public"],
            "no staging folder is left behind")
    }

    func testAFailedRenderLeavesTheOutputExactlyAsItWas() throws {
        assertSucceeded(build())
        try FileTree.backdate(output)
        let bytes = FileTree.contents(output), mtimes = FileTree.mtimes(output)

        let theme = try folder.copy(TestPaths.templates, to: "Theme")
        // A value no page provides.
        let topic = theme + "/topic.mustache"
        let text = FileTree.text(topic)
        XCTAssertTrue(text.contains("{{$main}}"))
        try text.replacingOccurrences(of: "{{$main}}", with: "{{$main}}{{claims_count}}").write(
            toFile: topic, atomically: true, encoding: .utf8)
        let failed = Fixture.build(content, into: output, templates: theme)

        XCTAssertFalse(failed.succeeded)
        XCTAssertEqual(failed.diagnostics.count, 1, "\(failed.diagnostics.map(\.headline))")
        XCTAssertEqual(FileTree.contents(output), bytes)
        XCTAssertEqual(FileTree.mtimes(output), mtimes)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["Content", "Public", "Theme"])
    }

    /// "Leave Public/ exactly as it was": when there was none, there is none after a failed build either.
    func testAFailedRenderCreatesNoOutputFolder() throws {
        let theme = try folder.copy(TestPaths.templates, to: "Theme")
        let topic = theme + "/topic.mustache"
        try FileTree.text(topic).replacingOccurrences(of: "{{$main}}", with: "{{$main}}{{claims_count}}").write(
            toFile: topic, atomically: true, encoding: .utf8)
        let failed = Fixture.build(content, into: output, templates: theme)
        XCTAssertFalse(failed.succeeded)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["Content", "Theme"])
    }

    // MARK: Rebuilds

    func testASecondBuildRewritesNothing() throws {
        let builder = SiteBuilder(
            options: BuildOptions(contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: output))
        let first = build(builder)
        assertSucceeded(first)
        let count = try XCTUnwrap(first.output?.written.count)
        try FileTree.backdate(output)
        let mtimes = FileTree.mtimes(output)

        // The same builder (which remembers what it published) and a fresh one (which compares with the disk).
        for (label, again) in [("same builder", build(builder)), ("new builder", build())] {
            XCTAssertEqual(again.output?.written, [], label)
            XCTAssertEqual(again.output?.removed, [], label)
            XCTAssertEqual(again.output?.unchanged, count, label)
            XCTAssertEqual(FileTree.mtimes(output), mtimes, label)
        }
    }

    func testAChangeRewritesOnlyThePagesItShows() throws {
        let builder = SiteBuilder(
            options: BuildOptions(contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: output))
        assertSucceeded(build(builder))
        try append("\nFounded in 1851.\n", to: "actors/new-york-times.md")
        let again = build(builder)
        assertSucceeded(again)
        XCTAssertEqual(again.output?.written, ["actors/new-york-times/index.html"])
        XCTAssertTrue(FileTree.text(output + "/actors/new-york-times/index.html").contains("Founded in 1851."))
    }

    /// A builder that keeps nothing between builds makes each one a full build: an edited article
    /// reaches its page, and only the pages it changes are rewritten.
    func testABuilderThatKeepsNothingBuildsAgainInFull() throws {
        var options = BuildOptions(contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: output)
        options.rebuilds = false
        let builder = SiteBuilder(options: options)
        assertSucceeded(build(builder))
        try append("\nA closing paragraph.\n", to: "articles/2022-12-24-iran-refuses-ballistic-missiles.md")
        let again = build(builder)
        assertSucceeded(again)
        XCTAssertEqual(again.output?.written, ["articles/2022-12-24-iran-refuses-ballistic-missiles/index.html"])
        let page = FileTree.text(output + "/articles/2022-12-24-iran-refuses-ballistic-missiles/index.html")
        XCTAssertTrue(page.contains("<p>A closing paragraph.</p>"))
        XCTAssertTrue(page.contains("<mark"), "the quoted passages are still marked")
    }

    func testRemovingAnArticleRemovesItsPageAndKeepsDotfiles() throws {
        try folder.write(
            "Content/articles/2022-11-extra.md", "---\ntitle: An extra article\npublished: 2022-11\n---\n\nNothing anyone claims.\n")
        let first = build()
        assertSucceeded(first)
        XCTAssertEqual(
            Fixture.headlines(first.diagnostics, relativeTo: content),
            ["articles/2022-11-extra.md:2:1: warning: no claim cites article '2022-11-extra'"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/articles/2022-11-extra/index.html"))
        try folder.write("Public/.nojekyll", "")
        try folder.write("Public/.git/HEAD", "ref: refs/heads/main\n")
        try folder.write("Public/articles/.keep", "")
        try folder.write("Public/stray/old-page.html", "<p>from an older build</p>")

        try FileManager.default.removeItem(atPath: content + "/articles/2022-11-extra.md")
        let second = build()
        assertSucceeded(second)
        XCTAssertEqual(second.output?.removed, ["articles/2022-11-extra/index.html", "stray/old-page.html"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/articles/2022-11-extra"), "the emptied folder goes too")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/stray"))
        XCTAssertEqual(
            FileTree.files(output, includeHidden: true).filter { $0.contains("/.") || $0.hasPrefix(".") },
            [".git/HEAD", ".nojekyll", "articles/.keep"])
        XCTAssertEqual(FileTree.files(output), GoodReportTests.expectedFiles)
        // The article count on the front page changed with it.
        XCTAssertTrue(second.output?.written.contains("index.html") ?? false)
    }

    /// A link in the output is removed as a link: what it points to, outside, is not touched;
    /// nested stray folders go with their files.
    func testStaleLinksAndNestedFoldersAreRemovedWithoutLeavingTheOutput() throws {
        assertSucceeded(build())
        try folder.write("Outside/keep.txt", "not the generator's")
        try FileManager.default.createSymbolicLink(atPath: output + "/linked", withDestinationPath: folder.url("Outside"))
        try folder.write("Public/stray/deeper/still/old.html", "<p>old</p>")
        // Inside a page's folder, which stays, and a folder below it, which goes.
        try folder.write("Public/articles/2022-10-18-iran-admits-drones/old.html", "<p>old</p>")
        try folder.write("Public/articles/2022-10-18-iran-admits-drones/drafts/one.html", "<p>old</p>")
        let second = build()
        assertSucceeded(second)
        XCTAssertEqual(
            second.output?.removed,
            [
                "articles/2022-10-18-iran-admits-drones/drafts/one.html", "articles/2022-10-18-iran-admits-drones/old.html", "linked",
                "stray/deeper/still/old.html",
            ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/stray"), "emptied folders go, deepest first")
        XCTAssertEqual(FileTree.text(folder.url("Outside/keep.txt")), "not the generator's")
        XCTAssertEqual(FileTree.files(output), GoodReportTests.expectedFiles)
    }

    // MARK: Where a site may go

    /// Builds into `output` with the theme at `templates`; returns the error headlines, relative to the folder.
    private func refusedBuild(
        into output: String, templates: String = TestPaths.templates, file: StaticString = #filePath, line: UInt = #line
    )
        -> [String]
    {
        let result = SiteBuilder(options: BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output))
            .build()
        XCTAssertNil(result.output, "nothing is published", file: file, line: line)
        return result.diagnostics.filter { $0.severity == .error }.map { $0.headline.replacingOccurrences(of: folder.path + "/", with: "") }
    }

    /// Pointed at the content or templates folder, at a folder holding one (the report's own
    /// folder), or inside one, the build refuses and removes nothing; a link is seen through.
    func testTheOutputMayNotBeHoldOrSitInTheFoldersABuildReads() throws {
        let theme = try folder.copy(TestPaths.templates, to: "Theme")
        try FileManager.default.createSymbolicLink(atPath: folder.url("Alias"), withDestinationPath: content)
        let before = FileTree.contents(folder.path)
        XCTAssertEqual(
            refusedBuild(into: content),
            ["Content:1:1: error: the output folder is the content folder; publishing the site would replace what is in it"])
        XCTAssertEqual(
            refusedBuild(into: folder.url("Alias")),
            ["Alias:1:1: error: the output folder is the content folder; publishing the site would replace what is in it"])
        XCTAssertEqual(
            refusedBuild(into: folder.path + "/.", templates: theme),
            [
                ".:1:1: error: the output folder holds the content folder 'Content'; publishing the site would remove it",
                ".:1:1: error: the output folder holds the templates folder 'Theme'; publishing the site would remove it",
            ])
        XCTAssertEqual(
            refusedBuild(into: content + "/site"),
            [
                "Content/site:1:1: error: the output folder is inside the content folder 'Content'; the site would be mixed into what it is built from"
            ])
        XCTAssertEqual(
            refusedBuild(into: theme + "/assets/site", templates: theme),
            [
                "Theme/assets/site:1:1: error: the output folder is inside the templates folder 'Theme'; the site would be mixed into what it is built from"
            ])
        XCTAssertEqual(FileTree.contents(folder.path), before, "nothing was written or removed")
    }

    /// A folder of other files is not published into (it would be emptied); the report is still
    /// checked in the same run. Dotfiles alone, or a site Dossier built, are fine.
    func testAFolderOfOtherFilesIsNotPublishedInto() throws {
        try folder.write("Public/notes.txt", "mine")
        try folder.write("Public/photos/one.jpg", "jpeg")
        try folder.write("Public/.git/HEAD", "ref: refs/heads/main\n")
        try append("\nnot: a field\n", to: "site.yml")
        let before = FileTree.contents(output)
        XCTAssertEqual(
            refusedBuild(into: output),
            [
                "Content/site.yml:9:1: error: unknown field 'not' in site.yml",
                "Public:1:1: error: the output folder holds files that are not a Dossier site ('notes.txt', 'photos'); "
                    + "publishing the site would remove them",
            ].sorted())
        XCTAssertEqual(FileTree.contents(output), before)

        try FileManager.default.removeItem(atPath: output + "/notes.txt")
        try FileManager.default.removeItem(atPath: output + "/photos")
        try FileManager.default.removeItem(atPath: content + "/site.yml")
        try FileManager.default.copyItem(atPath: TestPaths.fixture("good") + "/site.yml", toPath: content + "/site.yml")
        assertSucceeded(build())
        try folder.write("Public/notes.txt", "added to the site later")
        let again = build()
        assertSucceeded(again)
        XCTAssertEqual(again.output?.removed, ["notes.txt"], "a site Dossier built is Dossier's to tidy")
        XCTAssertEqual(FileTree.text(output + "/.git/HEAD"), "ref: refs/heads/main\n")
    }

    func testAPathIsResolvedThroughLinksAsFarAsItExists() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.url("Alias"), withDestinationPath: content)
        let real = OutputFolderRule.resolved(content)
        XCTAssertEqual(OutputFolderRule.resolved(folder.url("Alias")), real)
        XCTAssertEqual(OutputFolderRule.resolved(folder.url("Alias") + "/not/yet"), real + "/not/yet")
        XCTAssertEqual(OutputFolderRule.resolved(folder.url("Alias/../Content/./x")), real + "/x")
    }
}

/// What threads did, in the order they did it.
private final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [String] = []

    func add(_ event: String) { lock.withLock { events.append(event) } }
    var all: [String] { lock.withLock { events } }
}
