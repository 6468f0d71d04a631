import XCTest

@testable import DossierKit

/// `dossier theme`: built-in files copied into a theme folder, never over the author's.
final class ThemeCopyTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
    }

    override func tearDown() {
        folder = nil
    }

    func testNamesAreFilesWithOrWithoutTheirExtensionOrFolders() throws {
        let (copy, problems) = ThemeCopy.plan(["partials/claim", "./assets/site.css", "partials/", "claim.mustache"], into: "T")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(
            try XCTUnwrap(copy).paths,
            [
                "partials/claim.mustache", "assets/site.css", "partials/article-link.mustache", "partials/side.mustache",
                "partials/stance.mustache", "partials/weapon-node.mustache", "claim.mustache",
            ])
        XCTAssertEqual(ThemeCopy.plan([], into: "T").0?.paths, DefaultTheme.paths)
    }

    /// Tab completion ends a folder's name with a slash.
    func testAFolderNamedWithATrailingSlashIsThatFolder() throws {
        let (copy, problems) = ThemeCopy.plan(["assets/", "./partials//"], into: "T")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(
            try XCTUnwrap(copy).paths,
            [
                "assets/custom.css", "assets/search.js", "assets/site.css", "partials/article-link.mustache", "partials/claim.mustache",
                "partials/side.mustache", "partials/stance.mustache", "partials/weapon-node.mustache",
            ])
    }

    /// The slips of a name beside a misspelling: its case, the theme folder written in front, a
    /// file in another folder, another extension.
    func testANameInOtherCaseFolderOrExtensionIsToldWithTheFileItMeans() {
        let names = [
            "partials/Claim.mustache", "Templates/claim.mustache", "Templates/partials/claim", "site.css", "claim.html", "partial",
        ]
        let (copy, problems) = ThemeCopy.plan(names, into: "Templates")
        XCTAssertNil(copy)
        XCTAssertEqual(
            problems.map(\.message),
            [
                "the built-in theme has no file 'partials/Claim.mustache'; did you mean 'partials/claim.mustache'?",
                "the built-in theme has no file 'Templates/claim.mustache'; did you mean 'claim.mustache'?",
                "the built-in theme has no file 'Templates/partials/claim'; did you mean 'partials/claim.mustache'?",
                "the built-in theme has no file 'site.css'; did you mean 'assets/site.css'?",
                "the built-in theme has no file 'claim.html'; did you mean 'claim.mustache'?",
                "the built-in theme has no file 'partial'; did you mean 'partials'?",
            ])
    }

    func testEveryUnknownNameIsToldWithTheFileItIsLikelyToBe() {
        let (copy, problems) = ThemeCopy.plan(["clam", "asset/site.css", "partials/claim", "zzzzzz"], into: "T")
        XCTAssertNil(copy)
        XCTAssertEqual(
            problems.map(\.message),
            [
                "the built-in theme has no file 'clam'; did you mean 'claim.mustache'?",
                "the built-in theme has no file 'asset/site.css'; did you mean 'assets/site.css'?",
                "the built-in theme has no file 'zzzzzz'",
            ])
        XCTAssertEqual(problems.first?.hint, "'dossier theme --list' lists its files")
    }

    func testAFileWhereTheFolderWouldBeIsToldBeforeAnythingIsWritten() throws {
        let path = try folder.write("Theme", "not a folder\n")
        let (copy, problems) = ThemeCopy.plan(["claim"], into: path)
        XCTAssertNil(copy)
        XCTAssertEqual(problems, [.init(message: "'\(path)' is a file, not a folder", hint: "name another folder with --templates")])
    }

    func testAFileAboveTheFolderIsNamedWhenNothingCanBeWritten() throws {
        let path = try folder.write("notes.txt", "not a folder\n")
        let copy = try XCTUnwrap(ThemeCopy.plan(["claim"], into: path + "/theme").0)
        XCTAssertEqual(copy.run().map(\.outcome), [.failed("'\(path)' is a file, not a folder")])
    }

    func testCopiesTheBuiltInBytesAndKeepsWhatIsThere() throws {
        let theme = folder.url("Theme")
        try folder.write("Theme/partials/claim.mustache", "mine\n")
        let copy = try XCTUnwrap(ThemeCopy.plan(["partials/claim", "partials/stance", "assets/site.css"], into: theme).0)
        let outcomes = copy.run()
        XCTAssertEqual(
            outcomes.map(\.path),
            ["partials/claim", "partials/stance", "assets/site.css"].map { theme + "/" + $0 + ($0.hasPrefix("assets") ? "" : ".mustache") })
        XCTAssertEqual(outcomes.map(\.outcome), [.kept, .written, .written])
        XCTAssertEqual(FileTree.text(theme + "/partials/claim.mustache"), "mine\n")
        XCTAssertEqual(FileTree.text(theme + "/partials/stance.mustache"), FileTree.text(TestPaths.templates + "/partials/stance.mustache"))
        XCTAssertEqual(FileTree.text(theme + "/assets/site.css"), FileTree.text(TestPaths.templates + "/assets/site.css"))
    }

    /// The whole theme copied out and built from is the built-in theme again: nothing warned.
    func testTheWholeThemeCopiedOutLoadsWithoutAProblem() throws {
        let theme = folder.url("Theme")
        XCTAssertTrue(try XCTUnwrap(ThemeCopy.plan([], into: theme).0).run().allSatisfy { $0.outcome == .written })
        XCTAssertEqual(FileTree.contents(theme), FileTree.contents(TestPaths.templates, includeHidden: false))
        XCTAssertEqual(TemplateSet.load(directory: theme).1.map(\.headline), [])
    }
}
