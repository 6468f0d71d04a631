import Foundation
import XCTest

@testable import DossierKit

/// Runs the builder over fixture reports the way the command line does.
enum Fixture {
    /// Checks a report with the real theme; nothing is written.
    static func check(_ content: String, templates: String = TestPaths.templates, strict: Bool = false) -> BuildResult {
        let options = BuildOptions(
            contentDirectory: content, templatesDirectory: templates, outputDirectory: uncheckedOutput, strict: strict)
        return SiteBuilder(options: options).check()
    }

    /// The output folder checks are given: a check must never create it.
    static let uncheckedOutput = NSTemporaryDirectory() + "/dossier-tests-check-output-\(ProcessInfo.processInfo.processIdentifier)"

    static func build(_ content: String, into output: String, templates: String = TestPaths.templates, strict: Bool = false) -> BuildResult
    {
        SiteBuilder(
            options: BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output, strict: strict)
        ).build()
    }

    /// A theme that must load without a problem, rendered by `TemplateRenderer` (not the library).
    static func compiledTheme(_ directory: String, file: StaticString = #filePath, line: UInt = #line) throws -> TemplateSet {
        let (set, diagnostics) = TemplateSet.load(directory: directory)
        XCTAssertEqual(diagnostics.map(\.message), [], file: file, line: line)
        let theme = try XCTUnwrap(set, file: file, line: line)
        XCTAssertNotNil(theme.compiled, file: file, line: line)
        return theme
    }

    /// Each diagnostic's headline with `root/` removed, so that expectations read like the files.
    static func headlines(_ diagnostics: [Diagnostic], relativeTo root: String) -> [String] {
        diagnostics.map { $0.headline.replacingOccurrences(of: root + "/", with: "") }
    }

    /// The hint of the diagnostic whose headline (relative to `root`) is `headline`.
    static func hint(of headline: String, in diagnostics: [Diagnostic], relativeTo root: String) -> String? {
        diagnostics.first { $0.headline.replacingOccurrences(of: root + "/", with: "") == headline }?.hint
    }
}

/// An error a helper throws after it has already reported the failure.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
