import Foundation
import XCTest

/// Compares text with a file under Tests/DossierKitTests/Snapshots/, as swift-argument-parser's
/// TestHelpers do. A snapshot is written only when DOSSIER_RECORD_SNAPSHOTS=1, and recording
/// still fails the test, so that a re-recorded page is never taken as passing without a look.
func assertSnapshot(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let path = TestPaths.snapshots + "/" + name
    if ProcessInfo.processInfo.environment["DOSSIER_RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            XCTFail("Recorded snapshot \(name). Check it, then re-run without DOSSIER_RECORD_SNAPSHOTS to verify.", file: file, line: line)
        } catch {
            XCTFail("Could not record snapshot \(path): \(error)", file: file, line: line)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: path), let expected = String(data: data, encoding: .utf8) else {
        XCTFail(
            "No snapshot \(name) in \(TestPaths.snapshots). Run the tests with DOSSIER_RECORD_SNAPSHOTS=1 to record it.", file: file,
            line: line)
        return
    }
    assertEqualLines(actual, expected, label: "snapshot \(name)", file: file, line: line)
}

/// Fails with the first line that differs and a few lines around it, instead of two walls of text.
func assertEqualLines(_ actual: String, _ expected: String, label: String, file: StaticString = #filePath, line: UInt = #line) {
    guard actual != expected else { return }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
        (0..<min(actualLines.count, expectedLines.count)).first { actualLines[$0] != expectedLines[$0] }
        ?? min(actualLines.count, expectedLines.count)
    let window = max(0, first - 2)..<(first + 3)
    func excerpt(_ lines: [Substring]) -> String {
        window.filter { $0 < lines.count }.map { "  \($0 + 1)\($0 == first ? ">" : " ") \(lines[$0])" }.joined(separator: "\n")
    }
    XCTFail(
        """
        \(label) differs at line \(first + 1) (actual \(actualLines.count) lines, expected \(expectedLines.count)).
        expected:
        \(excerpt(expectedLines))
        actual:
        \(excerpt(actualLines))
        Re-record with DOSSIER_RECORD_SNAPSHOTS=1 if the change is intended.
        """, file: file, line: line)
}
