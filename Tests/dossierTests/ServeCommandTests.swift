import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// `dossier serve` run as a user runs it: it builds, prints its URL, serves the site with the
/// live-reload script, picks up an edit, refuses to leave its folder, and stops on SIGTERM.
final class ServeCommandTests: XCTestCase {
    func testServeBuildsServesRebuildsAndStops() throws {
        let runner = try DossierRunner.locate()
        let folder = try ScratchFolder()
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        let dossier = try RunningDossier(runner, ["serve", "--port", "0", "--templates", PackagePaths.templates], in: folder.path)
        defer { dossier.terminateIfRunning() }

        // It prints where it listens, on loopback.
        var port: Int?
        try dossier.waitUntil("the URL is printed") {
            let text = dossier.text
            guard let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) else { return false }
            port = Int(text[range].dropFirst("http://127.0.0.1:".count).dropLast())
            return true
        }
        let server = try XCTUnwrap(port)

        let home = try HTTP.get("/", port: server)
        XCTAssertEqual(home.status, 200)
        XCTAssertTrue(home.body.contains("/__dossier/events"), "the live-reload script is injected")
        let onDisk = try String(contentsOfFile: folder.url("Public/index.html"), encoding: .utf8)
        XCTAssertFalse(onDisk.contains("__dossier"), "the script is never written to disk")
        XCTAssertEqual(try HTTP.get("/actors", port: server).status, 301)
        XCTAssertEqual(try HTTP.get("/no/such/page/", port: server).status, 404)
        XCTAssertEqual(try HTTP.get("/../Content/site.yml", port: server).status, 404)
        XCTAssertEqual(try HTTP.get("/%2e%2e/Content/site.yml", port: server).status, 404)

        // An edit reaches the served site.
        let article = try XCTUnwrap(
            FileManager.default.contentsOfDirectory(atPath: folder.url("Content/articles")).sorted().first)
        let path = folder.url("Content/articles/" + article)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(
            of: "\ntitle: ", with: "\ntitle: Retitled by the serve test, ", options: [], range: text.range(of: "\ntitle: ")
        )
        .write(toFile: path, atomically: true, encoding: .utf8)
        try dossier.waitUntil("the edit is served") {
            ((try? HTTP.get("/articles/", port: server))?.body ?? "").contains("Retitled by the serve test")
        }

