import Foundation
import XCTest
@testable import DossierPreview

final class RebuildLoopTests: XCTestCase {
    func testEachBatchGivesOneRebuildWithItsPaths() async throws {
        let builder = FakeSiteBuilder()
        let log = LogRecorder()
        let loop = RebuildLoop(builder: builder, log: log.log)
        let (batches, input) = AsyncStream.makeStream(of: [String].self)
        let running = Task { await loop.run(batches: batches) }

        input.yield(["/src/Content/a.md"])
        let reached1 = await waitUntil { builder.calls.count == 1 }
        XCTAssertTrue(reached1)
        input.yield(["/src/Content/b.md", "/src/Templates/page.html"])
        let reached2 = await waitUntil { builder.calls.count == 2 }
        XCTAssertTrue(reached2)
        input.finish()
        await running.value

        XCTAssertEqual(builder.calls, [["/src/Content/a.md"], ["/src/Content/b.md", "/src/Templates/page.html"]])
    }

    func testChangesDuringARebuildGiveExactlyOneMoreRebuildWithTheirUnion() async throws {
        let builder = FakeSiteBuilder()
        let loop = RebuildLoop(builder: builder, log: LogRecorder().log)
        let (batches, input) = AsyncStream.makeStream(of: [String].self)
        let running = Task { await loop.run(batches: batches) }

        builder.holdNextCall()
        input.yield(["/a"])
        let reached3 = await waitUntil { builder.isHolding }
        XCTAssertTrue(reached3)
        // Three batches land while the first rebuild is still running.
        input.yield(["/b", "/c"])
        input.yield(["/c", "/d"])
        input.yield(["/a"])
        // The loop's reader must have taken the batches before the held rebuild ends; on a busy
        // machine 20 ms was not always enough.
        try await Task.sleep(for: .milliseconds(100))
        builder.release()

        let reached4 = await waitUntil { builder.calls.count == 2 }
        XCTAssertTrue(reached4)
        try await Task.sleep(for: .milliseconds(50))
        input.finish()
        await running.value
        XCTAssertEqual(builder.calls, [["/a"], ["/a", "/b", "/c", "/d"]])
    }

    func testAnEmptyBatchMeansAFullBuild() async throws {
        let builder = FakeSiteBuilder()
        let loop = RebuildLoop(builder: builder, log: LogRecorder().log)
        let (batches, input) = AsyncStream.makeStream(of: [String].self)
        let running = Task { await loop.run(batches: batches) }

        builder.holdNextCall()
        input.yield(["/a"])
        let reached5 = await waitUntil { builder.isHolding }
        XCTAssertTrue(reached5)
        input.yield(["/b"])
        input.yield([])  // the watcher lost events
        // As above: both batches must be read before the held rebuild ends.
        try await Task.sleep(for: .milliseconds(100))
        builder.release()
        let reached6 = await waitUntil { builder.calls.count == 2 }
        XCTAssertTrue(reached6)
        input.finish()
        await running.value
        XCTAssertEqual(builder.calls, [["/a"], []])
    }

    func testLogsOneLinePerRebuildAndTheDiagnosticsWhenItFails() async throws {
        let builder = FakeSiteBuilder()
        builder.enqueue(
            .init(
                succeeded: true, diagnostics: "", summary: "built in 42 ms: 3 written, 120 unchanged, 0 removed", changedOutputPaths: ["a"]),
            .init(
                succeeded: false,
                diagnostics: "/src/Content/a.md:3:7: error: unknown actor\n/src/Content/a.md:9:1: error: bad date\n",
                summary: "build failed in 4 ms: 2 errors",
                changedOutputPaths: []),
            .init(
                succeeded: true, diagnostics: "warning: ignored", summary: "built in 40 ms: 1 written, 122 unchanged, 0 removed",
                changedOutputPaths: []))
        let log = LogRecorder()
        let loop = RebuildLoop(builder: builder, log: log.log)

        await loop.build(changedPaths: [])
        await loop.build(changedPaths: ["/src/Content/a.md"])
        await loop.build(changedPaths: ["/src/Content/a.md", "/src/Content/b.md", "/src/Content/c.md", "/src/Content/d.md"])

        XCTAssertEqual(
            log.all,
            [
                "built in 42 ms: 3 written, 120 unchanged, 0 removed",
                "/src/Content/a.md changed: build failed in 4 ms: 2 errors",
                "/src/Content/a.md:3:7: error: unknown actor\n/src/Content/a.md:9:1: error: bad date",
                "4 files changed (a.md, b.md, c.md, …): built in 40 ms: 1 written, 122 unchanged, 0 removed",
                "warning: ignored",
            ])
    }

