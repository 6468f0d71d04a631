import XCTest

@testable import DossierKit

final class MarkdownRendererTests: XCTestCase {
    let safe = MarkdownRenderer(unsafeHTML: false)
    let unsafe = MarkdownRenderer(unsafeHTML: true)

    func testRendersBasics() {
        XCTAssertEqual(
            safe.html("# Title\n\nSome *emphasis* and **strong** text with `code`.\n\n- one\n- two\n"),
            """
            <h1>Title</h1>
            <p>Some <em>emphasis</em> and <strong>strong</strong> text with <code>code</code>.</p>
            <ul>
            <li>one</li>
            <li>two</li>
            </ul>

            """)
        XCTAssertEqual(
            safe.html("[a link](https://example.org/ \"T\")"), "<p><a href=\"https://example.org/\" title=\"T\">a link</a></p>\n")
        XCTAssertEqual(safe.html(""), "")
    }

    func testKeepsQuotesAndDashesAsWritten() {
        // No CMARK_OPT_SMART: a verbatim quote must still match the rendered text.
        XCTAssertEqual(safe.html("\"Yes\" -- it's 'so'..."), "<p>&quot;Yes&quot; -- it's 'so'...</p>\n")
    }

    func testNoSourcePositions() {
        XCTAssertFalse(safe.html("# A\n\ntext\n").contains("data-sourcepos"))
    }

    func testSafeModeOmitsRawHTMLAndDangerousLinks() {
        XCTAssertEqual(
            safe.html(
                "Hello <b onclick=\"x()\">there</b>\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) [f](file:///etc/passwd)\n"),
            """
            <p>Hello <!-- raw HTML omitted -->there<!-- raw HTML omitted --></p>
            <!-- raw HTML omitted -->
            <p><a href="">click</a> <a href="">f</a></p>

            """)
    }

    func testUnsafeModeKeepsRawHTML() {
        XCTAssertEqual(
            unsafe.html("Hello <b>there</b>\n\n<div class=\"x\">block</div>\n"),
            """
            <p>Hello <b>there</b></p>
            <div class="x">block</div>

            """)
    }

    func testEntitiesAndInvalidCharacters() {
        XCTAssertEqual(safe.html("AT&T &amp; <3 \u{0}"), "<p>AT&amp;T &amp; &lt;3 \u{FFFD}</p>\n")
    }

    func testInlineHTMLDropsTheParagraph() {
        XCTAssertEqual(safe.inlineHTML("A report on *who said what*."), "A report on <em>who said what</em>.")
        XCTAssertEqual(safe.inlineHTML("Raw <i>html</i>"), "Raw <!-- raw HTML omitted -->html<!-- raw HTML omitted -->")
        XCTAssertEqual(unsafe.inlineHTML("Raw <i>html</i>"), "Raw <i>html</i>")
        XCTAssertEqual(safe.inlineHTML(""), "")
    }

    func testInlineHTMLFlattensBlocks() {
        XCTAssertEqual(
            safe.inlineHTML("# Heading\n\nFirst paragraph.\n\n- item *one*\n\n```\ncode <x>\n```\n\n---\n"),
            "Heading\nFirst paragraph.\nitem <em>one</em>\n<code>code &lt;x&gt;</code>")
    }

    func testPlainBlocks() {
        let markdown = """
            # The *drone* deal

            Tehran has *so far* refused
            to supply **ballistic** missiles,\\
            said `Budanov` in [an interview](https://example.org).

            - first item
            - second *item*

            > A quoted
            > paragraph.

            ```
            code block is not prose
            ```

            ![a photo](x.jpg)

            Line with ![alt text](y.png) image.
            """
        XCTAssertEqual(
            safe.plainBlocks(markdown),
            [
                "The drone deal",
                "Tehran has so far refused to supply ballistic missiles, said Budanov in an interview.",
                "first item",
                "second item",
                "A quoted paragraph.",
                "Line with  image.",
            ])
    }

    func testRendererIsUsableFromManyThreads() {
        let renderer = safe
        let results = UnsafeMutableBufferPointer<String>.allocate(capacity: 64)
        results.initialize(repeating: "")
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results[index] = renderer.html("Item *\(index)*")
        }
        for index in 0..<64 { XCTAssertEqual(results[index], "<p>Item <em>\(index)</em></p>\n") }
    }
}
