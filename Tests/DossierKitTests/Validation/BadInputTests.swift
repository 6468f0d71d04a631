import XCTest

@testable import DossierKit

/// CONTENT.md's "Bad input": every problem of a broken report in one run, each as
/// `path:line:col: severity: message` with lines counted from the top of the file, sorted by
/// path and line, with a suggestion where one is likely.
final class BadInputTests: XCTestCase {
    /// Checks `fixture` and compares every diagnostic's headline (relative to the fixture) with `expected`.
    @discardableResult
    private func assertDiagnostics(_ fixture: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line)
        -> [Diagnostic]
    {
        let root = TestPaths.fixture(fixture)
        let result = Fixture.check(root)
        let actual = Fixture.headlines(result.diagnostics, relativeTo: root)
        assertEqualLines(
            actual.joined(separator: "\n"), expected.joined(separator: "\n"), label: "diagnostics of \(fixture)", file: file, line: line)
        XCTAssertEqual(result.diagnostics, result.diagnostics.sorted(), "sorted by path and line", file: file, line: line)
        XCTAssertFalse(result.succeeded, file: file, line: line)
        XCTAssertNil(result.output, "a check writes nothing", file: file, line: line)
        return result.diagnostics
    }

    private func hint(_ headline: String, in diagnostics: [Diagnostic], fixture: String) -> String? {
        Fixture.hint(of: headline, in: diagnostics, relativeTo: TestPaths.fixture(fixture))
    }

    /// YAML that does not parse, front matter that is missing or never closed or does not parse, a file that is not UTF-8;
    /// references to those files, and to a claim that did not read, are not reported again as unknown;
    /// what a claim that did not read refers to is still checked.
    func testFilesThatDoNotReadOrParse() {
        let diagnostics = assertDiagnostics(
            "broken-files",
            [
                // The YAML of lines 2–5 ends inside the quote opened on line 4.
                "actors/kyrylo-budanov.md:5:45: error: YAML does not parse: found unexpected end of stream (while scanning a quoted scalar at line 4)",
                "articles/no-front-matter.md:1:1: error: missing front matter",
                "articles/unclosed.md:1:1: error: the front matter is not closed",
                "claims/broken.yml:4:4: error: this field is indented further than the line above it",
                // cascade.yml cites the files above that do not read: only a file that does not exist is unknown.
                "claims/cascade.yml:13:16: error: unknown article 'never-written'",
                // iran-denies-drones is on an `id:` line of broken.yml: not reported.
                "claims/cascade.yml:16:37: error: unknown claim 'iran-admits-drones'",
                // The claim whose date does not read is left out, but its references are checked; the
                // claim answering it on line 34 is not told that it is unknown.
                "claims/cascade.yml:22:9: error: bad date in 'said': 'last autumn' is not a date: the year must be 4 digits",
                "claims/cascade.yml:24:14: error: unknown actor 'irn'; did you mean 'iran'?",
                "topics/latin-1.md:3:24: error: the file is not UTF-8 text",
                "topics/pasted.md:2:25: error: YAML does not read: a control character (U+000C) is not allowed",
            ])
        XCTAssertEqual(
            hint("articles/no-front-matter.md:1:1: error: missing front matter", in: diagnostics, fixture: "broken-files"),
            "start the file with a line '---', the fields (title: …), and another line '---'")
        XCTAssertEqual(
            hint("topics/latin-1.md:3:24: error: the file is not UTF-8 text", in: diagnostics, fixture: "broken-files"),
            "save it as UTF-8 (most editors: 'Save with encoding')")
        let unknownClaim = "claims/cascade.yml:16:37: error: unknown claim 'iran-admits-drones'"
        XCTAssertEqual(
            hint(unknownClaim, in: diagnostics, fixture: "broken-files"),
            "no claim that was read has the id 'iran-admits-drones'; it may be in claims/broken.yml, which did not read")
        XCTAssertEqual(diagnostics.filter { $0.severity == .warning }.map(\.message), [], "no claim involves actors/russia.md, unsaid")
    }