    /// A good build's warnings are told when they change (a template saved under a misspelt name
    /// while serving is told at once), not again with every later save.
    func testLogsAGoodBuildsWarningsWhenTheyChange() async {
        let warning = "Templates/clam.mustache:1:1: warning: no page uses the template 'clam'\n0 errors, 1 warning\n"
        let builder = FakeSiteBuilder()
        builder.enqueue(
            .init(succeeded: true, diagnostics: "", summary: "built", changedOutputPaths: []),
            .init(succeeded: true, diagnostics: warning, summary: "built", changedOutputPaths: []),
            .init(succeeded: true, diagnostics: warning, summary: "built", changedOutputPaths: []),
            .init(succeeded: true, diagnostics: "", summary: "built", changedOutputPaths: []),
            .init(succeeded: true, diagnostics: warning, summary: "built", changedOutputPaths: []))
        let log = LogRecorder()
        var loop = RebuildLoop(builder: builder, log: log.log)
        loop.quiet = true
        for _ in 0..<5 { await loop.build(changedPaths: ["/src/Templates/clam.mustache"]) }
        let told = "Templates/clam.mustache:1:1: warning: no page uses the template 'clam'\n0 errors, 1 warning"
        XCTAssertEqual(log.all, [told, told])
    }

    /// `--quiet`: a good rebuild says nothing; a failed one is still told, with its diagnostics.
    func testQuietLogsOnlyFailures() async {
        let builder = FakeSiteBuilder()
        builder.enqueue(
            .init(succeeded: true, diagnostics: "", summary: "built in 42 ms", changedOutputPaths: ["a"]),
            .init(succeeded: false, diagnostics: "a.md:3:7: error: unknown actor\n", summary: "failed in 4 ms", changedOutputPaths: []))
        let log = LogRecorder()
        var loop = RebuildLoop(builder: builder, log: log.log)
        loop.quiet = true
        await loop.build(changedPaths: [])
        await loop.build(changedPaths: ["/src/Content/a.md"])
        XCTAssertEqual(log.all, ["/src/Content/a.md changed: failed in 4 ms", "a.md:3:7: error: unknown actor"])
    }

    func testFailureWithoutTheWordFailedIsStillMarkedAsAFailure() async {
        let builder = FakeSiteBuilder()
        builder.enqueue(.init(succeeded: false, diagnostics: "", summary: "2 errors", changedOutputPaths: []))
        let log = LogRecorder()
        await RebuildLoop(builder: builder, log: log.log).build(changedPaths: [])
        XCTAssertEqual(log.all, ["build failed: 2 errors"])
    }

    func testChangedPathsInsideTheCurrentFolderAreShownRelative() {
        let here = FileSystem.absolutePath(".")
        XCTAssertEqual(RebuildLoop.displayPath(here + "/Content/a.md"), "Content/a.md")
        XCTAssertEqual(RebuildLoop.displayPath("/elsewhere/a.md"), "/elsewhere/a.md")
        XCTAssertEqual(FileSystem.absolutePath("/a/./b/../c//d/"), "/a/c/d")
    }

    /// A tester's report: once the content folder had gone and come back, no edit was rebuilt
    /// again until a restart.
    func testRebuildsAgainAfterTheContentFolderWentAwayAndCameBack() async throws {
        let folder = try TemporaryDirectory()
        let content = folder.url("Content")
        try folder.write("Content/actors/iran.md", "# Iran")
        let watcher = try FileWatcher(directories: [content])
        addTeardownBlock { watcher.stop() }
        let builder = FakeSiteBuilder()
        builder.enqueue(.init(succeeded: false, diagnostics: "error: no content folder here", summary: "1 error", changedOutputPaths: []))
        let log = LogRecorder()
        let running = Task { await RebuildLoop(builder: builder, log: log.log).run(batches: watcher.batches) }

        try folder.move("Content", to: "Away")
        let failed = await waitUntil { builder.calls.count == 1 }
        XCTAssertTrue(failed, "\(builder.calls)")
        try await Task.sleep(for: .milliseconds(200))
        try folder.move("Away", to: "Content")
        let rebuilt = await waitUntil { builder.calls.count == 2 }
        XCTAssertTrue(rebuilt, "\(builder.calls)")
        XCTAssertTrue(builder.calls.last?.contains(content + "/actors/iran.md") ?? false, "\(builder.calls)")
        let edited = try folder.write("Content/actors/iran.md", "# Iran, edited")
        let rebuiltAgain = await waitUntil { builder.calls.count == 3 }
        XCTAssertTrue(rebuiltAgain, "\(builder.calls)")
        XCTAssertEqual(builder.calls.last, [edited])
        XCTAssertEqual(log.all.first, RebuildLoop.displayPath(content) + " changed: build failed: 1 error")

        watcher.stop()
        await running.value
    }

    func testCancellingTheLoopEndsIt() async {
        let loop = RebuildLoop(builder: FakeSiteBuilder(), log: LogRecorder().log)
        let (batches, _) = AsyncStream.makeStream(of: [String].self)
        let running = Task { await loop.run(batches: batches) }
        try? await Task.sleep(for: .milliseconds(10))
        running.cancel()
        await running.value
    }
}
