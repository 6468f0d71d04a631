import DossierKit
import Foundation
import XCTest

/// An incremental rebuild must leave exactly what a clean build writes: after every random edit
/// to a copy of the project's report, the output of one long-lived builder is compared, file by
/// file and byte by byte, with a fresh builder's.
final class RandomEditSequenceTests: XCTestCase {
    private var root: URL!
    private var content: String { root.appendingPathComponent("Content").path }
    private var templates: String { Self.repository.appendingPathComponent("Templates").path }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Content"), to: root.appendingPathComponent("Content"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testRandomEditSequencesMatchACleanBuild() throws {
        let output = root.appendingPathComponent("Incremental").path
        let builder = makeBuilder(into: output)
        let first = builder.build()
        XCTAssertTrue(first.succeeded, "\(first.diagnostics)")
        var random = SeededRandom(seed: 20_221_223)
        var editor = ReportEditor(content: content)
        var renderedFewer = 0
        for step in 0..<14 {
            let (description, changed) = try editor.randomEdit(step: step, using: &random)
            let result = builder.build(changedPaths: changed)
            XCTAssertTrue(result.succeeded, "step \(step) (\(description)): \(result.diagnostics.map(\.headline))")
            let clean = root.appendingPathComponent("Clean-\(step)").path
            let full = makeBuilder(into: clean).build()
            XCTAssertTrue(full.succeeded, "step \(step) (\(description)): clean build failed")
            try assertSameTree(output, clean, "after step \(step): \(description)")
            try? FileManager.default.removeItem(atPath: clean)
            if let written = result.output?.written.count, written < full.pageCount { renderedFewer += 1 }
        }
        // The point of the exercise: most edits rewrite only a few files.
        XCTAssertGreaterThan(renderedFewer, 7)
    }

    func testAFailedIncrementalBuildKeepsTheOutputAndTheNextGoodOneCatchesUp() throws {
        let output = root.appendingPathComponent("Incremental").path
        let builder = makeBuilder(into: output)
        XCTAssertTrue(builder.build().succeeded)
        let before = try snapshot(output)
        let editor = ReportEditor(content: content)
        let claims = try editor.claimFiles()[0]
        let original = try String(contentsOfFile: claims, encoding: .utf8)
        try original.replacingOccurrences(of: "  actor: ", with: "  actor: x", options: [], range: original.range(of: "  actor: "))
            .write(toFile: claims, atomically: true, encoding: .utf8)
        XCTAssertFalse(builder.build(changedPaths: [claims]).succeeded)
        XCTAssertEqual(try snapshot(output), before, "a failed build must not touch the output")
        try original.replacingOccurrences(of: "text: ", with: "text: Now revised, ", options: [], range: original.range(of: "text: "))
            .write(toFile: claims, atomically: true, encoding: .utf8)
        XCTAssertTrue(builder.build(changedPaths: [claims]).succeeded)
        try assertMatchesACleanBuild(output, "after a failed build and a fix")
    }

    /// An article added and then deleted while watching leaves no empty folder where its page was.
    func testARemovedPageLeavesNoFolder() throws {
        let output = root.appendingPathComponent("Incremental").path
        let builder = makeBuilder(into: output)
        XCTAssertTrue(builder.build().succeeded)
        let article = content + "/articles/2023-02-new.md"
        try "---\ntitle: New\npublished: 2023-02-01\n---\n\nIran and Russia talked.\n".write(
            toFile: article, atomically: true, encoding: .utf8)
        XCTAssertTrue(builder.build(changedPaths: [article]).succeeded)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/articles/2023-02-new/index.html"))
        try FileManager.default.removeItem(atPath: article)
        let result = builder.build(changedPaths: [article])
        XCTAssertEqual(result.output?.removed, ["articles/2023-02-new/index.html"])
        try assertMatchesACleanBuild(output, "after adding and removing an article")
    }

    /// A section of the output deleted by hand while watching (`rm -rf Public/actors`) is back
    /// after the next rebuild, whatever the edit: the rebuild does not trust an output with a
    /// part missing.
    func testAFolderDeletedFromTheOutputIsRestoredByTheNextRebuild() throws {
        let output = root.appendingPathComponent("Incremental").path
        let builder = makeBuilder(into: output)
        XCTAssertTrue(builder.build().succeeded)
        try FileManager.default.removeItem(atPath: output + "/actors")
        let article = try XCTUnwrap(
            FileManager.default.contentsOfDirectory(atPath: content + "/articles").sorted().first.map { content + "/articles/" + $0 })
        try (String(contentsOfFile: article, encoding: .utf8) + "\nOne more line.\n").write(
            toFile: article, atomically: true, encoding: .utf8)
        XCTAssertTrue(builder.build(changedPaths: [article]).succeeded)
        try assertMatchesACleanBuild(output, "after deleting actors/ from the output and editing an article")
    }

    // MARK: Helpers

    private func makeBuilder(into output: String) -> SiteBuilder {
        SiteBuilder(options: BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output))
    }

    /// Builds the report afresh into a folder of its own and compares `output` with it.
    private func assertMatchesACleanBuild(_ output: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let clean = root.appendingPathComponent("Clean").path
        XCTAssertTrue(makeBuilder(into: clean).build().succeeded, "the clean build \(context)", file: file, line: line)
        try assertSameTree(output, clean, context, file: file, line: line)
    }

    private func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    private func folders(_ root: String) -> [String] {
        var found: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), isDirectory.boolValue {
                found.append(relative)
            }
        }
        return found.sorted()
    }

    private func assertSameTree(
        _ incremental: String, _ clean: String, _ context: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let left = try snapshot(incremental), right = try snapshot(clean)
        XCTAssertEqual(left.keys.sorted(), right.keys.sorted(), "file lists differ \(context)", file: file, line: line)
        // An empty folder left by a removed page answers its old address with a listing or a 404.
        XCTAssertEqual(folders(incremental), folders(clean), "folder lists differ \(context)", file: file, line: line)
        for (path, data) in right where left[path] != data {
            XCTFail("\(path) differs \(context)", file: file, line: line)
        }
    }
}