    /// Missing required fields, unknown ones, bad ids, dates, enum values and URLs, a topic without a stance, a claim without sources.
    func testFieldsThatAreMissingMisspeltOrWrong() {
        let diagnostics = assertDiagnostics(
            "broken-fields",
            [
                "actors/kyrylo-budanov.md:3:7: error: 'persn' is not a valid kind; did you mean 'person'?",
                "actors/no-name.md:3:1: error: an actor needs a 'name' field",
                "actors/russia.md:3:7: error: 'country' is not a valid kind; did you mean 'state'?",
                "articles/Bad_Name.md:1:1: error: the file name 'Bad_Name' is not a valid id",
                // No "no claim cites article 'Bad_Name'": with claims that did not read, which
                // entries no claim names is a guess, and nothing is said.
                "articles/ftp-url.md:2:1: error: an article needs a 'published' field",
                "articles/ftp-url.md:3:6: error: url 'ftp://example.org/article.txt' is not an http or https URL",
                "articles/javascript-url.md:3:20: error: bad date in 'published': day 30 does not exist in Feb 2022",
                "articles/javascript-url.md:4:6: error: url 'javascript:alert(1)' is not an http or https URL",
                "articles/relative-url.md:4:6: error: url '../news/article.html' is not an http or https URL",
                "articles/relative-url.md:5:1: error: unknown field 'auther' in an article; did you mean 'author'?",
                "claims/claims.yml:3:7: error: 'Budanov_Claim' in 'id' is not a valid id",
                "claims/claims.yml:15:11: error: 'support' is not a valid stance; did you mean 'supports'?",
                "claims/claims.yml:23:10: error: a claim with a 'topic' needs a 'stance' too",
                "claims/claims.yml:27:3: error: a claim needs at least one source",
                "claims/claims.yml:34:3: error: a claim needs a 'text' field",
                "claims/claims.yml:42:17: error: bad date in 'said': day 30 does not exist in Feb 2022",
                "claims/claims.yml:51:3: error: unknown field 'venu' in a claim; did you mean 'venue'?",
                "site.yml:2:1: error: unknown field 'descripton' in site.yml; did you mean 'description'?",
                "site.yml:3:11: error: base_url '/report/' is not an absolute http(s) URL",
                "topics/drones.md:3:9: error: 'disputed' is not a valid status; did you mean 'open'?",
            ])
        func hint(_ headline: String) -> String? { self.hint(headline, in: diagnostics, fixture: "broken-fields") }
        XCTAssertEqual(
            hint("actors/russia.md:3:7: error: 'country' is not a valid kind; did you mean 'state'?"), "kind is one of: state, person, organisation, media")
        XCTAssertEqual(hint("topics/drones.md:3:9: error: 'disputed' is not a valid status; did you mean 'open'?"), "status is one of: open, confirmed, refuted")
        XCTAssertEqual(
            hint("articles/Bad_Name.md:1:1: error: the file name 'Bad_Name' is not a valid id"),
            "ids are lowercase letters and digits joined by single hyphens; rename it 'bad-name.md'")
        XCTAssertEqual(
            hint("claims/claims.yml:3:7: error: 'Budanov_Claim' in 'id' is not a valid id"),
            "ids are lowercase letters and digits joined by single hyphens, e.g. 'budanov-claim'")
        XCTAssertEqual(hint("claims/claims.yml:42:17: error: bad date in 'said': day 30 does not exist in Feb 2022"), nil)
        XCTAssertEqual(hint("articles/ftp-url.md:2:1: error: an article needs a 'published' field"), "add `published: …`")
    }

