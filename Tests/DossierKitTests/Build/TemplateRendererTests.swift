import XCTest

@testable import DossierKit

/// `TemplateRenderer` must write what swift-mustache writes, byte for byte: for a theme that
/// uses every Mustache feature the converter takes, and for whole sites with the default theme.
final class TemplateRendererTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
    }

    override func tearDown() {
        folder = nil
    }

    /// A theme that exercises inheritance, blocks, partial indentation, lists and transforms.
    private func featureTheme() throws -> TemplateSet {
        try folder.write(
            "Theme/layout.mustache",
            """
            <html>
              {{$head}}<title>default</title>{{/head}}
              <body>
                {{$main}}nothing{{/main}}
              </body>
            </html>

            """)
        try folder.write(
            "Theme/index.mustache",
            """
            {{<layout}}
            {{$head}}<title>{{title}} & co</title>{{/head}}
            {{$main}}
            <h1>{{title}}</h1>{{! a comment }}
            {{#items}}
              <li class="{{#first()}}first{{/first()}}{{#last()}} last{{/last()}}" data-i="{{index()}}">{{name}} {{{name_html}}}</li>
            {{/items}}
            {{^items}}no items{{/items}}
            {{^empty(tags)}}<p>{{#tags}}{{.}}{{^last()}}, {{/last()}}{{/tags}}</p>{{/empty(tags)}}
            {{#empty(none)}}<p>empty list</p>{{/empty(none)}}
            {{^none}}inverted empty list{{/none}}
            <p>{{count}} {{flag}} {{count(tags)}} {{uppercased(title)}} {{absent}}[{{#absent}}never{{/absent}}{{^absent}}absent{{/absent}}]</p>
            {{#site}}{{name}} {{title}}{{/site}} {{site.name}} {{missing.name}}
            {{#nested}}{{#inner}}{{value}} {{outer}}{{/inner}}{{/nested}}
              {{> note}}
            {{/main}}
            {{/layout}}

            """)
        for name in TemplateSet.pageTemplates where name != "index" { try folder.write("Theme/\(name).mustache", "{{title}}\n") }
        try folder.write("Theme/note.mustache", "<aside>\n  line one\n  {{title}}\n</aside>\n")
        let (set, diagnostics) = TemplateSet.load(directory: folder.url("Theme"))
        XCTAssertEqual(diagnostics.map(\.message), [])
        return try XCTUnwrap(set)
    }

    private let model: [String: Any] = [
        "title": "Tom <&> \"Jerry's\"",
        "items": [["name": "a<b", "name_html": "<b>a</b>"], ["name": "c", "name_html": "<i>c</i>"], ["name": "d", "name_html": ""]],
        "tags": ["x", "y&z"],
        "none": [] as [Any],
        "count": 42,
        "flag": true,
        "absent": Absent.value,
        "site": ["name": "Site"],
        "missing": Absent.value,
        "nested": ["inner": ["value": "v"]],
        "outer": "o",
    ]

    func testRendersWhatSwiftMustacheRenders() throws {
        let theme = try featureTheme()
        XCTAssertNotNil(theme.compiled, "every template of the theme converts")
        let compiled = try theme.render("index", model)
        let (library, missing, _) = theme.withLibraryRendering().renderWithLibrary("index", model)
        XCTAssertEqual(missing, [:])
        XCTAssertEqual(String(decoding: compiled, as: UTF8.self), String(decoding: library, as: UTF8.self))
        let text = String(decoding: compiled, as: UTF8.self)
        XCTAssertTrue(text.contains("<title>Tom &lt;&amp;&gt; &quot;Jerry&#39;s&quot; & co</title>"), text)
        XCTAssertTrue(text.contains(#"<li class="first" data-i="0">a&lt;b <b>a</b></li>"#), text)
        XCTAssertTrue(text.contains("<p>x, y&amp;z</p>"), text)
        XCTAssertTrue(text.contains("      <aside>\n        line one\n"), "a standalone partial is indented: \(text)")
    }

    /// Sections tell their value by its exact type first and fall back to casts for any other
    /// (optionals, lists of other values): each kind must still render as the library does,
    /// opened and inverted, and a partial that includes itself must find itself.
    func testSectionsOfEveryKindOfValueRenderLikeTheLibrary() throws {
        for name in TemplateSet.pageTemplates where name != "index" { try folder.write("Theme/\(name).mustache", "{{title}}\n") }
        let probe = "[{{#v}}open:{{.}}|{{name}}{{/v}}][{{^v}}inverted{{/v}}]"
        let kinds = [
            "string", "empty_string", "record", "records", "no_records", "dictionary", "dictionaries", "strings", "numbers",
            "mixed", "flag_on", "flag_off", "number", "absent", "some_string", "no_string", "some_record", "missing_key",
        ]
        try folder.write(
            "Theme/index.mustache",
            // `{{.}}` in a flag's section would print the page's whole model, which the library wraps.
            kinds.map {
                "\($0): "
                    + ($0 == "flag_on" ? probe.replacingOccurrences(of: "{{.}}", with: "") : probe)
                    .replacingOccurrences(of: "{{#v}}", with: "{{#\($0)}}")
                    .replacingOccurrences(of: "{{^v}}", with: "{{^\($0)}}").replacingOccurrences(of: "{{/v}}", with: "{{/\($0)}}")
            }
            .joined(separator: "\n") + "\n{{#record}}{{actor.name}} {{title}}{{/record}} {{record.actor.name}}\n{{> tree}}\n")
        try folder.write("Theme/tree.mustache", "{{#children}}({{name}}{{> tree}}){{/children}}")
        let theme = try Fixture.compiledTheme(folder.url("Theme"))
        let actor = TemplateRecord(["name": "Ann & Bo"])
        let record = TemplateRecord(["name": "rec", "actor": actor])
        let someString: String? = "maybe"
        let noString: String? = nil
        let someRecord: TemplateRecord? = record
        let model: [String: Any] = [
            "title": "T", "name": "outer", "string": "s<", "empty_string": "", "record": record, "records": [record, record],
            "no_records": [] as [TemplateRecord], "dictionary": ["name": "dict"], "dictionaries": [["name": "d1"], ["name": "d2"]],
            "strings": ["a", "b"], "numbers": [1, 2], "mixed": ["x", 3, record] as [Any], "flag_on": true, "flag_off": false, "number": 7,
            "absent": Absent.value, "some_string": someString as Any, "no_string": noString as Any, "some_record": someRecord as Any,
            "missing_key": Absent.value,
            "children": [["name": "a", "children": [["name": "b", "children": [] as [Any]]]]],
        ]
        let compiled = String(decoding: try theme.render("index", model), as: UTF8.self)
        let library = String(decoding: theme.withLibraryRendering().renderWithLibrary("index", model).0, as: UTF8.self)
        XCTAssertEqual(compiled, library)
        let lines = Dictionary(
            compiled.split(separator: "\n").map { line in (String(line.prefix { $0 != ":" }), String(line)) }
        ) { first, _ in first }
        XCTAssertEqual(lines["string"], "string: [open:s&lt;|outer][]")
        XCTAssertEqual(lines["flag_on"], "flag_on: [open:|outer][]")
        XCTAssertEqual(lines["flag_off"], "flag_off: [][inverted]")
        XCTAssertEqual(lines["no_records"], "no_records: [][inverted]")
        XCTAssertEqual(lines["some_string"], "some_string: [open:maybe|outer][]")
        XCTAssertEqual(lines["strings"], "strings: [open:a|outeropen:b|outer][]")
        for kind in ["record", "some_record"] { XCTAssertEqual(lines[kind]?.hasSuffix("|rec][]"), true, kind) }
        XCTAssertEqual(lines["dictionary"]?.hasSuffix("|dict][]"), true, "a dictionary opens once and is not inverted")
        XCTAssertEqual(lines["records"]?.components(separatedBy: "|rec").count, 3)
        XCTAssertTrue(compiled.hasSuffix("\nAnn &amp; Bo T Ann &amp; Bo\n(a(b))"), compiled)
    }

    func testReportsAKeyThePageLacksLikeTheLibrary() throws {
        let theme = try featureTheme()
        var model = self.model
        model["count"] = nil
        XCTAssertThrowsError(try theme.render("index", model)) { error in
            let diagnostic = (error as? TemplateSet.RenderError)?.diagnostic
            XCTAssertEqual(diagnostic?.message, "the index page has no value 'count'")
            XCTAssertEqual(diagnostic?.location.line, 12)
        }
        XCTAssertEqual(theme.renderWithLibrary("index", model).1.keys.sorted(), ["count"])
    }

    /// A tag the converter does not take (the content-type pragma) sends the whole theme to
    /// swift-mustache, which still renders it.
    func testATagTheConverterDoesNotTakeFallsBackToTheLibrary() throws {
        for name in TemplateSet.pageTemplates where name != "index" { try folder.write("Theme/\(name).mustache", "{{title}}\n") }
        try folder.write("Theme/index.mustache", "<p>{{title}}</p>\n{{> plain}}")
        try folder.write("Theme/plain.mustache", "{{%CONTENT_TYPE: HTML}}\n{{title}}\n")
        let (set, diagnostics) = TemplateSet.load(directory: folder.url("Theme"))
        XCTAssertEqual(diagnostics.map(\.message), [])
        let theme = try XCTUnwrap(set)
        XCTAssertNil(theme.compiled)
        XCTAssertEqual(theme.libraryReason, "plain.mustache: it uses the content-type pragma {{%CONTENT_TYPE}}")
        let page = try theme.render("index", ["title": "A & B"])
        XCTAssertEqual(String(decoding: page, as: UTF8.self), "<p>A &amp; B</p>\nA &amp; B\n")
    }

    func testTheDefaultThemeConverts() throws {
        let (set, diagnostics) = TemplateSet.load(directory: TestPaths.templates)
        XCTAssertEqual(diagnostics.map(\.message), [])
        let templates = FileTree.files(TestPaths.templates).filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(9)) }
        XCTAssertEqual(templates.count, 20)
        XCTAssertEqual(set?.compiled?.keys.sorted(), templates.sorted(), "rendered by TemplateRenderer, not the slower library")
    }

    /// Every file of the good fixture and of the project's own report, built both ways.
    func testWholeSitesMatchTheLibrary() throws {
        for content in [TestPaths.fixture("good"), TestPaths.packageRoot + "/Content"] {
            var trees: [[String: Data]] = []
            for library in [false, true] {
                var options = BuildOptions(
                    contentDirectory: content, templatesDirectory: TestPaths.templates,
                    outputDirectory: folder.url(library ? "library" : "compiled"))
                options.libraryRendering = library
                let result = SiteBuilder(options: options).build()
                XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.message), [], content)
                trees.append(FileTree.contents(options.outputDirectory))
            }
            XCTAssertGreaterThan(trees[0].count, 30, content)
            XCTAssertEqual(trees[0].keys.sorted(), trees[1].keys.sorted(), content)
            for (path, bytes) in trees[0] where trees[1][path] != bytes {
                XCTFail("\(content): \(path) differs from swift-mustache's rendering")
            }
        }
    }
}
