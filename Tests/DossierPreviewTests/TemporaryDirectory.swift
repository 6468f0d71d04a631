import Foundation
import XCTest

/// A scratch folder below the system temporary folder, removed when the test is done with it.
final class TemporaryDirectory {
    let path: String

    init(file: StaticString = #filePath, line: UInt = #line) throws {
        var template = Array((NSTemporaryDirectory() + "/dossier-preview-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw XCTSkip("cannot create a temporary folder (errno \(errno))", file: file, line: line)
        }
        // realpath: /tmp may itself be a symlink (macOS), and the watcher reports real-looking absolute paths.
        path = URL(fileURLWithPath: String(cString: created)).resolvingSymlinksInPath().path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func url(_ relative: String) -> String {
        relative.isEmpty ? path : path + "/" + relative
    }

    @discardableResult
    func write(_ relative: String, _ contents: String) throws -> String {
        try write(relative, Data(contents.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> String {
        let full = url(relative)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true
        )
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func makeFolder(_ relative: String) throws -> String {
        let full = url(relative)
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        return full
    }

    func symlink(_ relative: String, pointingTo destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: url(relative), withDestinationPath: destination)
    }

    func read(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: url(relative)))
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: url(relative))
    }

    func move(_ from: String, to: String) throws {
        guard rename(url(from), url(to)) == 0 else {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
        }
    }
}
