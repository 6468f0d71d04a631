import XCTest

@testable import DossierKit

/// Finding the report's files: what cannot be read, or would be read twice, or not at all, is
/// said, and a build that cannot read a folder never takes it for an empty one.
final class ContentDiscoveryTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var content: String!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        content = try folder.copy(TestPaths.fixture("good"), to: "Content")
    }

    override func tearDown() {
        folder = nil
    }

    private func headlines(_ result: BuildResult) -> [String] {
        Fixture.headlines(result.diagnostics, relativeTo: content)
    }

    /// `iran.md` and `iran.MD` would both be the actor `iran`, one silently replacing the other.
    func testTwoFilesForOneEntryAreAnError() throws {
        try folder.write("Content/actors/iran.MD", "---\nname: Shadow Iran\nkind: state\n---\n")
        let result = Fixture.check(content)
        XCTAssertEqual(headlines(result), ["actors/iran.md:1:1: error: a second file for the actor 'iran', beside iran.MD"])
        XCTAssertNotNil(result.diagnostics.first?.hint)
    }

    func testSiteYmlAndSiteYamlTogetherAreAnError() throws {
        try folder.write("Content/site.yaml", "title: The other one\n")
        XCTAssertEqual(headlines(Fixture.check(content)), ["site.yaml:1:1: error: a second site file: site.yml is the one read"])
    }

    /// A newcomer from Hugo or Jekyll writes `config.toml` or `_config.yml`, or `Site.yml`: the
    /// hint says it is not the file read, rather than to create one they have.
    func testASettingsFileByAnotherNameIsPointedAt() throws {
        try FileManager.default.removeItem(atPath: content + "/site.yml")
        try folder.write("Content/config.toml", "title = \"T\"\n")
        try folder.write("Content/Site.yml", "title: T\n")
        let result = Fixture.check(content)
        XCTAssertEqual(headlines(result), ["site.yml:1:1: error: the report has no site.yml"])
        XCTAssertEqual(
            result.diagnostics.first?.hint,
            "Dossier reads its settings from site.yml, not Site.yml or config.toml: rename it, with at least `title: …`")
    }

    /// `claim/` is most likely `claims/` misspelt, its claims never read; `notes/` is the author's own.
    func testAFolderNamedLikeAnEntryFolderIsAWarning() throws {
        try folder.write("Content/claim/more.yml", "[]\n")
        try folder.write("Content/Articles/x.md", "")
        try folder.write("Content/notes/todo.md", "")
        XCTAssertEqual(
            headlines(Fixture.check(content)),
            [
                "Articles:1:1: warning: the folder 'Articles/' is not read; did you mean 'articles/'?",
                "claim:1:1: warning: the folder 'claim/' is not read; did you mean 'claims/'?",
            ])
    }

    /// An article in `article/` is not read: the claims citing it are told where its file is
    /// and what to do, not that there is no such file. A rebuild that re-reads only the claims
    /// file (as the preview does) still knows where it is.
    func testAReferenceToAFileInAMisspeltFolderSaysWhereItIs() throws {
        try FileManager.default.createDirectory(atPath: content + "/article", withIntermediateDirectories: false)
        try FileManager.default.moveItem(
            atPath: content + "/articles/2023-01-kanani-denies-missiles.md", toPath: content + "/article/2023-01-kanani-denies-missiles.md")
        let expected =
            "2023-01-kanani-denies-missiles.md is in article/, which is not read; move it to articles/, or rename article/ to articles/"
        let builder = SiteBuilder(
            options: BuildOptions(contentDirectory: content, templatesDirectory: TestPaths.templates, outputDirectory: folder.url("Public"))
        )
        let claims = content + "/claims/missiles.yml"
        for changed in [nil, [claims]] {
            if changed != nil { try folder.write("Content/claims/missiles.yml", FileTree.text(claims) + "\n# Edited.\n") }
            let result = builder.build(changedPaths: changed)
            let unknown = result.diagnostics.filter { $0.message == "unknown article '2023-01-kanani-denies-missiles'" }
            XCTAssertEqual(unknown.count, 2, headlines(result).joined(separator: "\n"))
            XCTAssertEqual(Set(unknown.map(\.hint)), [expected], changed == nil ? "a first build" : "a rebuild")
        }
    }

    /// A folder that is there but cannot be listed (here a broken link; a folder without read
    /// permission is the same to the build) fails the build, which keeps the site as it was
    /// instead of removing that folder's pages; what refers to its entries is not reported again.
    func testAFolderThatCannotBeReadFailsTheBuildAndTheSiteStays() throws {
        let output = folder.url("Public")
        XCTAssertNotNil(Fixture.build(content, into: output).output)
        let before = FileTree.files(output)

        try FileManager.default.removeItem(atPath: content + "/weapons")
        try FileManager.default.createSymbolicLink(atPath: content + "/weapons", withDestinationPath: "../Elsewhere")
        try FileManager.default.removeItem(atPath: content + "/topics")
        try folder.write("Content/topics", "not a folder")
        let result = Fixture.build(content, into: output)

        XCTAssertNil(result.output)
        XCTAssertEqual(
            headlines(result),
            [
                "topics:1:1: error: cannot read the folder: it is a file, not a folder",
                "weapons:1:1: error: cannot read the folder: a link to '../Elsewhere', which does not exist",
            ])
        XCTAssertEqual(FileTree.files(output), before)
    }

    func testAContentFolderThatIsAFileSaysSo() throws {
        let file = try folder.write("Report", "")
        XCTAssertEqual(
            Fixture.check(file).diagnostics.map(\.headline),
            ["\(file):1:1: error: cannot read the content folder: it is a file, not a folder"])
    }
}
