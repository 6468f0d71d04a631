import Foundation
import UnixSignals
import XCTest
@testable import DossierPreview

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The whole `dossier serve` session on a real loopback socket: build, serve, watch, rebuild,
/// live reload, and shutdown on a real signal with an event stream still open.
final class PreviewServerTests: XCTestCase {
    private func startServer(
        folder: TemporaryDirectory,
        builder: FakeSiteBuilder,
        log: LogRecorder,
        port: Int = 0,
        signals: [UnixSignal] = [.sigterm, .sigint],
        optionalDirectories: [String] = []
    ) async throws -> (task: Task<Void, Error>, port: Int) {
        let bound = Locked<Int?>(nil)
        var options = SessionOptions()
        options.shutdownSignals = signals
        options.onListening = { port in bound.withLock { $0 = port } }
        let configuration = PreviewConfiguration(
            port: port,
            outputDirectory: folder.url("site"),
            watchedDirectories: [folder.url("Content"), folder.url("Templates")],
            optionalDirectories: optionalDirectories
        )
        let task = Task {
            try await PreviewServer.run(configuration: configuration, builder: builder, log: log.log, options: options)
        }
        let listening = await waitUntil(timeout: .seconds(10)) { bound.withLock { $0 } != nil }
        guard listening, let port = bound.withLock({ $0 }) else {
            task.cancel()
            throw XCTSkip("server did not start: \(log.all)")
        }
        return (task, port)
    }

