import XCTest

@testable import DossierKit

/// Which links of a template name the theme's own assets, and where.
final class AssetReferenceTests: XCTestCase {
    private func paths(_ text: String) -> [String] {
        AssetReference.scan(text).map(\.path)
    }

    func testTheDefaultThemesWaysOfLinkingAnAsset() {
        let references = AssetReference.scan(
            "<head>\n  <link rel=\"stylesheet\" href=\"{{root}}assets/site.css\">\n<script src='{{ root }}{{script_href}}' data-root=\"{{root}}\"></script>"
        )
        XCTAssertEqual(
            references,
            [
                AssetReference(path: "assets/site.css", value: nil, line: 2, column: 40),
                AssetReference(path: "assets/search.js", value: "script_href", line: 3, column: 24),
            ])
    }

    func testOtherWaysOfWritingTheSitesRoot() {
        XCTAssertEqual(
            paths("<img src=/assets/logo.svg><img src=\"./assets/a.png\"><img src=\"assets/b.png?v=2#x\">"),
            [
                "assets/logo.svg", "assets/a.png", "assets/b.png",
            ])
    }

    /// Another site's file, a page of this one, or a path the page makes are not the theme's.
    func testLinksThatAreNotThemeAssets() {
        let text = """
            <script src="https://cdn.example.com/assets/x.js"></script><link href="//cdn.example.com/assets/y.css">
            <a href="{{root}}{{href}}">{{name}}</a><a href="{{root}}feed.xml">feed</a><img src="{{root}}assets/{{name}}.png">
            <a href="../assets/z.css">z</a><p data-href="assets/nope.css">{{! <a href="assets/comment.css"> }}</p>
            <a href="{{root}}{{script_href}}{{more}}">x</a><p>src="assets/text.css"</p>
            """
        XCTAssertEqual(paths(text), [])
    }
}
