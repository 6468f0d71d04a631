import XCTest

@testable import DossierKit

/// A claims file re-read after an edit parses only the items that changed; what it returns must
/// be what parsing the whole file returns, positions included.
final class ClaimChunksTests: XCTestCase {
    private func claim(_ id: String, text: String = "Said.", extra: String = "") -> String {
        "- id: \(id)\n  actor: iran\n  said: 2022-10\n  text: \(text)\n\(extra)  sources:\n    - article: a\n      quote: q\n"
    }

    private func parse(_ text: String, previous: ParsedFile? = nil) -> ParsedFile {
        EntryParser.parse(SourceFile(path: "claims/a.yml", text: text), kind: .claims, previous: previous)
    }

    private func claims(_ file: ParsedFile) -> [Claim] {
        guard case .claims(let claims) = file.content else { return [] }
        return claims
    }

    /// The claim's storage: the same for a claim taken over from the last read.
    private func storage(_ claim: Claim) -> UnsafeRawPointer {
        unsafeBitCast(claim, to: UnsafeRawPointer.self)
    }

    func testAPlainListIsCutIntoOneItemPerClaim() throws {
        let text = "# Budanov's claims\n\n" + claim("a") + "\n# the next one\n" + claim("b") + claim("c")
        let chunks = try XCTUnwrap(ClaimChunks(text)).chunks
        XCTAssertEqual(chunks.map(\.line), [3, 12, 19])
        let utf8 = Array(text.utf8)
        XCTAssertEqual(String(decoding: utf8[chunks[0].bytes], as: UTF8.self), claim("a") + "\n# the next one\n")
        XCTAssertEqual(chunks[2].bytes.upperBound, utf8.count)
        XCTAssertNotNil(ClaimChunks(claim("a", text: "Russia & Iran, R&D")), "an & in text is no anchor")
        XCTAssertEqual(ClaimChunks("")?.chunks.count, 0)
    }

    func testAFileThatIsNotAPlainListIsNotCut() {
        for (text, reason) in [
            ("---\n" + claim("a"), "a document marker"),
            ("  # indented\n" + claim("a"), "something indented before the first item"),
            ("id: a\nactor: iran\n", "a mapping"),
            ("[{id: a}]\n", "a flow list"),
            (claim("a", extra: "  venue: &place Tehran\n") + claim("b", extra: "  venue: *place\n"), "an anchor"),
            ("-id: a\n", "a dash without a space"),
        ] {
            XCTAssertNil(ClaimChunks(text), reason)
        }
    }

    func testAnEditedItemIsParsedAloneAndTheOthersAreTakenOver() throws {
        let before = claim("a") + claim("b") + claim("c")
        let first = parse(before)
        XCTAssertNotNil(first.claimChunks)
        var after = before.replacingOccurrences(
            of: "id: b\n  actor: iran\n  said: 2022-10\n  text: Said.",
            with: "id: b\n  actor: iran\n  said: 2022-10\n  text: Said again, at more length.")
        var reread = parse(after, previous: first)
        XCTAssertEqual(claims(reread), claims(parse(after)), "what a whole parse reads, positions included")
        XCTAssertEqual(claims(reread).map(\.text), ["Said.", "Said again, at more length.", "Said."])
        XCTAssertEqual(storage(claims(reread)[0]), storage(claims(first)[0]), "an unchanged item's claim is taken over")
        XCTAssertEqual(storage(claims(reread)[2]), storage(claims(first)[2]), "bytes moved, lines did not")
        XCTAssertNotEqual(storage(claims(reread)[1]), storage(claims(first)[1]))

        // A line added to the first item moves the others: they are parsed again, at their new lines.
        after = claim("a", extra: "  venue: Tehran\n") + claim("b") + claim("c")
        reread = parse(after, previous: reread)
        XCTAssertEqual(claims(reread), claims(parse(after)))
        XCTAssertEqual(claims(reread)[2].source.origin.line, 16)
        XCTAssertNotNil(reread.claimChunks, "and the next read can be cut again")

        // A claim added and one removed.
        after = claim("a", extra: "  venue: Tehran\n") + claim("c") + claim("d")
        XCTAssertEqual(claims(parse(after, previous: reread)).map(\.id), ["a", "c", "d"])
        XCTAssertEqual(claims(parse(after, previous: reread)), claims(parse(after)))
    }

    /// Any problem in an edited item, or a file that cannot be cut, is read whole: its
    /// diagnostics are exactly a whole parse's.
    func testAProblemIsReportedAsAWholeParseReportsIt() throws {
        let first = parse(claim("a") + claim("b"))
        for after in [
            claim("a") + claim("b", extra: "  venu: Tehran\n"),
            claim("a") + claim("b", text: "a: b"),
            claim("a") + "- id: b\n actor: iran\n",
        ] {
            let reread = parse(after, previous: first)
            let whole = parse(after)
            XCTAssertFalse(whole.diagnostics.isEmpty, after)
            XCTAssertEqual(reread.diagnostics.map(\.headline), whole.diagnostics.map(\.headline), after)
            XCTAssertNil(reread.claimChunks, "a file with a problem is parsed whole next time too")
        }
        let marked = "---\n" + claim("a") + claim("b")
        XCTAssertEqual(claims(parse(marked, previous: first)), claims(parse(marked)), "a file that cannot be cut is read whole")
    }
}