    private func makeProject() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write("Content/actors/iran.md", "# Iran")
        try folder.write("site/index.html", "<html><body><h1>Home</h1></body></html>")
        try folder.write("site/assets/site.css", "body{}")
        return folder
    }

    func testServeBuildsServesRebuildsLiveReloadsAndStopsOnSIGTERM() async throws {
        let folder = try makeProject()
        let builder = FakeSiteBuilder()
        let log = LogRecorder()
        let (server, port) = try await startServer(folder: folder, builder: builder, log: log)

        // Built once (a full build) before serving; the URL shows the real port.
        XCTAssertEqual(builder.calls.first, [])
        XCTAssertTrue(log.all.contains("Serving \(folder.url("site")) at http://127.0.0.1:\(port)/"), "\(log.all)")
        XCTAssertTrue(log.all.contains { $0.hasSuffix("Templates: no such folder yet; watching for it") }, "\(log.all)")

        let page = try await LoopbackConnection.get("/", port: port)
        XCTAssertTrue(page.hasPrefix("HTTP/1.1 200 OK"), page)
        XCTAssertTrue(page.contains("new EventSource(\"/__dossier/events\")"), page)

        let events = try LoopbackConnection(port: port)
        events.send("GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        let streaming = await events.read { $0.contains("retry: ") }
        XCTAssertTrue(streaming, events.received)
        XCTAssertTrue(events.received.lowercased().contains("content-type: text/event-stream"), events.received)

        // Edit a source: one rebuild with that path, then a reload event on the open stream.
        let savedAt = ContinuousClock.now
        let source = try folder.write("Content/actors/iran.md", "# Iran, edited")
        let rebuilt = await waitUntil { builder.calls.count == 2 }
        XCTAssertTrue(rebuilt, "\(builder.calls)")
        XCTAssertEqual(builder.calls.last, [source])
        let reloaded = await events.read { $0.contains("event: reload") }
        let reloadedAt = ContinuousClock.now
        XCTAssertTrue(reloaded, events.received)
        XCTAssertTrue(events.received.contains("data: {\"ok\":true,\"diagnostics\":\"\",\"css\":false}"), events.received)
        if let rebuildStart = builder.callTimes.last {
            let toRebuild = savedAt.duration(to: rebuildStart)
            let toBrowser = savedAt.duration(to: reloadedAt)
            print("measured: save → rebuild start \(toRebuild), save → reload event read \(toBrowser)")
            XCTAssertLessThan(toRebuild, .milliseconds(250), "debounce should be ~30 ms")
        }

        // SIGTERM with the event stream still open: the server stops within a second.
        let signalledAt = ContinuousClock.now
        kill(getpid(), SIGTERM)
        try await server.value
        let stopTime = signalledAt.duration(to: .now)
        print("measured: SIGTERM → server stopped \(stopTime)")
        XCTAssertLessThan(stopTime, .seconds(1))
        let ended = await events.read(timeout: .seconds(1)) { _ in false }
        XCTAssertFalse(ended)
        XCTAssertTrue(events.isClosedByPeer, "the open event stream was closed by the server")
    }

    /// A theme folder the build does without (the built-in theme stands in) is watched for
    /// without a word, and picked up when it is made.
    func testAnOptionalFolderMissingIsWatchedForQuietly() async throws {
        let folder = try makeProject()
        let builder = FakeSiteBuilder()
        let log = LogRecorder()
        let (server, _) = try await startServer(
            folder: folder, builder: builder, log: log, optionalDirectories: [folder.url("Templates")])
        XCTAssertFalse(log.all.contains { $0.contains("no such folder") }, "\(log.all)")
        try folder.write("Templates/partials/claim.mustache", "<p>{{text}}</p>")
        let rebuilt = await waitUntil(timeout: .seconds(10)) { builder.calls.count >= 2 }
        XCTAssertTrue(rebuilt, "\(log.all)")
        XCTAssertTrue(
            builder.calls.dropFirst().joined().contains { $0.hasSuffix("Templates/partials/claim.mustache") || $0.hasSuffix("Templates") },
            "\(builder.calls)")
        kill(getpid(), SIGTERM)
        try await server.value
    }

    func testFailedRebuildKeepsServingTheLastGoodSiteAndReportsDiagnostics() async throws {
        let folder = try makeProject()
        let builder = FakeSiteBuilder()
        let log = LogRecorder()
        let (server, port) = try await startServer(folder: folder, builder: builder, log: log)
        defer { server.cancel() }

        let events = try LoopbackConnection(port: port)
        events.send("GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = await events.read { $0.contains("retry: ") }

        builder.enqueue(
            .init(
                succeeded: false, diagnostics: "Content/actors/iran.md:1:3: error: <oops> & \"quotes\"",
                summary: "build failed in 3 ms: 1 error", changedOutputPaths: []))
        try folder.write("Content/actors/iran.md", "# broken")
        let failed = await events.read { $0.contains("event: reload") }
        XCTAssertTrue(failed, events.received)
        XCTAssertTrue(
            events.received.contains(
                "data: {\"ok\":false,\"diagnostics\":\"Content/actors/iran.md:1:3: error: <oops> & \\\"quotes\\\"\",\"css\":false}"),
            events.received)
        XCTAssertTrue(log.all.contains("Content/actors/iran.md:1:3: error: <oops> & \"quotes\""), "\(log.all)")

        // The builder left the output alone, and the last good site is still served.
        let page = try await LoopbackConnection.get("/", port: port)
        XCTAssertTrue(page.hasPrefix("HTTP/1.1 200 OK") && page.contains("<h1>Home</h1>"), page)

        // A stylesheet-only rebuild tells pages to swap CSS.
        builder.enqueue(.init(succeeded: true, diagnostics: "", summary: "built", changedOutputPaths: ["assets/site.css"]))
        try folder.write("Content/actors/iran.md", "# fixed")
        let swapped = await events.read { $0.contains("\"css\":true") }
        XCTAssertTrue(swapped, events.received)

        kill(getpid(), SIGTERM)
        try await server.value
    }

    func testPortAlreadyInUseThrows() async throws {
        let folder = try makeProject()
        let (first, port) = try await startServer(folder: folder, builder: FakeSiteBuilder(), log: LogRecorder())
        defer { first.cancel() }
        var options = SessionOptions()
        options.shutdownSignals = []
        let second = FakeSiteBuilder()
        do {
            try await PreviewServer.run(
                configuration: PreviewConfiguration(port: port, outputDirectory: folder.url("site"), watchedDirectories: []),
                builder: second,
                log: { _ in },
                options: options
            )
            XCTFail("a second server on the same port must fail")
        } catch let error as ListenError {
            XCTAssertEqual(error.message, "cannot listen on 127.0.0.1:\(port): the port is in use")
            XCTAssertEqual(error.hint, "stop the program using it, or choose another port with --port (0 picks a free one)")
        }
        XCTAssertEqual(second.calls, [], "told before anything is built")
        kill(getpid(), SIGTERM)
        try await first.value
    }

    /// The port was free when checked but taken during the first build: the same sentence and hint
    /// as the check gives, not NIO's bind error.
    func testAPortTakenDuringTheFirstBuildIsNamed() async throws {
        let folder = try makeProject()
        let port = try XCTUnwrap(LoopbackListener.freePort())
        let builder = FakeSiteBuilder()
        builder.holdNextCall()
        var options = SessionOptions()
        options.shutdownSignals = []
        let configuration = PreviewConfiguration(port: port, outputDirectory: folder.url("site"), watchedDirectories: [])
        let server = Task {
            try await PreviewServer.run(configuration: configuration, builder: builder, log: { _ in }, options: options)
        }
        let building = await waitUntil { builder.isHolding }
        XCTAssertTrue(building)
        let squatter = try LoopbackListener(port: port)
        defer { squatter.close() }
        builder.release()
        do {
            try await server.value
            XCTFail("the server cannot listen on a port another program holds")
        } catch let error as ListenError {
            XCTAssertEqual(error.message, "cannot listen on 127.0.0.1:\(port): the port is in use")
        }
    }

    /// The default port gives way to a free one when another program holds it, and says so.
    func testTheDefaultPortGivesWayToAFreeOne() async throws {
        let folder = try makeProject()
        let (first, port) = try await startServer(folder: folder, builder: FakeSiteBuilder(), log: LogRecorder())
        defer { first.cancel() }
        let log = LogRecorder()
        let bound = Locked<Int?>(nil)
        var options = SessionOptions()
        options.shutdownSignals = [.sigterm]
        options.onListening = { port in bound.withLock { $0 = port } }
        let configuration = PreviewConfiguration(
            port: port, outputDirectory: folder.url("site"), watchedDirectories: [], mayUseAnotherPort: true)
        let second = Task {
            try await PreviewServer.run(configuration: configuration, builder: FakeSiteBuilder(), log: log.log, options: options)
        }
        let listening = await waitUntil(timeout: .seconds(10)) { bound.withLock { $0 } != nil }
        XCTAssertTrue(listening, "\(log.all)")
        let other = try XCTUnwrap(bound.withLock { $0 })
        XCTAssertNotEqual(other, port)
        XCTAssertEqual(log.all.first, "port \(port) is in use: serving on a free port instead")
        let page = try await LoopbackConnection.get("/", port: other)
        XCTAssertTrue(page.hasPrefix("HTTP/1.1 200 OK"), page)
        kill(getpid(), SIGTERM)
        try await first.value
        try await second.value
    }

    func testAnAddressThatCannotBeListenedOnIsNamed() {
        XCTAssertEqual(ListenCheck.problem(host: "no-such-host.invalid", port: 0), .unknownHost)
        // 192.0.2.1 is reserved for documentation: never one of this machine's addresses.
        XCTAssertEqual(ListenCheck.problem(host: "192.0.2.1", port: 0), .notThisMachine)
        XCTAssertNil(ListenCheck.problem(host: "127.0.0.1", port: 0))
        XCTAssertEqual(
            ListenError(.notThisMachine, host: "192.0.2.1", port: 8000).message,
            "cannot listen on 192.0.2.1:8000: the address is not one of this machine's")
        XCTAssertEqual(ListenError(.portInUse, host: "::1", port: 8000).message, "cannot listen on [::1]:8000: the port is in use")
    }

    func testWatchLoopRebuildsOnChangesAndStopsOnSIGINT() async throws {
        let folder = try makeProject()
        let builder = FakeSiteBuilder()
        let log = LogRecorder()
        let ready = Locked(false)
        var options = SessionOptions()
        options.shutdownSignals = [.sigint]
        options.onListening = { _ in ready.withLock { $0 = true } }
        let loop = Task {
            try await WatchLoop.run(
                watchedDirectories: [folder.url("Content")], debounce: .milliseconds(30), builder: builder, log: log.log,
                options: options)
        }
        let started = await waitUntil { ready.withLock { $0 } }
        XCTAssertTrue(started)
        XCTAssertEqual(builder.calls, [[]], "one full build first")
        XCTAssertTrue(log.all.contains { $0.hasPrefix("Watching ") && $0.hasSuffix("Content for changes") }, "\(log.all)")

        let source = try folder.write("Content/actors/iran.md", "# Iran, edited")
        let rebuilt = await waitUntil { builder.calls.count == 2 }
        XCTAssertTrue(rebuilt)
        XCTAssertEqual(builder.calls.last, [source])
        let logged = await waitUntil { log.all.count == 3 }
        XCTAssertTrue(logged, "one line per rebuild: \(log.all)")

        let signalledAt = ContinuousClock.now
        kill(getpid(), SIGINT)
        try await loop.value
        XCTAssertLessThan(signalledAt.duration(to: .now), .seconds(1))
    }
}