        // SIGTERM stops it promptly and cleanly.
        XCTAssertLessThan(dossier.stop(), 5, "serve stops on SIGTERM")
        XCTAssertEqual(dossier.process.terminationStatus, 0, dossier.text)
    }

    /// `--open` runs `$BROWSER` with the served address once the site is served; a browser that
    /// cannot be found is said, and the preview goes on.
    func testOpenRunsTheBrowserWithTheAddress() throws {
        let runner = try DossierRunner.locate()
        let folder = try ScratchFolder()
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        let script = folder.url("browser.sh")
        try "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/opened.txt\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(script, 0o755), 0)
        let dossier = try RunningDossier(runner, ["serve", "--port", "0", "--open"], in: folder.path, environment: ["BROWSER": script])
        defer { dossier.terminateIfRunning() }
        try dossier.waitUntil("the browser is opened") { FileManager.default.fileExists(atPath: folder.url("opened.txt")) }
        let opened = try String(contentsOfFile: folder.url("opened.txt"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(dossier.text.contains("at \(opened)"), "it opens the address it prints: \(opened) in \(dossier.text)")
        XCTAssertTrue(opened.hasPrefix("http://127.0.0.1:"), opened)
        dossier.stop()

        let without = try RunningDossier(
            runner, ["serve", "--port", "0", "--open"], in: folder.path, environment: ["BROWSER": "/no/such/browser"])
        defer { without.terminateIfRunning() }
        try without.waitUntil("the missing browser is said") { without.text.contains("cannot open a browser") }
        XCTAssertTrue(
            without.text.contains("cannot open a browser: '/no/such/browser' was not found; open http://127.0.0.1:"), without.text)
        XCTAssertEqual(without.process.isRunning, true, "the preview goes on")
        without.stop()
        XCTAssertEqual(without.process.terminationStatus, 0, without.text)
    }

    /// A port out of range is a usage error; a host that is not this machine's is told as a
    /// problem with a hint, before anything is built, and the exit status is 1.
    func testAnAddressThatCannotBeUsedIsToldBeforeBuilding() throws {
        let runner = try DossierRunner.locate()
        let folder = try ScratchFolder()
        let range = try runner.run(["serve", "--port", "99999"], in: folder.path)
        XCTAssertEqual(range.status, 64, "EX_USAGE")
        XCTAssertTrue(range.stderr.contains("--port must be between 0 and 65535, not 99999"), range.stderr)
        let host = try runner.run(["serve", "--host", "192.0.2.1", "--templates", PackagePaths.templates], in: folder.path)
        XCTAssertEqual(host.status, 1)
        XCTAssertEqual(
            host.stderr,
            "error: cannot listen on 192.0.2.1:8000: the address is not one of this machine's\n"
                + "    hint: use 127.0.0.1 (this machine only) or 0.0.0.0 (every network it is on) with --host\n")
        XCTAssertEqual(host.stdout, "", "nothing was built")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url("Public")))
    }

    /// SIGTERM while a long rebuild runs ends the process within about a second, not when the
    /// rebuild ends: a rebuild cannot be stopped halfway, and an author pressing Ctrl-C expects
    /// the prompt back. The report is made large enough that a debug build's full rebuild takes
    /// several seconds.
    func testStoppingDuringALongRebuildDoesNotWaitForIt() throws {
        let runner = try DossierRunner.locate()
        let folder = try ScratchFolder()
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        try folder.copy(PackagePaths.templates, to: "Theme")
        let body = String(repeating: "Iran and Russia discussed drones and missiles at length. ", count: 60)
        for index in 0..<8_000 {
            try folder.write("Content/articles/filler-\(index).md", "---\ntitle: Filler \(index)\npublished: 2023-01-01\n---\n\n\(body)\n")
        }
        let dossier = try RunningDossier(runner, ["build", "--watch", "--templates", "Theme"], in: folder.path)
        defer { dossier.terminateIfRunning() }
        try dossier.waitUntil("the first build is done") { dossier.text.contains("Watching") }
        let text = dossier.text
        let first = text.range(of: #"in \d+ ms"#, options: .regularExpression).map { Int(text[$0].dropFirst(3).dropLast(3)) ?? 0 } ?? 0
        guard first > 3_000 else { throw XCTSkip("the first build took \(first) ms: too fast to test stopping during a rebuild") }

        // A theme change rebuilds every page.
        let layout = folder.url("Theme/layout.mustache")
        try (String(contentsOfFile: layout, encoding: .utf8) + "\n").write(toFile: layout, atomically: true, encoding: .utf8)
        usleep(500_000)
        let took = dossier.stop()
        XCTAssertLessThan(took, 2, "stopped after \(took) s, during a rebuild of about \(first) ms")
        XCTAssertEqual(dossier.process.terminationStatus, 0)
    }

    /// An output folder no build may publish to is not served either: `--output ~` would share
    /// the home folder, dotfiles and all.
    func testAFolderTheBuildWouldRefuseIsNotServed() throws {
        let runner = try DossierRunner.locate()
        let folder = try ScratchFolder()
        try folder.write("Home/.ssh/id_rsa", "PRIVATE")
        try folder.write("Home/notes.txt", "notes")
        let outcome = try runner.run(
            ["serve", "--port", "0", "--templates", PackagePaths.templates, "--output", "Home"], in: folder.path)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(
            outcome.stderr.hasPrefix("Home:1:1: error: the output folder holds files that are not a Dossier site ('notes.txt')"),
            outcome.stderr)
        XCTAssertTrue(outcome.stderr.hasSuffix("not serving: the output folder is not one Dossier publishes to\n"), outcome.stderr)
        XCTAssertEqual(outcome.stdout, "", "nothing built, nothing served")
    }
}

/// A minimal HTTP/1.1 client over a loopback socket: enough to read a status line and a body.
enum HTTP {
    struct Response {
        var status: Int
        var body: String
    }

    struct Failure: Error {}

    static func get(_ path: String, port: Int) throws -> Response {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure() }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure() }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard send(descriptor, request, request.count, 0) == request.count else { throw Failure() }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let statusLine = text.split(separator: "\r\n").first,
            let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "")
        else { throw Failure() }
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return Response(status: status, body: body)
    }
}
