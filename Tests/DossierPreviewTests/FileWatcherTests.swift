import Foundation
import XCTest
@testable import DossierPreview

final class FileWatcherTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var content: String { folder.url("Content") }

    override func setUpWithError() throws {
        folder = try Self.makeFolder()
    }

    private static func makeFolder() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write("Content/existing.md", "# Existing")
        try folder.write("Content/actors/iran.md", "# Iran")
        return folder
    }

    override func tearDown() {
        folder = nil
    }

    private func startWatcher(debounce: Duration = FileWatcher.defaultDebounce, mode: FileWatcher.Mode = .automatic) throws
        -> (FileWatcher, BatchCollector)
    {
        let watcher = try FileWatcher(directories: [content], debounce: debounce, mode: mode)
        addTeardownBlock { watcher.stop() }
        return (watcher, BatchCollector(watcher))
    }

    /// Gives late events a chance to show up before asserting that they did not.
    private func settle() async throws {
        try await Task.sleep(for: .milliseconds(120))
    }

    func testCreatingAFileIsReported() async throws {
        let (_, collector) = try startWatcher()
        let path = try folder.write("Content/new.md", "# New")
        let seen = await collector.waitFor(path)
        XCTAssertTrue(seen, "\(collector.batches)")
    }

    func testModifyingAFileIsReported() async throws {
        let (_, collector) = try startWatcher()
        let path = try folder.write("Content/existing.md", "# Changed")
        let seen = await collector.waitFor(path)
        XCTAssertTrue(seen, "\(collector.batches)")
    }

    func testModifyingAFileInANestedFolderThatExistedAtStartIsReported() async throws {
        let (_, collector) = try startWatcher()
        let path = try folder.write("Content/actors/iran.md", "# Iran, updated")
        let seen = await collector.waitFor(path)
        XCTAssertTrue(seen, "\(collector.batches)")
    }

    func testSavingThroughATemporaryFileAndRenameIsReportedOnce() async throws {
        let (_, collector) = try startWatcher()
        // What many editors do: write a scratch file, then rename it over the real one.
        try folder.write("Content/.existing.md.swp", "swap")
        try folder.write("Content/4913", "")
        try folder.remove("Content/4913")
        try folder.write("Content/existing.md~", "# Existing")
        try folder.write("Content/existing.md.tmp", "# Saved atomically")
        try folder.move("Content/existing.md.tmp", to: "Content/existing.md")
        let target = content + "/existing.md"
        let seen = await collector.waitFor(target)
        XCTAssertTrue(seen, "\(collector.batches)")
        try await settle()
        XCTAssertEqual(collector.paths, [target], "editor droppings are ignored: \(collector.batches)")
        XCTAssertEqual(collector.batches.count, 1, "\(collector.batches)")
    }

    func testTemporaryFilesThatComeAndGoWithinABatchAreDropped() async throws {
        let (_, collector) = try startWatcher()
        // `sed -i`: a scratch file with an ordinary-looking name, renamed over the real file.
        try folder.write("Content/sedX1b2C3", "# Existing, edited")
        try folder.move("Content/sedX1b2C3", to: "Content/existing.md")
        // A file created and deleted again before the batch went out changed nothing.
        try folder.write("Content/scratch.md", "x")
        try folder.remove("Content/scratch.md")
        let target = content + "/existing.md"
        let seen = await collector.waitFor(target)
        XCTAssertTrue(seen, "\(collector.batches)")
        try await settle()
        XCTAssertEqual(collector.batches, [[target]])
    }

    func testDeletingAFileIsReported() async throws {
        let (_, collector) = try startWatcher()
        try folder.remove("Content/existing.md")
        let seen = await collector.waitFor(content + "/existing.md")
        XCTAssertTrue(seen, "\(collector.batches)")
    }

    func testNewSubfolderIsWatchedAndFilesCreatedInItAreReported() async throws {
        let (_, collector) = try startWatcher()
        let subfolder = try folder.makeFolder("Content/events")
        let folderSeen = await collector.waitFor(subfolder)
        XCTAssertTrue(folderSeen, "\(collector.batches)")
        let file = try folder.write("Content/events/summit.md", "# Summit")
        let fileSeen = await collector.waitFor(file)
        XCTAssertTrue(fileSeen, "a file in a folder created after the watcher started: \(collector.batches)")
    }

    func testFilesWrittenIntoABrandNewTreeBeforeItsWatchExistsAreReported() async throws {
        let (_, collector) = try startWatcher()
        // mkdir -p and the write race the watcher adding its watch; the new tree is scanned.
        let file = try folder.write("Content/a/b/c/deep.md", "# Deep")
        let seen = await collector.waitFor(file)
        XCTAssertTrue(seen, "\(collector.batches)")
        let later = try folder.write("Content/a/b/c/later.md", "# Later")
        let laterSeen = await collector.waitFor(later)
        XCTAssertTrue(laterSeen, "\(collector.batches)")
    }

    func testFolderMovedInIsWatched() async throws {
        try folder.write("Elsewhere/topic/page.md", "# Page")
        let (_, collector) = try startWatcher()
        try folder.move("Elsewhere/topic", to: "Content/topic")
        let moved = await collector.waitFor(content + "/topic/page.md")
        XCTAssertTrue(moved, "\(collector.batches)")
        let edited = try folder.write("Content/topic/page.md", "# Page, edited")
        let editSeen = await collector.waitFor(edited)
        XCTAssertTrue(editSeen, "\(collector.batches)")
    }

    func testFolderMovedOutIsNoLongerReported() async throws {
        let (_, collector) = try startWatcher()
        try folder.move("Content/actors", to: "Gone")
        let removed = await collector.waitFor(content + "/actors")
        XCTAssertTrue(removed, "\(collector.batches)")
        try folder.write("Gone/iran.md", "# Outside now")
        try await settle()
        XCTAssertFalse(collector.paths.contains { $0.contains("/Gone/") || $0.hasSuffix("actors/iran.md") }, "\(collector.batches)")
    }

    func testRemovedFolderIsReportedAndWatchingGoesOn() async throws {
        let (_, collector) = try startWatcher()
        try folder.remove("Content/actors")
        let removed = await collector.waitFor(content + "/actors")
        XCTAssertTrue(removed, "\(collector.batches)")
        let recreated = try folder.write("Content/actors/iran.md", "# Back")
        let seen = await collector.waitFor(recreated)
        XCTAssertTrue(seen, "\(collector.batches)")
    }

    /// A folder linked in (a static folder of scans kept elsewhere) is watched as the build reads
    /// it, under the link's path; a link back up is not walked forever.
    func testLinkedFoldersAreWatchedAndLoopsAreNot() async throws {
        for mode in [FileWatcher.Mode.automatic, .polling(interval: .milliseconds(40))] {
            try folder.write("Scans/2023/letter.pdf", "letter")
            let links = FileManager.default
            try links.createSymbolicLink(atPath: content + "/scans", withDestinationPath: folder.url("Scans"))
            try links.createSymbolicLink(atPath: folder.url("Scans/2023/up"), withDestinationPath: folder.url("Scans"))
            let (watcher, collector) = try startWatcher(mode: mode)
            try folder.write("Scans/2023/letter.pdf", "letter, second scan")
            let edited = await collector.waitFor(content + "/scans/2023/letter.pdf")
            XCTAssertTrue(edited, "\(mode): \(collector.batches)")

            // A link made while watching: what it leads to is reported, and watched from then on.
            try folder.write("Annex/table.csv", "a,b")
            try links.createSymbolicLink(atPath: content + "/annex", withDestinationPath: folder.url("Annex"))
            let linked = await collector.waitFor(content + "/annex/table.csv")
            XCTAssertTrue(linked, "\(mode): \(collector.batches)")
            try folder.write("Annex/table.csv", "a,b,c")
            try folder.write("Annex/more.csv", "d")
            let written = await collector.waitFor(content + "/annex/more.csv")
            XCTAssertTrue(written, "\(mode): \(collector.batches)")
            XCTAssertFalse(collector.paths.contains { $0.contains("/up/") }, "\(mode): \(collector.batches)")

            // The link pointed elsewhere (`ln -sfn`: a new link renamed over it): the old folder
            // is no longer watched under its name, the new one is.
            try folder.write("Annex2/new.csv", "e")
            try links.createSymbolicLink(atPath: content + "/annex.tmp", withDestinationPath: folder.url("Annex2"))
            try folder.move("Content/annex.tmp", to: "Content/annex")
            let relinked = await collector.waitFor(content + "/annex/new.csv")
            XCTAssertTrue(relinked, "\(mode): \(collector.batches)")
            try await settle()
            try folder.write("Annex/late.csv", "f")
            try folder.write("Annex2/later.csv", "g")
            let later = await collector.waitFor(content + "/annex/later.csv")
            XCTAssertTrue(later, "\(mode): \(collector.batches)")
            XCTAssertFalse(collector.paths.contains(content + "/annex/late.csv"), "\(mode): \(collector.batches)")
            watcher.stop()
            for path in ["Content/scans", "Content/annex", "Scans", "Annex", "Annex2"] { try folder.remove(path) }
        }
    }

    func testContentFolderMovedAwayAndBackIsWatchedAgain() async throws {
        try await checkContentFolderComesBack(waitingWhileAway: true) {
            try self.folder.move("Content", to: "Away")
        } comeBack: {
            try self.folder.move("Away", to: "Content")
        }
    }

    func testContentFolderDeletedAndRecreatedByCopyingIsWatchedAgain() async throws {
        try await checkContentFolderComesBack(waitingWhileAway: true) {
            try FileManager.default.copyItem(atPath: self.content, toPath: self.folder.url("Backup"))
            try self.folder.remove("Content")
        } comeBack: {
            try FileManager.default.copyItem(atPath: self.folder.url("Backup"), toPath: self.content)
        }
    }

    /// `mv Templates ../T.bak && cp -r ../T.bak Templates`: the new folder is there before the
    /// watcher has even handled the old one leaving.
    func testContentFolderReplacedAtOnceByACopyIsWatched() async throws {
        try await checkContentFolderComesBack(waitingWhileAway: false) {
            try self.folder.move("Content", to: "Old")
        } comeBack: {
            try FileManager.default.copyItem(atPath: self.folder.url("Old"), toPath: self.content)
        }
    }

    /// With each backend: takes the watched folder away, brings it (or a copy) back, and checks
    /// that what it holds is reported and that it is watched again, subfolders included.
    private func checkContentFolderComesBack(
        waitingWhileAway: Bool, leave: () throws -> Void, comeBack: () throws -> Void
    ) async throws {
        for mode in [FileWatcher.Mode.automatic, .polling(interval: .milliseconds(40))] {
            folder = try Self.makeFolder()
            let (watcher, collector) = try startWatcher(mode: mode)
            try leave()
            if waitingWhileAway {
                let gone = await collector.waitFor(content)
                XCTAssertTrue(gone, "\(mode): the folder going is reported: \(collector.batches)")
                try await settle()
            }
            let beforeReturn = waitingWhileAway ? collector.batches.count : 0
            try comeBack()
            let back = await collector.waitFor(content + "/actors/iran.md", afterBatch: beforeReturn)
            XCTAssertTrue(back, "\(mode): what the folder holds is reported when it comes back: \(collector.batches)")

            let beforeEdit = collector.batches.count
            let edited = try folder.write("Content/actors/iran.md", "# Iran, edited after the folder came back")
            let editSeen = await collector.waitFor(edited, afterBatch: beforeEdit)
            XCTAssertTrue(editSeen, "\(mode): \(collector.batches)")
            let added = try folder.write("Content/actors/new/deep.md", "# Deep")
            let addSeen = await collector.waitFor(added)
            XCTAssertTrue(addSeen, "\(mode): \(collector.batches)")
            watcher.stop()
        }
    }

    /// While every root is there the inotify thread must block without a timeout; a missing root
    /// is looked for at each interval until it is back.
    func testMissingRootsAreLookedForOnlyWhileMissing() throws {
        var missing = MissingRoots(interval: .milliseconds(100))
        let start = ContinuousClock.now
        XCTAssertNil(missing.deadline)
        try folder.move("Content", to: "Away")
        missing.add(content, at: start)
        XCTAssertEqual(missing.takeReturned(at: start + .milliseconds(99)), [], "not due yet")
        XCTAssertEqual(missing.takeReturned(at: start + .milliseconds(100)), [], "still away")
        XCTAssertEqual(missing.deadline, start + .milliseconds(200))
        try folder.move("Away", to: "Content")
        XCTAssertEqual(missing.takeReturned(at: start + .milliseconds(200)), [content])
        XCTAssertNil(missing.deadline)
        XCTAssertTrue(missing.isEmpty)
    }

    func testBurstOfTwentyWritesGivesOneBatch() async throws {
        let (_, collector) = try startWatcher()
        var written: Set<String> = []
        for index in 0..<20 {
            written.insert(try folder.write("Content/burst-\(index % 5).md", "# Save \(index)"))
        }
        let seen = await waitUntil { collector.paths.isSuperset(of: written) }
        XCTAssertTrue(seen, "\(collector.batches)")
        try await settle()
        XCTAssertEqual(collector.batches.count, 1, "\(collector.batches)")
        XCTAssertEqual(collector.batches.first, written.sorted(), "sorted, without duplicates")
    }

    func testChangesInsideTheQuietWindowAreMerged() async throws {
        let (_, collector) = try startWatcher(debounce: .milliseconds(150))
        let first = try folder.write("Content/one.md", "1")
        try await Task.sleep(for: .milliseconds(60))
        let second = try folder.write("Content/two.md", "2")
        let seen = await collector.waitFor(second)
        XCTAssertTrue(seen)
        XCTAssertEqual(collector.batches, [[first, second]])
    }

    func testNestedRootsAreDroppedAndMissingOnesKept() throws {
        let watcher = try FileWatcher(directories: [content, folder.url("Templates"), content + "/actors", content])
        defer { watcher.stop() }
        XCTAssertEqual(watcher.directories, [content, folder.url("Templates")])
    }

    /// `dossier serve` started before the theme folder exists: the folder is watched, subfolders
    /// included, from when it appears.
    func testAFolderMissingAtTheStartIsWatchedOnceItAppears() async throws {
        for mode in [FileWatcher.Mode.automatic, .polling(interval: .milliseconds(40))] {
            folder = try Self.makeFolder()
            try folder.move("Content", to: "Later")
            let (watcher, collector) = try startWatcher(mode: mode)
            try await settle()
            try folder.move("Later", to: "Content")
            let appeared = await collector.waitFor(content + "/actors/iran.md")
            XCTAssertTrue(appeared, "\(mode): what the folder holds is reported when it appears: \(collector.batches)")
            let beforeEdit = collector.batches.count
            let edited = try folder.write("Content/actors/iran.md", "# Iran, edited")
            let editSeen = await collector.waitFor(edited, afterBatch: beforeEdit)
            XCTAssertTrue(editSeen, "\(mode): \(collector.batches)")
            watcher.stop()
        }
    }

    func testStopEndsTheStream() async throws {
        let (watcher, collector) = try startWatcher()
        let started = ContinuousClock.now
        watcher.stop()
        await collector.waitForEnd()
        XCTAssertLessThan(started.duration(to: .now), .milliseconds(500))
    }

    func testPollingFallbackReportsCreateModifyAndDelete() async throws {
        let (_, collector) = try startWatcher(mode: .polling(interval: .milliseconds(40)))
        let created = try folder.write("Content/actors/new.md", "# New")
        let createSeen = await collector.waitFor(created)
        XCTAssertTrue(createSeen, "\(collector.batches)")
        // A different size guarantees a visible change even on file systems with coarse mtimes.
        let modified = try folder.write("Content/existing.md", "# Existing, now longer")
        let modifySeen = await collector.waitFor(modified)
        XCTAssertTrue(modifySeen, "\(collector.batches)")
        try folder.remove("Content/actors/iran.md")
        let deleteSeen = await collector.waitFor(content + "/actors/iran.md")
        XCTAssertTrue(deleteSeen, "\(collector.batches)")
        try folder.write("Content/.hidden.swp", "x")
        try await settle()
        XCTAssertFalse(collector.paths.contains { $0.hasSuffix(".swp") })
    }

    func testEditorDroppingsAreIgnored() {
        for name in [
            ".page.md.swp", ".#page.md", "#page.md#", "page.md~", "page.md.swp", "page.md.swx", "page.tmp", "4913",
            ".DS_Store", "page.md___jb_tmp___",
        ] {
            XCTAssertTrue(WatchFilter.isIgnored(name: name), name)
        }
        for name in ["page.md", "index.html", "site.css", "49130", "tmp.md", "swp"] {
            XCTAssertFalse(WatchFilter.isIgnored(name: name), name)
        }
    }

    func testBatcherFlushesAfterTheQuietWindowOrTheMaximumDelay() {
        var batcher = ChangeBatcher(quietWindow: .milliseconds(30), maximumDelay: .milliseconds(100))
        let start = ContinuousClock.now
        batcher.add("/a", at: start)
        XCTAssertNil(batcher.takeIfDue(at: start + .milliseconds(29)))
        batcher.add("/b", at: start + .milliseconds(29))
        XCTAssertNil(batcher.takeIfDue(at: start + .milliseconds(58)))
        XCTAssertEqual(batcher.takeIfDue(at: start + .milliseconds(59)), ["/a", "/b"])
        XCTAssertTrue(batcher.isEmpty)

        // A change every 20 ms never goes quiet, but still gets delivered after the maximum delay.
        for step in 0..<6 {
            batcher.add("/busy", at: start + .milliseconds(200 + 20 * step))
        }
        XCTAssertEqual(batcher.takeIfDue(at: start + .milliseconds(300)), ["/busy"])

        // Created then removed within one batch: dropped; removed, re-created, removed: still a deletion.
        batcher.addCreated("/tmp1", at: start + .seconds(1))
        batcher.add("/tmp1", at: start + .seconds(1))
        batcher.addRemoved("/tmp1", at: start + .seconds(1))
        XCTAssertTrue(batcher.isEmpty)
        XCTAssertNil(batcher.deadline)
        batcher.addRemoved("/kept", at: start + .seconds(2))
        batcher.addCreated("/kept", at: start + .seconds(2))
        batcher.addRemoved("/kept", at: start + .seconds(2))
        XCTAssertEqual(batcher.takeIfDue(at: start + .seconds(3)), ["/kept"])

        batcher.addEverything(at: start)
        batcher.add("/c", at: start)
        XCTAssertEqual(batcher.takeIfDue(at: start + .seconds(1)), [], "lost events mean a full build")
    }
    func testASaveToAnExistingFileWaitsOnlyTheSettleWindow() {
        var batcher = ChangeBatcher(quietWindow: .milliseconds(30), settleWindow: .milliseconds(5))
        let start = ContinuousClock.now
        // An editor writing a file in place: modify events, then the close that ends the save.
        batcher.add("/page.md", at: start)
        XCTAssertEqual(batcher.deadline, start + .milliseconds(30), "a modification alone may be the start of a longer write")
        batcher.addWritten("/page.md", at: start + .milliseconds(1))
        XCTAssertNil(batcher.takeIfDue(at: start + .milliseconds(5)))
        XCTAssertEqual(batcher.takeIfDue(at: start + .milliseconds(6)), ["/page.md"])

        // Saved through a temporary file renamed into place: the rename ends the save.
        batcher.addCreated("/page.md", movedIn: true, at: start + .seconds(1))
        XCTAssertEqual(batcher.deadline, start + .seconds(1) + .milliseconds(5))
        _ = batcher.takeIfDue(at: start + .seconds(2))

        // A new file written and closed may be the first of a folder being copied in: full window.
        batcher.addCreated("/new.md", at: start + .seconds(3))
        batcher.addWritten("/new.md", at: start + .seconds(3))
        XCTAssertNil(batcher.takeIfDue(at: start + .seconds(3) + .milliseconds(29)))
        XCTAssertEqual(batcher.takeIfDue(at: start + .seconds(3) + .milliseconds(30)), ["/new.md"])

        // A change that is not the end of a save after one that was brings the full window back.
        batcher.addWritten("/page.md", at: start + .seconds(4))
        batcher.addRemoved("/old.md", at: start + .seconds(4))
        XCTAssertEqual(batcher.deadline, start + .seconds(4) + .milliseconds(30))

        XCTAssertEqual(
            ChangeBatcher(quietWindow: .milliseconds(10), settleWindow: .milliseconds(50)).settleWindow, .milliseconds(10),
            "never longer than the quiet window")
    }

    func testASaveToAnExistingFileArrivesBeforeALongDebounce() async throws {
        let (_, collector) = try startWatcher(debounce: .milliseconds(1_500))
        let started = ContinuousClock.now
        let path = try folder.write("Content/existing.md", "# Changed")
        let seen = await collector.waitFor(path)
        XCTAssertTrue(seen, "\(collector.batches)")
        XCTAssertLessThan(started.duration(to: .now), .milliseconds(1_000), "delivered after the settle window, not the debounce")
    }
}