    /// References to ids that do not exist (with did-you-mean), duplicate claim ids across two files, an alias shared by
    /// two entries, a cycle of parent links, a quote not in its article.
    func testReferencesThatDoNotResolve() {
        let diagnostics = assertDiagnostics(
            "broken-references",
            [
                "actors/kyrylo-budanov.md:5:14: error: unknown actor 'ukrain'; did you mean 'ukraine'?",
                "actors/russia.md:4:11: error: the name or alias 'Kremlin' is shared by actor 'kremlin' and actor 'russia'",
                "claims/one.yml:2:10: error: unknown actor 'kyrylo-budanow'; did you mean 'kyrylo-budanov'?",
                "claims/one.yml:5:10: error: unknown topic 'drone'; did you mean 'drones'?",
                "claims/one.yml:7:22: error: unknown actor 'iran'",
                "claims/one.yml:9:17: error: unknown claim 'kanani-denies'",
                "claims/one.yml:12:14: error: quote not found in article 'budanov-interview'",
                "claims/one.yml:13:16: error: unknown article 'budanov-interviews'; did you mean 'budanov-interview'?",
                "claims/two.yml:2:7: error: duplicate claim id 'budanov-claim'",
                "claims/two.yml:4:9: warning: claim 'budanov-claim' is dated 25 Dec 2022, after article 'budanov-interview' that reports it was published (24 Dec 2022)",
                "topics/drones.md:3:23: error: unknown weapon 'shahed-238'; did you mean 'shahed-136'?",
                "weapons/ballistic-a.md:4:9: error: the 'parent' links form a cycle: ballistic-a → ballistic-b → ballistic-a",
                "weapons/fateh-110.md:4:9: error: unknown weapon 'ballistic-c'; did you mean 'ballistic-a'?",
                "weapons/shahed-136.md:5:9: error: unknown actor 'irn'",
            ])
        let root = TestPaths.fixture("broken-references")
        func hint(_ headline: String) -> String? { self.hint(headline, in: diagnostics, fixture: "broken-references") }
        XCTAssertEqual(
            hint("actors/russia.md:4:11: error: the name or alias 'Kremlin' is shared by actor 'kremlin' and actor 'russia'"),
            "a mention must point to one entry; first used at \(root)/actors/kremlin.md:2:7")
        XCTAssertEqual(
            hint("claims/two.yml:2:7: error: duplicate claim id 'budanov-claim'"),
            "claim ids are unique across all claim files; the first is at \(root)/claims/one.yml:1:7")
        XCTAssertEqual(hint("claims/one.yml:7:22: error: unknown actor 'iran'"), "no file actors/iran.md exists")
        XCTAssertEqual(hint("claims/one.yml:9:17: error: unknown claim 'kanani-denies'"), "no claim in claims/ has the id 'kanani-denies'")
        XCTAssertEqual(
            hint("claims/one.yml:12:14: error: quote not found in article 'budanov-interview'"),
            "the article reads '…missiles, but Tehran has so far refused to supply them', "
                + "which the quote follows only from 'refused to supply them'", "the words that differ stand out")
        XCTAssertEqual(
            hint("claims/one.yml:2:10: error: unknown actor 'kyrylo-budanow'; did you mean 'kyrylo-budanov'?"), nil,
            "the suggestion says it all")
        XCTAssertEqual(
            hint("weapons/ballistic-a.md:4:9: error: the 'parent' links form a cycle: ballistic-a → ballistic-b → ballistic-a"),
            "a family's top weapon has no parent")
    }

    /// A build reports exactly what a check does, and publishes nothing.
    func testABuildReportsTheSameAndWritesNothing() throws {
        let folder = try TemporaryDirectory()
        let root = TestPaths.fixture("broken-references")
        let build = Fixture.build(root, into: folder.url("Public"))
        XCTAssertEqual(build.diagnostics, Fixture.check(root).diagnostics)
        XCTAssertNil(build.output)
        XCTAssertEqual(FileTree.files(folder.path, includeHidden: true), [])
    }