/// A small deterministic random number generator, so that a failure replays exactly.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}

/// Edits a report's text files the way an author does, keeping it valid.
struct ReportEditor {
    let content: String
    private var added: [String] = []

    init(content: String) {
        self.content = content
    }

    func claimFiles() throws -> [String] {
        try files(in: "claims")
    }

    private func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: content + "/" + folder).sorted().map { content + "/" + folder + "/" + $0 }
    }

    private func replaceOne(in path: String, matching prefix: String, using random: inout SeededRandom, _ transform: (String) -> String)
        throws
    {
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let candidates = lines.indices.filter { lines[$0].hasPrefix(prefix) }
        guard let index = candidates.randomElement(using: &random) else { return }
        lines[index] = transform(lines[index])
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func append(_ text: String, to path: String) throws {
        let old = try String(contentsOfFile: path, encoding: .utf8)
        try (old + text).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// One random edit; returns what it did and the paths it changed.
    mutating func randomEdit(step: Int, using random: inout SeededRandom) throws -> (String, [String]) {
        let articles = try files(in: "articles"), claims = try claimFiles(), actors = try files(in: "actors")
        let article = articles.randomElement(using: &random) ?? articles[0]
        let claimFile = claims.randomElement(using: &random) ?? claims[0]
        switch Int.random(in: 0..<9, using: &random) {
        case 0:
            try append("\nA later note names Kyrylo Budanov and the Shahed-136 again (\(step)).\n", to: article)
            return ("article body gains mentions", [article])
        case 1:
            try replaceOne(in: article, matching: "title:", using: &random) { _ in "title: \"Edited headline \(step)\"" }
            return ("article title", [article])
        case 2:
            try replaceOne(in: claimFile, matching: "  text:", using: &random) { _ in "  text: A revised statement, number \(step)." }
            return ("claim text", [claimFile])
        case 3:
            let year = [2022, 2023, 2024, 2021].randomElement(using: &random) ?? 2022
            let month = Int.random(in: 1...12, using: &random)
            try replaceOne(in: claimFile, matching: "  said:", using: &random) { _ in "  said: \"\(year)-\(month < 10 ? "0" : "")\(month)\""
            }
            return ("claim date", [claimFile])
        case 4:
            try replaceOne(in: claimFile, matching: "  stance:", using: &random) { line in
                line.contains("supports") ? "  stance: disputes" : "  stance: supports"
            }
            return ("claim stance", [claimFile])
        case 5:
            let id = "added-claim-\(step)"
            let source = ((article as NSString).lastPathComponent as NSString).deletingPathExtension
            let answered = added.last.map { "\n  responds_to: [\($0)]" } ?? ""
            try append(
                """

                - id: \(id)
                  actor: kyrylo-budanov
                  said: "2022-12"
                  text: An added claim, number \(step).
                  topic: iran-drones-to-russia
                  stance: neutral
                  subjects: [iran]
                  weapons: [shahed-136]\(answered)
                  sources:
                    - article: \(source)

                """, to: claimFile)
            added.append(id)
            return ("claim added", [claimFile])
        case 6:
            let id = "2023-05-\(step)-added-article"
            let path = content + "/articles/\(id).md"
            try "---\ntitle: An added article \(step)\npublished: 2023-05-0\(step % 9 + 1)\n---\n\nIran and Russia are both named here.\n"
                .write(toFile: path, atomically: true, encoding: .utf8)
            try append(
                "\n- id: cites-\(id)\n  actor: iran\n  said: \"2023-05\"\n  text: A claim from the added article.\n  sources:\n    - article: \(id)\n",
                to: claimFile)
            return ("article added with a claim", [path, claimFile])
        case 7:
            let actor = actors.randomElement(using: &random) ?? actors[0]
            try replaceOne(in: actor, matching: "role:", using: &random) { _ in "role: A changed role \(step)" }
            return ("actor role", [actor])
        default:
            // Only the notes this editor added lose their names: the curated text carries quotes.
            let text = try String(contentsOfFile: article, encoding: .utf8)
            let edited =
                text.contains("names Kyrylo Budanov and the Shahed-136")
                ? text.replacingOccurrences(of: "names Kyrylo Budanov and the Shahed-136", with: "names no one")
                : text + "\nA later note names no one (\(step)).\n"
            try edited.write(toFile: article, atomically: true, encoding: .utf8)
            return ("article body loses a mention", [article])
        }
    }
}
