import DossierKit
import Foundation
import XCTest

/// The real `dossier` binary, run as a user runs it: exit codes, what it prints where, and the
/// files it writes or leaves alone.
final class DossierCommandTests: XCTestCase {
    private var dossier: DossierRunner!
    private var folder: ScratchFolder!

    override func setUpWithError() throws {
        dossier = try DossierRunner.locate()
        folder = try ScratchFolder()
    }

    override func tearDown() {
        folder = nil
    }

    /// `dossier build|check` on ./Content with the real theme, relative paths as a user types them.
    private func run(_ command: String, _ extra: [String] = [], content: String = "Content") throws -> DossierRunner.Outcome {
        // `check` writes nothing, so it takes no --output.
        let output = command == "check" ? [] : ["--output", "Public"]
        return try dossier.run([command, "--content", content, "--templates", PackagePaths.templates] + output + extra, in: folder.path)
    }

    private static let step = #"^(load|validate|index|render|write) +\d+\.\d ms$"#

    private func assertMatches(_ lines: [String], _ patterns: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(lines.count, patterns.count, "\(lines)", file: file, line: line)
        for (text, pattern) in zip(lines, patterns) {
            XCTAssertNotNil(
                text.range(of: pattern, options: .regularExpression), "'\(text)' does not match \(pattern)", file: file, line: line)
        }
    }

    // MARK: Help and version

    func testHelp() throws {
        let help = try dossier.run(["--help"], in: folder.path)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE: dossier <subcommand>"), help.stdout)
        for subcommand in ["init", "build", "check", "serve", "theme"] {
            XCTAssertNotNil(
                help.stdout.range(of: "\n +\(subcommand) +[A-Z]", options: .regularExpression),
                "\(subcommand) is not listed:\n\(help.stdout)")
        }
        let buildHelp = try dossier.run(["build", "--help"], in: folder.path)
        XCTAssertEqual(buildHelp.status, 0)
        for option in ["--content <dir>", "--templates <dir>", "--output <dir>", "--strict", "--quiet"] {
            XCTAssertTrue(buildHelp.stdout.contains(option), "\(option) is not in:\n\(buildHelp.stdout)")
        }
    }

    /// The README offers tab completion through the argument parser's script.
    func testACompletionScriptNamesEveryCommand() throws {
        let script = try dossier.run(["--generate-completion-script", "bash"], in: folder.path)
        XCTAssertEqual(script.status, 0, script.stderr)
        for command in ["init", "build", "check", "serve", "theme"] { XCTAssertTrue(script.stdout.contains(command), command) }
    }