    /// The printed form a user reads: every diagnostic with its line and caret, then the count.
    func testPrintedDiagnostics() {
        let root = TestPaths.fixture("broken-references")
        var printer = DiagnosticPrinter()
        let text = printer.format(Fixture.check(root).diagnostics).replacingOccurrences(of: root + "/", with: "")
        XCTAssertTrue(
            text.hasPrefix(
                """
                actors/kyrylo-budanov.md:5:14: error: unknown actor 'ukrain'; did you mean 'ukraine'?
                    affiliation: ukrain
                                 ^
                actors/russia.md:4:11: error: the name or alias 'Kremlin' is shared by actor 'kremlin' and actor 'russia'
                    aliases: [Kremlin, Moscow]
                              ^
                    hint: a mention must point to one entry; first used at actors/kremlin.md:2:7

                """), text)
        XCTAssertTrue(text.hasSuffix("\n13 errors, 1 warning\n"), text)
    }

    func testAReportWithoutSiteYML() throws {
        let folder = try TemporaryDirectory()
        let content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        try FileManager.default.removeItem(atPath: content + "/site.yml")
        let result = Fixture.check(content)
        XCTAssertEqual(Fixture.headlines(result.diagnostics, relativeTo: content), ["site.yml:1:1: error: the report has no site.yml"])
    }

    /// A site.yml that does not read (here, without its title) is one problem among the others,
    /// not the only one told: the entries are still checked in the same run.
    func testASiteYMLThatDoesNotReadDoesNotHideTheOtherProblems() throws {
        let folder = try TemporaryDirectory()
        let content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        try folder.write("Content/site.yml", "language: en\n")
        let claims = content + "/claims/missiles.yml"
        let text = try String(contentsOfFile: claims, encoding: .utf8)
        try folder.write(
            "Content/claims/missiles.yml",
            text.replacingOccurrences(
                of: "budanov-iran-withholds-ballistic-missiles\n  actor: kyrylo-budanov",
                with: "budanov-iran-withholds-ballistic-missiles\n  actor: kyrylo-budanow"
            )
            .replacingOccurrences(of: "quote: Tehran has so far refused", with: "quote: Tehran has always refused"))
        let expected = [
            "claims/missiles.yml:4:10: error: unknown actor 'kyrylo-budanow'; did you mean 'kyrylo-budanov'?",
            "claims/missiles.yml:17:14: error: quote not found in article '2022-12-24-iran-refuses-ballistic-missiles'",
            "site.yml:1:1: error: site.yml needs a 'title' field",
        ]
        XCTAssertEqual(Fixture.headlines(Fixture.check(content).diagnostics, relativeTo: content), expected)
        try FileManager.default.removeItem(atPath: content + "/site.yml")
        XCTAssertEqual(
            Fixture.headlines(Fixture.check(content).diagnostics, relativeTo: content),
            Array(expected.dropLast()) + ["site.yml:1:1: error: the report has no site.yml"])
        let output = folder.url("Public")
        XCTAssertFalse(Fixture.build(content, into: output).succeeded)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/index.html"), "no site without its settings")
    }

    func testStrayFilesAreWarnedAbout() throws {
        let folder = try TemporaryDirectory()
        let content = try folder.copy(TestPaths.fixture("good"), to: "Content")
        try folder.write("Content/articles/notes.txt", "not an article")
        try folder.write("Content/actors/old/iran.md", "---\nname: Iran\nkind: state\n---\n")
        try folder.write("Content/claims/draft.yml~", "editor backup: ignored without a word")
        try folder.write("Content/weapons/.hidden.md", "ignored without a word")
        let result = Fixture.check(content)
        XCTAssertEqual(
            Fixture.headlines(result.diagnostics, relativeTo: content),
            [
                "actors/old:1:1: warning: folders inside actors/ are not read",
                "articles/notes.txt:1:1: warning: ignored: articles/ holds only .md files",
            ])
        XCTAssertTrue(result.succeeded, "warnings alone do not fail a build")
        XCTAssertFalse(Fixture.check(content, strict: true).succeeded, "unless --strict")
    }
}
