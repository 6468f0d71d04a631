import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A `dossier` left running, as `serve` and `build --watch` are, everything it prints going to a
/// log file the test reads while it runs.
struct RunningDossier {
    let process: Process
    let log: String

    /// Starts `dossier` with `arguments` in `directory`, logging to `directory/dossier.log`;
    /// `environment` adds to this process's.
    init(_ runner: DossierRunner, _ arguments: [String], in directory: String, environment: [String: String] = [:]) throws {
        log = directory + "/dossier.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: runner.executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// What it has printed so far.
    var text: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    /// Polls `condition` for up to 60 s (a cold machine may take a while for the first build).
    func waitUntil(_ what: String, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if condition() { return }
            usleep(50_000)
        }
        XCTFail("timed out waiting until \(what); dossier said:\n" + text)
        throw XCTSkip("gave up")
    }

    /// Sends SIGTERM and waits for the process to end; the seconds it took.
    @discardableResult
    func stop() -> TimeInterval {
        let start = Date()
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        return Date().timeIntervalSince(start)
    }

    /// Ends the process if a test left it running.
    func terminateIfRunning() {
        if process.isRunning { process.terminate() }
    }
}
