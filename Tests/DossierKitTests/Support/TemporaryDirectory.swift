import Foundation
import XCTest

/// A scratch folder below the system temporary folder, removed when the test case is done.
final class TemporaryDirectory {
    let path: String

    init(file: StaticString = #filePath, line: UInt = #line) throws {
        var template = Array((NSTemporaryDirectory() + "/dossier-tests-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw XCTSkip("cannot create a temporary folder (errno \(errno))", file: file, line: line)
        }
        path = URL(fileURLWithPath: String(cString: created)).resolvingSymlinksInPath().path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func url(_ relative: String) -> String {
        relative.isEmpty ? path : path + "/" + relative
    }

    /// Writes a file, creating its folders.
    @discardableResult
    func write(_ relative: String, _ contents: String) throws -> String {
        let full = url(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Copies a folder (a fixture, the theme) into this one under `name`; returns its path.
    @discardableResult
    func copy(_ source: String, to name: String) throws -> String {
        let target = url(name)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: target)
        return target
    }
}
