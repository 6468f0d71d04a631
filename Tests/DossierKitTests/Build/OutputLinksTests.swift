import XCTest

@testable import DossierKit

/// Links inside the output folder (`Public/claims` made a link to a folder elsewhere): a build
/// writes the site into the output, never through a link, and never leaves a page missing.
final class OutputLinksTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var content: String!
    private var output: String!
    private var elsewhere: String!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        output = folder.url("Public")
        elsewhere = folder.url("Elsewhere")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        XCTAssertNotNil(build().output)
    }

    override func tearDown() {
        folder = nil
    }

    /// A build as the command line runs it: a new builder, which knows nothing of the last build.
    private func build() -> BuildResult {
        SiteBuilder(options: BuildOptions(contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: output))
            .build()
    }

    /// Moves `relative` out of the output and puts a link to it in its place.
    private func moveOutAndLink(_ relative: String) throws {
        let target = elsewhere + "/" + relative.replacingOccurrences(of: "/", with: "-")
        try FileManager.default.moveItem(atPath: output + "/" + relative, toPath: target)
        try FileManager.default.createSymbolicLink(atPath: output + "/" + relative, withDestinationPath: target)
    }

    private func links(in root: String) -> [String] {
        var found: [String] = []
        let walker = FileManager.default.enumerator(atPath: root)
        while let relative = walker?.nextObject() as? String {
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/" + relative)) != nil { found.append(relative) }
        }
        return found.sorted()
    }

    /// Nothing changed in the report: the pages behind the links are the same bytes, and used to be
    /// kept as they were, and then the links removed as files the build did not make, the pages with them.
    func testLinkedFoldersAndFilesAreReplacedByTheSite() throws {
        let site = FileTree.contents(output)
        try moveOutAndLink("claims")
        try moveOutAndLink("articles/2022-10-18-iran-admits-drones")
        try moveOutAndLink("feed.xml")
        let away = FileTree.contents(elsewhere)

        let result = build()

        XCTAssertNotNil(result.output, result.diagnostics.map(\.headline).joined(separator: "\n"))
        XCTAssertEqual(links(in: output), [])
        XCTAssertEqual(FileTree.contents(output), site, "every page there, in the output itself")
        XCTAssertEqual(FileTree.contents(elsewhere), away, "what the links led to is left alone")
    }

    /// The report changed: new pages go into the output, not through the link into the folder it
    /// leads to, and the pages kept unchanged are there too.
    func testPagesAreNotWrittenThroughALink() throws {
        try moveOutAndLink("claims")
        try moveOutAndLink("actors")
        let away = FileTree.contents(elsewhere)
        let path = content + "/claims/missiles.yml"
        try FileTree.text(path).replacingOccurrences(of: "refused to supply Russia", with: "declined to supply Russia")
            .write(toFile: path, atomically: true, encoding: .utf8)

        let result = build()

        XCTAssertNotNil(result.output, result.diagnostics.map(\.headline).joined(separator: "\n"))
        XCTAssertEqual(links(in: output), [])
        XCTAssertEqual(FileTree.contents(elsewhere), away, "nothing written through the links")
        let page = FileTree.text(output + "/claims/budanov-iran-withholds-ballistic-missiles/index.html")
        XCTAssertTrue(page.contains("declined to supply Russia"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/actors/iran/index.html"))
        let fresh = folder.url("Fresh")
        XCTAssertNotNil(Fixture.build(content, into: fresh).output)
        XCTAssertEqual(FileTree.contents(output), FileTree.contents(fresh), "the same site as a clean build")
    }

    /// A link the site has no use for goes, as any file the build did not make; what it led to stays.
    func testALinkToSomethingElseIsRemovedAndItsTargetKept() throws {
        try FileManager.default.createDirectory(atPath: elsewhere + "/scans", withIntermediateDirectories: true)
        try Data("scan".utf8).write(to: URL(fileURLWithPath: elsewhere + "/scans/a.pdf"))
        try FileManager.default.createSymbolicLink(atPath: output + "/scans", withDestinationPath: elsewhere + "/scans")

        XCTAssertNotNil(build().output)

        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/scans"))
        XCTAssertEqual(FileTree.text(elsewhere + "/scans/a.pdf"), "scan")
    }
}
