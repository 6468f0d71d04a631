import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest
@testable import DossierPreview

final class EventStreamTests: XCTestCase {
    /// Opens the event stream in process, runs `whileOpen` once it is subscribed, then closes the
    /// hub (as shutdown does) so the response completes and its whole body can be inspected.
    private func eventStream(
        site: TestSite,
        whileOpen: @escaping @Sendable () async -> Void
    ) async throws -> TestResponse {
        let hub = site.hub
        return try await site.test { client in
            async let response = client.execute(uri: "/__dossier/events", method: .get)
            let subscribed = await waitUntil { hub.subscriberCount == 1 }
            XCTAssertTrue(subscribed, "the page never subscribed")
            await whileOpen()
            hub.close()
            return try await response
        }
    }

    private func loop(for site: TestSite, builder: FakeSiteBuilder, log: LogRecorder = LogRecorder()) -> RebuildLoop {
        let hub = site.hub
        return RebuildLoop(builder: builder, log: log.log, onOutcome: { hub.publish($0) })
    }

    func testStreamIsAnEventStream() async throws {
        let site = try TestSite()
        let response = try await eventStream(site: site) {}
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(response.headers[.contentType], "text/event-stream; charset=utf-8")
        XCTAssertEqual(response.headers[.cacheControl], "no-cache")
        XCTAssertNil(response.headers[.contentLength], "streamed, not sized")
        XCTAssertTrue(response.text.hasPrefix("retry: "))
        XCTAssertFalse(response.text.contains("<script>"), "the stream is not HTML and gets no injection")
    }

    func testSuccessfulRebuildSendsReloadOK() async throws {
        let site = try TestSite()
        let builder = FakeSiteBuilder()
        let loop = loop(for: site, builder: builder)
        let response = try await eventStream(site: site) {
            await loop.build(changedPaths: ["/src/Content/a.md"])
        }
        XCTAssertTrue(
            response.text.contains("event: reload\ndata: {\"ok\":true,\"diagnostics\":\"\",\"css\":false}\n\n"),
            response.text)
        XCTAssertEqual(builder.calls, [["/src/Content/a.md"]])
    }

    func testFailedRebuildSendsReloadWithDiagnostics() async throws {
        let site = try TestSite()
        let builder = FakeSiteBuilder()
        builder.enqueue(
            PreviewBuildOutcome(
                succeeded: false,
                diagnostics: "Content/a.md:3:7: error: unknown actor \"iran2\"\nTemplates/page.html:1:1: error: <bad>\n",
                summary: "build failed in 5 ms: 2 errors",
                changedOutputPaths: []))
        let loop = loop(for: site, builder: builder)
        let response = try await eventStream(site: site) {
            await loop.build(changedPaths: ["/src/Content/a.md"])
        }
        let expected =
            "event: reload\ndata: {\"ok\":false,\"diagnostics\":\"Content/a.md:3:7: error: unknown actor \\\"iran2\\\""
            + "\\nTemplates/page.html:1:1: error: <bad>\\n\",\"css\":false}\n\n"
        XCTAssertTrue(response.text.contains(expected), response.text)
    }

    func testReloadIsSentAfterEveryRebuild() async throws {
        let site = try TestSite()
        let builder = FakeSiteBuilder()
        builder.enqueue(
            .init(succeeded: false, diagnostics: "x:1:1: error: boom", summary: "failed", changedOutputPaths: []),
            .init(succeeded: true, diagnostics: "", summary: "built", changedOutputPaths: ["assets/site.css"]),
            .init(succeeded: true, diagnostics: "", summary: "built", changedOutputPaths: []))
        let loop = loop(for: site, builder: builder)
        let response = try await eventStream(site: site) {
            await loop.build(changedPaths: ["/a"])
            await loop.build(changedPaths: ["/b"])
            await loop.build(changedPaths: ["/c"])
        }
        let events = response.text.components(separatedBy: "event: reload\n").dropFirst()
        XCTAssertEqual(events.count, 3, response.text)
        XCTAssertTrue(events.first?.contains("\"ok\":false") ?? false)
        XCTAssertTrue(events.dropFirst().first?.contains("\"ok\":true,\"diagnostics\":\"\",\"css\":true") ?? false)
        XCTAssertTrue(events.last?.contains("\"ok\":true,\"diagnostics\":\"\",\"css\":false") ?? false)
    }

    func testPageOpenedWhileTheBuildIsBrokenGetsTheFailureAtOnce() async throws {
        let site = try TestSite()
        site.hub.publish(.init(succeeded: false, diagnostics: "a.md:1:1: error: nope", summary: "failed", changedOutputPaths: []))
        let broken = try await eventStream(site: site) {}
        XCTAssertTrue(broken.text.contains("\"ok\":false,\"diagnostics\":\"a.md:1:1: error: nope\""), broken.text)

        // After a good build nothing is replayed (replaying "ok" would reload pages forever).
        let fixedSite = try TestSite()
        fixedSite.hub.publish(.init(succeeded: false, diagnostics: "boom", summary: "failed", changedOutputPaths: []))
        fixedSite.hub.publish(.init(succeeded: true, diagnostics: "", summary: "ok", changedOutputPaths: ["index.html"]))
        let fixed = try await eventStream(site: fixedSite) {}
        XCTAssertFalse(fixed.text.contains("event: reload"), fixed.text)
    }

    func testClosedHubEndsStreamsAndRefusesNewOnes() async throws {
        let hub = ReloadHub()
        let stream = hub.subscribe()
        XCTAssertEqual(hub.subscriberCount, 1)
        hub.close()
        var received: [String] = []
        for await chunk in stream { received.append(chunk) }
        XCTAssertEqual(received, [])
        XCTAssertEqual(hub.subscriberCount, 0)
        var late: [String] = []
        for await chunk in hub.subscribe() { late.append(chunk) }
        XCTAssertEqual(late, [])
    }

    func testCSSFlagOnlyForStylesheetOnlyChanges() {
        func event(_ paths: [String], ok: Bool = true) -> ReloadEvent {
            ReloadEvent(outcome: .init(succeeded: ok, diagnostics: "", summary: "", changedOutputPaths: paths))
        }
        XCTAssertTrue(event(["assets/site.css"]).css)
        XCTAssertTrue(event(["assets/site.css", "assets/print.CSS"]).css)
        XCTAssertFalse(event(["assets/site.css", "index.html"]).css)
        XCTAssertFalse(event([]).css, "nothing changed: reload, which also clears a stale overlay")
        XCTAssertFalse(event(["assets/site.css"], ok: false).css)
    }

    func testEventJSONEscaping() {
        let event = ReloadEvent(ok: false, diagnostics: "a\"b\\c\nd\te\u{1}\u{2028}<script>", css: false)
        XCTAssertEqual(event.json, "{\"ok\":false,\"diagnostics\":\"a\\\"b\\\\c\\nd\\te\\u0001\\u2028<script>\",\"css\":false}")
        XCTAssertFalse(event.serverSentEvent.dropLast(2).contains("\n\n"), "one SSE event, data on one line")
        let decoded = try? JSONSerialization.jsonObject(with: Data(event.json.utf8)) as? [String: Any]
        XCTAssertEqual(decoded?["diagnostics"] as? String, "a\"b\\c\nd\te\u{1}\u{2028}<script>")
    }
}
