import Foundation
import XCTest

/// Runs the built `dossier` executable as a user does: in a folder of their own, with arguments,
/// reading what it prints and its exit status.
struct DossierRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String

        var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    let executable: String

    /// The `dossier` next to this test binary: both live in the build folder's `debug/` (or
    /// `release/`), whichever scratch path the tests were built with.
    static func locate(file: StaticString = #filePath, line: UInt = #line) throws -> DossierRunner {
        var candidates: [URL] = []
        if let first = ProcessInfo.processInfo.arguments.first {
            candidates.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
        }
        candidates.append(Bundle.main.bundleURL)
        for candidate in candidates {
            var folder = candidate.deletingLastPathComponent()
            // On macOS the test binary is inside DossierPackageTests.xctest/Contents/MacOS/.
            for _ in 0..<4 {
                let path = folder.appendingPathComponent("dossier").path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: path)
                {
                    return DossierRunner(executable: path)
                }
                folder.deleteLastPathComponent()
            }
        }
        throw XCTSkip(
            "the dossier executable is not in the test binary's build folder (\(candidates.map(\.path))); build it first with `swift build --build-tests`",
            file: file, line: line)
    }

    /// Runs `dossier` with `arguments` in `directory` and waits for it; `environment` adds to this process's.
    func run(_ arguments: [String], in directory: String, environment extra: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "100"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        // Files rather than pipes: no deadlock however much either stream says.
        let outPath = NSTemporaryDirectory() + "/dossier-cli-stdout-\(UUID().uuidString)"
        let errPath = NSTemporaryDirectory() + "/dossier-cli-stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
            stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }
}

/// The package's folders, found from this file's path.
enum PackagePaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static let templates = root + "/Templates"
    static func fixture(_ name: String) -> String { root + "/Tests/DossierKitTests/Fixtures/" + name }
}

/// A scratch folder for one test, removed afterwards.
final class ScratchFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/dossier-cli-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw XCTSkip("cannot create a temporary folder") }
        path = URL(fileURLWithPath: String(cString: created)).resolvingSymlinksInPath().path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func url(_ relative: String) -> String { path + "/" + relative }

    func copy(_ source: String, to name: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: url(name))
    }

    func write(_ relative: String, _ text: String) throws {
        let full = url(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    /// Relative path to bytes and mtime of every file below `relative`, dotfiles included.
    func snapshot(_ relative: String) -> [String: (Data, Date)] {
        let root = url(relative)
        var result: [String: (Data, Date)] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
        while let file = walker.nextObject() as? String {
            let full = root + "/" + file
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: full),
                attributes[.type] as? FileAttributeType == .typeRegular
            else { continue }
            result[file] = (FileManager.default.contents(atPath: full) ?? Data(), attributes[.modificationDate] as? Date ?? .distantPast)
        }
        return result
    }

    /// Sets every file's mtime below `relative` to a fixed past moment, so a rewrite shows whatever the clock's resolution.
    func backdate(_ relative: String) throws {
        let root = url(relative)
        guard let walker = FileManager.default.enumerator(atPath: root) else { return }
        while let file = walker.nextObject() as? String {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: root + "/" + file)
        }
    }
}