    func testVersion() throws {
        let version = try dossier.run(["--version"], in: folder.path)
        XCTAssertEqual(version.status, 0)
        XCTAssertNotNil(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression), version.stdout)
        XCTAssertEqual(version.stderr, "")
    }

    func testAnUnknownOptionIsAUsageError() throws {
        let outcome = try dossier.run(["build", "--contnet", "Content"], in: folder.path)
        XCTAssertEqual(outcome.status, 64, "EX_USAGE")
        XCTAssertTrue(outcome.stderr.contains("Unknown option '--contnet'"), outcome.stderr)
    }

    /// An empty folder name, often an unset shell variable (`--output "$OUT"`), is a usage error,
    /// not a diagnostic at an empty path.
    func testAnEmptyFolderNameIsAUsageError() throws {
        for (command, option) in [("build", "--output"), ("check", "--content"), ("serve", "--templates")] {
            let outcome = try dossier.run([command, option, ""], in: folder.path)
            XCTAssertEqual(outcome.status, 64, "\(command) \(option)")
            XCTAssertTrue(outcome.stderr.hasPrefix("Error: \(option) needs a folder; it was given an empty name\n"), outcome.stderr)
        }
    }

    func testAMisspeltCommandIsToldWhatItIsLikelyToBe() throws {
        let outcome = try dossier.run(["buidl", "--content", "Content"], in: folder.path)
        XCTAssertEqual(outcome.status, 64, "EX_USAGE")
        XCTAssertTrue(outcome.stderr.hasPrefix("Error: Unknown command 'buidl'; did you mean 'build'?\n"), outcome.stderr)
        XCTAssertEqual(outcome.stdout, "")
    }

    // MARK: build and check on a good report

    func testBuildWritesTheSiteAndSaysWhatItDid() throws {
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        let outcome = try run("build")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stderr, "")
        assertMatches(
            outcome.stdoutLines,
            [
                Self.step, Self.step, Self.step, Self.step, Self.step,
                #"^built \d+ pages in \d+ ms: \d+ written, 0 unchanged, 0 removed$"#,
            ])
        XCTAssertEqual(
            outcome.stdoutLines.map { String($0.prefix { $0 != " " }) }.prefix(5), ["load", "validate", "index", "render", "write"])

        // The same files, byte for byte, as the library builds.
        let reference = folder.url("Reference")
        let result = SiteBuilder(
            options: BuildOptions(
                contentDirectory: folder.url("Content"), templatesDirectory: PackagePaths.templates, outputDirectory: reference)
        ).build()
        XCTAssertTrue(result.succeeded)
        let built = folder.snapshot("Public"), expected = folder.snapshot("Reference")
        XCTAssertEqual(built.keys.sorted(), expected.keys.sorted())
        XCTAssertEqual(built.keys.filter { built[$0]?.0 != expected[$0]?.0 }, [])
        XCTAssertTrue(built.keys.contains("index.html"))
        XCTAssertTrue(built.keys.contains("claims/budanov-iran-withholds-ballistic-missiles/index.html"))
        let pages = built.keys.filter { $0.hasSuffix(".html") }.count
        XCTAssertTrue(outcome.stdoutLines.last?.hasPrefix("built \(pages) pages in ") ?? false, outcome.stdout)
        XCTAssertTrue(outcome.stdoutLines.last?.contains(": \(built.count) written,") ?? false, outcome.stdout)

        // Again: nothing to write.
        let again = try run("build")
        XCTAssertEqual(again.status, 0)
        XCTAssertNotNil(
            again.stdoutLines.last?.range(
                of: #"^built \d+ pages in \d+ ms: 0 written, \d+ unchanged, 0 removed$"#, options: .regularExpression), again.stdout)
    }

    #if os(Linux)
        /// The executable allocates through jemalloc, with the decay Sources/Allocator sets: freed
        /// pages kept half a second (a build's CPU time) and none kept after that (its peak memory).
        /// jemalloc prints its settings at exit when MALLOC_CONF asks.
        func testTheExecutableAllocatesThroughJemalloc() throws {
            try folder.copy(PackagePaths.fixture("good"), to: "Content")
            let outcome = try dossier.run(
                ["build", "-q", "--content", "Content", "--templates", PackagePaths.templates, "--output", "Public"], in: folder.path,
                environment: ["MALLOC_CONF": "stats_print:true"])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("opt.dirty_decay_ms: 500 "), outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("opt.muzzy_decay_ms: 0 "), outcome.stderr)
        }
    #endif

    func testCheckWritesNothing() throws {
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        let outcome = try run("check")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stderr, "")
        // load, validate, index and render (a check renders every page, into nothing).
        assertMatches(outcome.stdoutLines, [Self.step, Self.step, Self.step, Self.step, #"^checked in \d+ ms: no problems$"#])
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder.path), ["Content"], "no output folder, no staging folder")
    }

    func testTheDefaultFolders() throws {
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        try folder.copy(PackagePaths.templates, to: "Templates")
        let outcome = try dossier.run(["build", "--quiet"], in: folder.path)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url("Public/index.html")))
    }

    /// One-letter folder names, with and without a trailing slash: Foundation's
    /// `deletingLastPathComponent` traps on a one-character path, and the staging folder's name
    /// used to come from it.
    func testOneLetterFolderNames() throws {
        try folder.copy(PackagePaths.fixture("good"), to: "c")
        try folder.copy(PackagePaths.templates, to: "t")
        for output in ["o", "o/", "p//"] {
            let outcome = try dossier.run(["build", "--quiet", "--content", "c", "--templates", "t/", "--output", output], in: folder.path)
            XCTAssertEqual(outcome.status, 0, "--output \(output): \(outcome.stderr)")
        }
        for name in ["o", "p"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url(name + "/index.html")), name)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url("." + name + ".dossier-staging")), name)
        }
        XCTAssertEqual(
            try dossier.run(["build", "--quiet", "--content", "c", "--templates", "t", "--output", "o"], in: folder.path).status, 0)
    }

    // MARK: Problems

    func testABrokenReportFailsWithDiagnosticsAndLeavesTheOutputAlone() throws {
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        XCTAssertEqual(try run("build", ["--quiet"]).status, 0)
        try folder.write("Public/.nojekyll", "")
        try folder.backdate("Public")
        let before = folder.snapshot("Public")

        try FileManager.default.removeItem(atPath: folder.url("Content"))
        try folder.copy(PackagePaths.fixture("broken-references"), to: "Content")
        let outcome = try run("build")

        XCTAssertEqual(outcome.status, 1)
        let headlines = outcome.stderrLines.filter { !$0.hasPrefix(" ") }
        XCTAssertEqual(headlines.first, "Content/actors/kyrylo-budanov.md:5:14: error: unknown actor 'ukrain'; did you mean 'ukraine'?")
        XCTAssertTrue(
            headlines.contains("Content/claims/one.yml:2:10: error: unknown actor 'kyrylo-budanow'; did you mean 'kyrylo-budanov'?"),
            outcome.stderr)
        XCTAssertNotNil(headlines.last?.range(of: #"^\d+ errors, \d+ warnings?$"#, options: .regularExpression), outcome.stderr)
        for headline in headlines.dropLast() {
            XCTAssertNotNil(headline.range(of: #"^Content/[a-z0-9/.-]+:\d+:\d+: (error|warning): "#, options: .regularExpression), headline)
        }
        XCTAssertTrue(
            outcome.stderr.contains("      actor: kyrylo-budanow\n             ^\n"), "the source line and a caret:\n\(outcome.stderr)")
        XCTAssertNotNil(
            outcome.stdoutLines.last?.range(of: #"^failed in \d+ ms: nothing written$"#, options: .regularExpression), outcome.stdout)

        let after = folder.snapshot("Public")
        XCTAssertEqual(after.keys.sorted(), before.keys.sorted())
        XCTAssertEqual(after.keys.filter { after[$0]?.0 != before[$0]?.0 || after[$0]?.1 != before[$0]?.1 }, [], "changed files")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url(".Public.dossier-staging")))
    }

    func testCheckOnABrokenReportExitsOne() throws {
        try folder.copy(PackagePaths.fixture("broken-files"), to: "Content")
        let outcome = try run("check")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.hasPrefix("Content/actors/kyrylo-budanov.md:"), outcome.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url("Public")))
    }

    func testAnAbsoluteContentPathIsPrintedAsGiven() throws {
        try folder.copy(PackagePaths.fixture("broken-files"), to: "Content")
        let outcome = try run("check", content: folder.url("Content"))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.hasPrefix(folder.url("Content/actors/kyrylo-budanov.md:")), outcome.stderr)
    }

    func testStrictTurnsWarningsIntoAFailure() throws {
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        try folder.write("Content/articles/2022-11-extra.md", "---\ntitle: Extra\npublished: 2022-11\n---\n\nUncited.\n")
        let warning = "Content/articles/2022-11-extra.md:2:1: warning: no claim cites article '2022-11-extra'"

        let lenient = try run("build")
        XCTAssertEqual(lenient.status, 0, lenient.stderr)
        XCTAssertEqual(lenient.stderrLines.first, warning)
        XCTAssertEqual(lenient.stderrLines.last, "0 errors, 1 warning")
        try FileManager.default.removeItem(atPath: folder.url("Public"))
        let checked = try run("check")
        XCTAssertEqual(checked.status, 0, checked.stderr)
        XCTAssertNotNil(
            checked.stdoutLines.last?.range(of: #"^checked in \d+ ms: no errors, 1 warning$"#, options: .regularExpression),
            "not 'no problems' under the warning: \(checked.stdout)")

        let strict = try run("build", ["--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.stderrLines.first, warning.replacingOccurrences(of: "warning:", with: "error:"))
        XCTAssertTrue(strict.stdout.contains("note: --strict: warnings fail the build"), strict.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url("Public/index.html")), "nothing written")
        XCTAssertEqual(try run("check", ["--strict"]).status, 1)
    }

    func testQuietPrintsOnlyDiagnostics() throws {
        try folder.copy(PackagePaths.fixture("good"), to: "Content")
        let clean = try run("build", ["--quiet"])
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(clean.stdout, "")
        XCTAssertEqual(clean.stderr, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url("Public/index.html")))

        try folder.write("Content/articles/2022-11-extra.md", "---\ntitle: Extra\npublished: 2022-11\n---\n")
        let warned = try run("check", ["-q"])
        XCTAssertEqual(warned.status, 0)
        XCTAssertEqual(warned.stdout, "")
        XCTAssertEqual(warned.stderrLines.first, "Content/articles/2022-11-extra.md:2:1: warning: no claim cites article '2022-11-extra'")
    }

    func testANonexistentContentFolder() throws {
        let outcome = try run("build", content: "NoSuchFolder")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.stderrLines.first, "NoSuchFolder:1:1: error: no content folder here")
        XCTAssertTrue(
            outcome.stderr.contains("hint: run dossier in a report's folder, or point --content at the folder that holds site.yml"),
            outcome.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.url("Public")), "nothing written")
    }
}
