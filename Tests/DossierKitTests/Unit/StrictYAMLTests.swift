import XCTest

@testable import DossierKit

/// Every file a user writes is read strictly: unknown fields and wrong types are errors, and
/// YAML 1.1's guesses never change what the author wrote.
final class StrictYAMLTests: XCTestCase {
    private func parse(_ text: String, as kind: ContentKind, path: String? = nil) -> ParsedFile {
        let defaultPath: String
        switch kind {
        case .site: defaultPath = "site.yml"
        case .claims: defaultPath = "claims/a.yml"
        case .article: defaultPath = "articles/a.md"
        case .actor: defaultPath = "actors/a.md"
        case .weapon: defaultPath = "weapons/a.md"
        case .topic: defaultPath = "topics/a.md"
        }
        return EntryParser.parse(SourceFile(path: path ?? defaultPath, text: text), kind: kind)
    }

    private func headlines(_ text: String, as kind: ContentKind) -> [String] {
        parse(text, as: kind).diagnostics.sorted().map(\.headline)
    }

    private func claims(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [Claim] {
        let parsed = parse(text, as: .claims)
        XCTAssertEqual(parsed.diagnostics.map(\.headline), [], file: file, line: line)
        guard case .claims(let claims) = parsed.content else { return [] }
        return claims
    }

    private let claimHead = "- id: c\n  actor: iran\n  text: T\n  sources: [{article: a}]\n"

    /// Quoted values keep no whitespace around them (lists lose spaces and tabs, other values any
    /// whitespace); within them, and in values without any, nothing changes.
    func testWhitespaceAroundQuotedValuesIsTrimmed() throws {
        let claim = try XCTUnwrap(
            claims(
                "- id: c\n  actor: \" iran\\t\"\n  text: \"\\u00a0Said  twice.\\n \"\n  said: 2022\n"
                    + "  subjects: [\" ukraine \", \"\\trussia\", eu]\n  venue: \"État-major\"\n  sources: [{article: a}]\n"
            ).first)
        XCTAssertEqual(claim.actor, "iran")
        XCTAssertEqual(claim.text, "Said  twice.")
        XCTAssertEqual(claim.subjects, ["ukraine", "russia", "eu"])
        XCTAssertEqual(claim.venue, "État-major")
    }

    /// `"\x0c"` or `"\0"` in a value would reach the pages and make feed.xml invalid XML: an
    /// error at the escape, as for the raw character, with every such escape reported.
    func testAControlCharacterWrittenAsAnEscapeIsAnError() {
        let parsed = parse(
            claimHead.replacingOccurrences(of: "text: T", with: #"text: "Iran said\x0c no\0""#) + "  said: 2022\n", as: .claims)
        XCTAssertEqual(
            parsed.diagnostics.sorted().map(\.headline),
            [
                "claims/a.yml:3:19: error: a control character (U+000C) is not allowed",
                "claims/a.yml:3:26: error: a control character (U+0000) is not allowed",
            ])
        XCTAssertEqual(
            parsed.diagnostics.sorted().first?.hint,
            #"the escape '\x0c' writes it: remove it (a value may hold tabs and line breaks, \t and \n)"#)
        XCTAssertEqual(
            headlines("---\nname: \"Iran\\e\"\nkind: state\n---\n", as: .actor),
            ["actors/a.md:2:12: error: a control character (U+001B) is not allowed"], "front matter lines are the file's")
    }

    // MARK: Unknown fields

    func testUnknownFieldWithASuggestion() {
        let parsed = parse(claimHead + "  said: 2022\n  venu: Tehran\n", as: .claims)
        XCTAssertEqual(
            parsed.diagnostics.map(\.headline), ["claims/a.yml:6:3: error: unknown field 'venu' in a claim; did you mean 'venue'?"])
        XCTAssertNil(parsed.diagnostics.first?.hint)
    }

    /// `acter: iran` is one mistake: reported as the misspelt field, not also as a missing 'actor'.
    func testAMisspeltRequiredFieldIsOneError() {
        XCTAssertEqual(
            headlines("- id: c\n  acter: iran\n  said: 2022\n  text: T\n  sources: [{article: a}]\n", as: .claims),
            ["claims/a.yml:2:3: error: unknown field 'acter' in a claim; did you mean 'actor'?"])
        XCTAssertEqual(
            headlines("- id: c\n  said: 2022\n  text: T\n  sources: [{article: a}]\n", as: .claims),
            ["claims/a.yml:1:3: error: a claim needs an 'actor' field"], "missing outright: still reported, with 'an'")
        XCTAssertEqual(
            headlines("---\nname: N\nkind: state\n---\n", as: .actor), [], "no required field missing")
        XCTAssertEqual(FieldReader.fieldArticle("url"), "a")
        XCTAssertEqual(FieldReader.fieldArticle("outlet"), "an")
        XCTAssertEqual(FieldReader.fieldArticle("said"), "a")
    }

    func testATabInTheIndentationSaysSo() {
        let parsed = parse("- id: c\n\tactor: iran\n", as: .claims)
        XCTAssertEqual(parsed.diagnostics.first?.hint, "indent with spaces: YAML does not allow tabs in indentation")
    }

    func testUnknownFieldWithoutASuggestionListsTheFields() {
        let parsed = parse("---\nname: Iran\nkind: state\ncapital: Tehran\n---\n", as: .actor)
        XCTAssertEqual(parsed.diagnostics.map(\.headline), ["actors/a.md:4:1: error: unknown field 'capital' in an actor"])
        XCTAssertEqual(parsed.diagnostics.first?.hint, "the fields of an actor are: affiliation, aliases, kind, name, role")
    }

    func testUnknownFieldsEverywhere() {
        XCTAssertEqual(
            headlines("title: T\ndescripton: D\n", as: .site),
            ["site.yml:2:1: error: unknown field 'descripton' in site.yml; did you mean 'description'?"])
        XCTAssertEqual(
            headlines("---\ntitle: T\npublished: 2022\nauther: A\n---\n", as: .article),
            ["articles/a.md:4:1: error: unknown field 'auther' in an article; did you mean 'author'?"])
        XCTAssertEqual(
            headlines("---\nname: N\ncategory: C\nparents: x\n---\n", as: .weapon),
            ["weapons/a.md:4:1: error: unknown field 'parents' in a weapon; did you mean 'parent'?"])
        XCTAssertEqual(
            headlines("---\ntitle: T\nweapon: [x]\n---\n", as: .topic),
            ["topics/a.md:3:1: error: unknown field 'weapon' in a topic; did you mean 'weapons'?"])
        XCTAssertEqual(
            headlines(
                claimHead.replacingOccurrences(of: "[{article: a}]", with: "\n    - article: a\n      qoute: x") + "  said: 2022\n",
                as: .claims),
            ["claims/a.yml:6:7: error: unknown field 'qoute' in a source; did you mean 'quote'?"])
    }

    /// `sources: [id]`, `sources: id` and `article:` under `sources:` without its '- ': the hint
    /// gives the line to write (it said "add `- article: <article id>`", read as adding a line).
    func testASourceWrittenWithoutItsListOrField() {
        let head = "- id: c\n  actor: iran\n  said: 2022\n  text: T\n"
        func hints(_ sources: String) -> [String?] { parse(head + sources, as: .claims).diagnostics.map(\.hint) }
        XCTAssertEqual(
            hints("  sources: [2022-12-24-interview]\n"),
            ["name the article with 'article:': `- article: 2022-12-24-interview`, or `[{article: 2022-12-24-interview}]` in brackets"])
        XCTAssertEqual(hints("  sources: 2022-12-24-interview\n"), ["write it as a list item: `- article: 2022-12-24-interview`"])
        XCTAssertEqual(
            hints("  sources:\n    article: 2022-12-24-interview\n"),
            ["make it a list item: put '- ' before its first field, `- article: …`"])
    }

    // MARK: Types

    func testWrongTypes() {
        XCTAssertEqual(
            headlines(
                "- id: c\n  actor: iran\n  said: 2022\n  text: [a, b]\n  subjects: {iran: yes}\n  sources: [{article: a}]\n", as: .claims),
            [
                "claims/a.yml:4:9: error: 'text' must be a single value, not a list",
                "claims/a.yml:5:13: error: 'subjects' must be a list like [a, b]",
            ])
        XCTAssertEqual(
            headlines("- id: c\n  actor: iran\n  said: 2022\n  text: T\n  sources: a\n", as: .claims),
            ["claims/a.yml:5:12: error: 'sources' must be a list of `- article: …` items"])
        XCTAssertEqual(
            headlines("- id: c\n  actor: iran\n  said: 2022\n  text: T\n  sources: [{article: a}]\n  weapons: [[x]]\n", as: .claims),
            ["claims/a.yml:6:13: error: each item of 'weapons' must be a single value"])
        XCTAssertEqual(
            headlines("title: T\nunsafe_html: yes\n", as: .site), ["site.yml:2:14: error: 'unsafe_html' must be true or false, not 'yes'"])
    }

    func testAFileOfTheWrongShape() {
        XCTAssertEqual(
            headlines("id: c\nactor: iran\n", as: .claims),
            ["claims/a.yml:1:1: error: a claims file is a YAML list of claims, found a set of fields"])
        XCTAssertEqual(
            headlines("- just a line\n", as: .claims),
            ["claims/a.yml:1:3: error: expected the fields of a claim as `name: value` lines, found the value 'just a line'"])
        XCTAssertEqual(
            headlines("---\n- a list\n---\n", as: .actor),
            ["actors/a.md:2:1: error: expected the fields of an actor as `name: value` lines, found a list"])
    }

    func testASingleValueIsAOneItemList() {
        XCTAssertEqual(claims(claimHead + "  said: 2022\n  subjects: iran\n").first?.subjects, ["iran"])
    }

    /// `-Bar` under `aliases:` is YAML's text "-Bar", taken as a one-item list: most likely a
    /// list item missing its space. A warning, as a value may start with '-'; quotes silence it.
    func testAListItemWithoutTheSpaceAfterItsDashIsWarnedAbout() {
        let parsed = parse("---\nname: N\nkind: state\naliases:\n  -Bar\n---\n", as: .actor)
        XCTAssertEqual(parsed.diagnostics.map(\.headline), ["actors/a.md:5:3: warning: a list item needs a space after '-'"])
        XCTAssertEqual(parsed.diagnostics.first?.hint, "write '- Bar', or put a value that starts with '-' in quotes")
        XCTAssertEqual(headlines("---\nname: N\nkind: state\naliases: '-Bar'\n---\n", as: .actor), [])
        XCTAssertEqual(headlines("---\nname: N\nkind: state\naliases:\n  - Bar\n  - -Baz\n---\n", as: .actor), [], "an item of a list")
    }

    func testDuplicateField() {
        // Reported where it is written again, as a compiler reports a redefinition; the hint
        // says where it was first given, and that the first is kept.
        XCTAssertEqual(
            headlines(claimHead + "  said: 2022\n  said: 2023\n", as: .claims), ["claims/a.yml:6:3: error: duplicate field 'said'"])
        XCTAssertEqual(
            parse(claimHead + "  said: 2022\n  said: 2023\n", as: .claims).diagnostics.map(\.hint),
            ["each field may appear once in an entry ('said' is first given at line 5); the first is kept"])
        // The other claims of the file are still read and checked in the same run.
        XCTAssertEqual(
            headlines(claimHead + "  said: 2022\n  said: 2023\n" + claimHead + "  said: last year\n", as: .claims),
            [
                "claims/a.yml:6:3: error: duplicate field 'said'",
                "claims/a.yml:11:9: error: bad date in 'said': 'last year' is not a date: the year must be 4 digits",
            ])
    }

    /// Front matter holding only comments has no fields, as empty front matter has: its missing
    /// fields are errors, and the entry is not dropped in silence.
    func testFrontMatterOfOnlyCommentsReportsTheMissingFields() {
        let expected = [
            "articles/a.md:2:1: error: an article needs a 'published' field", "articles/a.md:2:1: error: an article needs a 'title' field",
        ]
        XCTAssertEqual(headlines("---\n# a draft: fields to come\n---\nBody.\n", as: .article), expected)
        XCTAssertEqual(headlines("---\n---\nBody.\n", as: .article), expected)
    }

    /// A value nested past any use is an error with a position, never a crash.
    func testDeepNestingIsAnError() {
        let parsed = parse("- id: " + String(repeating: "[", count: 50_000) + "\n", as: .claims)
        XCTAssertEqual(
            parsed.diagnostics.map(\.headline),
            ["claims/a.yml:1:8: error: YAML does not parse: values are nested too deeply (while parsing at line 1)"])
        XCTAssertEqual(parsed.diagnostics.first?.hint, "a field's value is a text, a list, or a few fields")
    }

    // MARK: Values as written

    /// YAML 1.1 reads an unquoted 2022-12-23 as a timestamp; the generator must keep the text.
    func testUnquotedDatesKeepTheirTextAndPrecision() throws {
        let day = try XCTUnwrap(claims(claimHead + "  said: 2022-12-23\n").first)
        XCTAssertEqual(day.said.text, "2022-12-23")
        XCTAssertEqual(day.said.precision, .day)
        XCTAssertEqual(day.said.display, "23 Dec 2022")

        let month = try XCTUnwrap(claims(claimHead + "  said: 2022-12\n").first)
        XCTAssertEqual(month.said.text, "2022-12")
        XCTAssertEqual(month.said.precision, .month)

        let year = try XCTUnwrap(claims(claimHead + "  said: 2022\n").first)
        XCTAssertEqual(year.said.text, "2022", "not the integer 2022 turned into anything else")
        XCTAssertEqual(year.said.precision, .year)

        let quoted = try XCTUnwrap(claims(claimHead + "  said: \"2022-12-23\"\n").first)
        XCTAssertEqual(quoted.said, day.said)

        let interval = try XCTUnwrap(claims(claimHead + "  said: 2022\n  refers_to: 2022-06/2022-08\n").first)
        XCTAssertEqual(interval.refersTo?.display, "Jun–Aug 2022")
    }

    func testUnquotedTimestampInPublished() throws {
        let parsed = parse("---\ntitle: T\npublished: 2022-12-24T18:01\n---\n", as: .article)
        XCTAssertEqual(parsed.diagnostics.map(\.headline), [])
        guard case .article(let article) = parsed.content else { return XCTFail("no article") }
        XCTAssertEqual(article.published.text, "2022-12-24T18:01")
        XCTAssertEqual(article.published.display, "24 Dec 2022, 18:01")
    }

    func testYAMLBooleansAndNumbersStayText() throws {
        let parsed = parse("---\nname: No\nkind: state\naliases: [yes, off, 1e3, 0x1F]\nrole: 010\n---\n", as: .actor)
        XCTAssertEqual(parsed.diagnostics.map(\.headline), [])
        guard case .actor(let actor) = parsed.content else { return XCTFail("no actor") }
        XCTAssertEqual(actor.name, "No", "the Norway problem")
        XCTAssertEqual(actor.aliases, ["yes", "off", "1e3", "0x1F"])
        XCTAssertEqual(actor.role, "010")
    }

    func testNullMeansNotWritten() throws {
        let claim = try XCTUnwrap(claims(claimHead + "  said: 2022\n  venue: ~\n  refers_to_text: null\n").first)
        XCTAssertNil(claim.venue)
        XCTAssertNil(claim.refersToText)
        XCTAssertEqual(
            headlines("- id: c\n  actor: iran\n  said:\n  text: T\n  sources: [{article: a}]\n", as: .claims),
            ["claims/a.yml:1:3: error: a claim needs a 'said' field"])
        XCTAssertEqual(
            headlines(claimHead + "  said: ''\n", as: .claims),
            ["claims/a.yml:5:9: error: 'said' is empty"])
    }

    /// A value written blank is a mistake, not a value: `aliases: [""]` showed an empty alias,
    /// `quote: ""` was dropped as if never written. Each is a warning at the value and left out
    /// (earlier versions took such reports, so they still build); the list keeps its other items.
    func testBlankValuesAndListItemsAreWarnedAboutAndLeftOut() throws {
        let actor = parse("---\nname: N\nkind: state\naliases: [\"\", \"   \", Foo]\n---\n", as: .actor)
        XCTAssertEqual(
            actor.diagnostics.sorted().map(\.headline),
            [
                "actors/a.md:4:11: warning: an item of 'aliases' is empty, and left out",
                "actors/a.md:4:15: warning: an item of 'aliases' is empty, and left out",
            ])
        XCTAssertEqual(actor.diagnostics.first?.hint, "remove it, or write its value")
        guard case .actor(let read) = actor.content else { return XCTFail("the actor did not read") }
        XCTAssertEqual(read.aliases, ["Foo"])
        XCTAssertEqual(read.source["aliases[0]"], SourceLocation(path: "actors/a.md", line: 4, column: 22), "indexed as read")
        let quote = parse(
            "- id: c\n  actor: iran\n  said: 2022\n  text: T\n  venue: \"\"\n  sources:\n    - article: a\n      quote: \"   \"\n",
            as: .claims)
        XCTAssertEqual(
            quote.diagnostics.sorted().map(\.headline),
            ["claims/a.yml:5:10: warning: 'venue' is empty, and left out", "claims/a.yml:8:14: warning: 'quote' is empty, and left out"])
        XCTAssertEqual(quote.diagnostics.first?.hint, "write its value, or remove the field")
    }

    func testDateErrorsPointIntoTheValue() {
        XCTAssertEqual(
            headlines(claimHead + "  said: 2022-13-01\n", as: .claims),
            ["claims/a.yml:5:14: error: bad date in 'said': month 13 does not exist"])
        XCTAssertEqual(
            headlines(claimHead + "  said: \"2022-13-01\"\n", as: .claims),
            ["claims/a.yml:5:15: error: bad date in 'said': month 13 does not exist"], "one more for the opening quote")
        XCTAssertEqual(
            headlines(claimHead + "  said: 2022-12-24T18:01\n", as: .claims),
            ["claims/a.yml:5:19: error: bad date in 'said': a time of day is allowed only in an article's 'published' date"])
    }

    func testSourcesKeepTheirPositions() throws {
        let claim = try XCTUnwrap(
            claims("- id: c\n  actor: iran\n  said: 2022\n  text: T\n  sources:\n    - article: a\n      quote: Q\n    - article: b\n")
                .first)
        XCTAssertEqual(claim.sources, [.init(article: "a", quote: "Q"), .init(article: "b", quote: nil)])
        XCTAssertEqual(claim.source["sources[0].quote"], SourceLocation(path: "claims/a.yml", line: 7, column: 14))
        XCTAssertEqual(claim.source["sources[1].article"], SourceLocation(path: "claims/a.yml", line: 8, column: 16))
        XCTAssertEqual(claim.source["sources[1]"], SourceLocation(path: "claims/a.yml", line: 8, column: 7))
        XCTAssertEqual(claim.source.origin, SourceLocation(path: "claims/a.yml", line: 1, column: 3))
    }

    func testSiteSettings() throws {
        let parsed = parse("title: T\nbase_url: https://example.org/report\nlanguage: pt-BR\nunsafe_html: true\n", as: .site)
        XCTAssertEqual(parsed.diagnostics.map(\.headline), [])
        guard case .site(let site) = parsed.content else { return XCTFail("no settings") }
        XCTAssertEqual(site.baseURL, "https://example.org/report/", "a trailing slash is added")
        XCTAssertEqual(site.language, "pt-BR")
        XCTAssertTrue(site.unsafeHTML)

        guard case .site(let defaults) = parse("title: T\n", as: .site).content else { return XCTFail("no settings") }
        XCTAssertEqual(defaults.language, "en")
        XCTAssertFalse(defaults.unsafeHTML)
        XCTAssertNil(defaults.baseURL)
    }

    /// A private-use tag (RFC 5646's `x-…`) is a BCP 47 tag, for a language with no code of its own.
    func testAPrivateUseLanguageTag() {
        XCTAssertEqual(headlines("title: T\nlanguage: x-klingon\n", as: .site), [])
        XCTAssertEqual(headlines("title: T\nlanguage: en-x-legal\n", as: .site), [])
        XCTAssertEqual(headlines("title: T\nlanguage: x\n", as: .site), ["site.yml:2:11: error: 'x' is not a BCP 47 language tag"])
        XCTAssertEqual(
            headlines("title: T\nlanguage: x-klingonese\n", as: .site),
            ["site.yml:2:11: error: 'x-klingonese' is not a BCP 47 language tag"], "subtags are at most 8 long")
    }

    func testSiteErrors() {
        XCTAssertEqual(
            headlines("title: T\nbase_url: example.org\nlanguage: english\n", as: .site),
            [
                "site.yml:2:11: error: base_url 'example.org' is not an absolute http(s) URL",
                "site.yml:3:11: error: 'english' is not a BCP 47 language tag; did you mean 'en'?",
            ])
        XCTAssertEqual(
            headlines("---\ntitle: T\npublished: 2022\nlanguage: Русский\n---\n", as: .article),
            ["articles/a.md:4:11: error: 'Русский' is not a BCP 47 language tag; did you mean 'ru'?"], "a language named in its own tongue")
        XCTAssertEqual(
            headlines("title: T\nbase_url: https://example.org/report?lang=en\n", as: .site),
            ["site.yml:2:11: error: base_url 'https://example.org/report?lang=en' has a query or fragment; page paths are added to its end"]
        )
        XCTAssertEqual(
            headlines("title: T\nbase_url: ftp://example.org/\n", as: .site),
            ["site.yml:2:11: error: base_url 'ftp://example.org/' is not an absolute http(s) URL"])
        XCTAssertEqual(headlines("", as: .site), ["site.yml:1:1: error: site.yml is empty"])
        XCTAssertEqual(headlines("description: D\n", as: .site), ["site.yml:1:1: error: site.yml needs a 'title' field"])
    }

    func testURLs() {
        func urlErrors(_ url: String) -> [String] {
            headlines("---\ntitle: T\npublished: 2022\nurl: \(url)\n---\n", as: .article)
        }
        XCTAssertEqual(urlErrors("https://example.org/a?b=1&c=2"), [])
        XCTAssertEqual(urlErrors("http://example.org"), [])
        XCTAssertEqual(
            urlErrors("ftp://example.org/a"), ["articles/a.md:4:6: error: url 'ftp://example.org/a' is not an http or https URL"])
        XCTAssertEqual(
            urlErrors("javascript:alert(1)"), ["articles/a.md:4:6: error: url 'javascript:alert(1)' is not an http or https URL"])
        XCTAssertEqual(urlErrors("../news/a.html"), ["articles/a.md:4:6: error: url '../news/a.html' is not an http or https URL"])
        XCTAssertEqual(urlErrors("//example.org/a"), ["articles/a.md:4:6: error: url '//example.org/a' is not an http or https URL"])
        XCTAssertEqual(urlErrors("'https://'"), ["articles/a.md:4:6: error: url 'https://' is not an http or https URL"])
    }

    func testIdentifierFields() {
        XCTAssertEqual(
            headlines("- id: Budanov_Claim\n  actor: Kyrylo Budanov\n  said: 2022\n  text: T\n  sources: [{article: a}]\n", as: .claims),
            [
                "claims/a.yml:1:7: error: 'Budanov_Claim' in 'id' is not a valid id",
                "claims/a.yml:2:10: error: 'Kyrylo Budanov' in 'actor' is not a valid id",
            ])
        let parsed = parse("- id: Budanov_Claim\n  actor: iran\n  said: 2022\n  text: T\n  sources: [{article: a}]\n", as: .claims)
        XCTAssertEqual(
            parsed.diagnostics.first?.hint, "ids are lowercase letters and digits joined by single hyphens, e.g. 'budanov-claim'")
    }

    /// An id past the length limit follows the rule of letters, digits and hyphens: the message
    /// says what is wrong with it, its length, and what the limit is.
    func testAnIdTooLongSaysSo() {
        let long = String(repeating: "a", count: 150) + "-" + String(repeating: "b", count: 50)
        let claim = parse("- id: \(long)\n  actor: iran\n  said: 2022\n  text: T\n  sources: [{article: a}]\n", as: .claims)
        XCTAssertEqual(
            claim.diagnostics.map(\.headline),
            [
                "claims/a.yml:1:7: error: '\(String(repeating: "a", count: 40))…' in 'id' is too long: 201 characters, and ids are at most 200"
            ])
        XCTAssertEqual(claim.diagnostics.first?.hint, "shorten it: an id becomes a folder's name in the site")
        let entry = parse("---\nname: I\nkind: state\n---\n", as: .actor, path: "actors/\(long).md")
        XCTAssertEqual(
            entry.diagnostics.map(\.headline),
            [
                "actors/\(long).md:1:1: error: the file name '\(String(repeating: "a", count: 40))…' is too long for an id: "
                    + "201 characters, and ids are at most 200"
            ])
        XCTAssertEqual(
            headlines("- id: \(long)_\n  actor: iran\n  said: 2022\n  text: T\n  sources: [{article: a}]\n", as: .claims),
            ["claims/a.yml:1:7: error: '\(long)_' in 'id' is not a valid id"], "a bad id of any length is a bad id")
    }

    func testFileNameIsTheId() {
        let parsed = parse("---\nname: I\nkind: state\n---\n", as: .actor, path: "actors/Kyrylo_Budanov.md")
        XCTAssertEqual(
            parsed.diagnostics.map(\.headline), ["actors/Kyrylo_Budanov.md:1:1: error: the file name 'Kyrylo_Budanov' is not a valid id"])
        XCTAssertEqual(
            parsed.diagnostics.first?.hint, "ids are lowercase letters and digits joined by single hyphens; rename it 'kyrylo-budanov.md'")
    }

    func testChoices() {
        let parsed = parse("---\nname: N\nkind: persn\n---\n", as: .actor)
        XCTAssertEqual(parsed.diagnostics.map(\.headline), ["actors/a.md:3:7: error: 'persn' is not a valid kind; did you mean 'person'?"])
        XCTAssertEqual(parsed.diagnostics.first?.hint, "kind is one of: state, person, organisation, media")
        // Words newsrooms use for the values, too far from them in spelling for "did you mean".
        XCTAssertEqual(
            headlines("---\ntitle: T\nstatus: disputed\n---\n", as: .topic),
            ["topics/a.md:3:9: error: 'disputed' is not a valid status; did you mean 'open'?"])
        XCTAssertEqual(
            headlines("---\nname: N\nkind: Country\n---\n", as: .actor),
            ["actors/a.md:3:7: error: 'Country' is not a valid kind; did you mean 'state'?"])
        XCTAssertEqual(
            headlines(claimHead + "  said: 2022\n  topic: t\n  stance: denies\n", as: .claims),
            ["claims/a.yml:7:11: error: 'denies' is not a valid stance; did you mean 'disputes'?"])
        XCTAssertEqual(
            headlines(claimHead + "  said: 2022\n  topic: t\n  stance: support\n", as: .claims),
            ["claims/a.yml:7:11: error: 'support' is not a valid stance; did you mean 'supports'?"])
    }

    /// A claims file that does not parse still names the claims it most likely holds, from its
    /// `id:` lines, so that claims answering them elsewhere are not reported as unknown.
    func testAClaimsFileThatDoesNotParseNamesItsLikelyIDs() {
        let text = """
            - id: first-claim
              actor: iran
               said: 2022
            -   id: 'second-claim'  # quoted, with a comment
              sources:
                - article: not-an-id-line
            - id: Bad_Id
            - text: no id
              id: "third-claim"

            """
        let parsed = parse(text, as: .claims)
        XCTAssertFalse(parsed.diagnostics.isEmpty)
        XCTAssertEqual(parsed.unreadClaims.compactMap(\.id), ["first-claim", "second-claim", "third-claim"])
        XCTAssertEqual(parsed.unreadClaims.map(\.source.origin.line), [1, 4, 9])
        let fine = "- id: read-fine\n  actor: iran\n  said: 2022\n  text: T.\n  sources:\n    - article: a\n"
        XCTAssertTrue(parse(fine, as: .claims).unreadClaims.isEmpty, "a file that parses speaks for itself")
    }
}
