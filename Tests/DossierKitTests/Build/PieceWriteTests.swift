import XCTest

@testable import DossierKit

/// claims.json is written in pieces as it is made: the pieces must add up to the same text, and
/// the stage must still tell an unchanged file from a changed one.
final class PieceWriteTests: XCTestCase {
    private let value: [String: Any] = [
        "title": "T", "claims": (0..<50).map { ["id": "claim-\($0)", "text": "Said <\($0)>", "n": $0] as [String: Any] },
    ]

    func testPiecesAddUpToTheWholeText() throws {
        let whole = JSONText.bytes(value, pretty: true, suffix: "\n")
        for size in [1, 7, 64, 1 << 20] {
            var pieces: [[UInt8]] = []
            try JSONText.write(value, pretty: true, suffix: "\n", pieceSize: size) { pieces.append($0) }
            XCTAssertEqual(pieces.flatMap { $0 }, whole, "pieces of \(size)")
            XCTAssertEqual(pieces.count > 1, size < whole.count, "pieces of \(size)")
        }
    }

    /// Every kind of value a view model or claims.json holds, each written as its kind.
    func testEachKindOfValueIsWrittenAsItself() {
        let value: [String: Any] = [
            "text": "a \"quoted\" <b>", "yes": true, "no": false, "count": 3, "ratio": 0.5, "list": ["x", 1, false],
            "empty": [String: Any](), "none": [Any](), "encoded": JSONText.Encoded(text: "{\"kept\":1}"),
            "later": JSONText.Deferred { ["made": "late"] }, "other": Absent.value,
        ]
        XCTAssertEqual(
            JSONText.encode(value, forScript: true),
            #"{"count":3,"empty":{},"encoded":{"kept":1},"later":{"made":"late"},"list":["x",1,false],"no":false,"#
                + #""none":[],"other":null,"ratio":0.5,"text":"a \"quoted\" \u003cb\u003e","yes":true}"#)
    }

    /// Lists of one kind are walked as they are, optionals are seen through, and strings are
    /// copied whole unless a byte needs an escape.
    func testTypedListsOptionalsAndStringsAreWrittenAsJSON() {
        let maybe: String? = "m"
        let value: [String: Any] = [
            "strings": ["p", "q"], "objects": [["k": 1], ["k": 2]] as [[String: Any]], "maybe": maybe as Any,
            "plain": "Shahed-136 é", "dash": "Iran — Russia", "controls": "a\tb\nc\u{1}", "separator": "x\u{2028}y",
            "script": "</script>&",
        ]
        XCTAssertEqual(
            JSONText.encode(value, forScript: true),
            #"{"controls":"a\tb\nc\u0001","dash":"Iran — Russia","maybe":"m","objects":[{"k":1},{"k":2}],"plain":"Shahed-136 é","#
                + #""script":"\u003c/script\u003e\u0026","separator":"x\u2028y","strings":["p","q"]}"#)
        XCTAssertEqual(
            JSONText.encode(["a": ["b": ["c"]], "e": [String: Any]()] as [String: Any], pretty: true),
            "{\n  \"a\": {\n    \"b\": [\n      \"c\"\n    ]\n  },\n  \"e\": {}\n}")
    }

    func testAnErrorFromThePieceHandlerIsThrown() {
        struct Full: Error {}
        XCTAssertThrowsError(try JSONText.write(value, pieceSize: 16) { _ in throw Full() }) { XCTAssertTrue($0 is Full) }
    }

    func testThePieceHashDoesNotDependOnWhereThePiecesBreak() {
        let bytes = Array("claims.json, in pieces of any size, hashes alike".utf8)
        func hash(_ sizes: [Int]) -> Int {
            var hash = PieceHash(), offset = 0
            for size in sizes {
                hash.add(Array(bytes[offset..<min(offset + size, bytes.count)]))
                offset = min(offset + size, bytes.count)
            }
            hash.add(Array(bytes[offset...]))
            return hash.finish()
        }
        XCTAssertEqual(hash([]), hash([1, 2, 3, 5, 8, 13]))
        XCTAssertEqual(hash([]), hash([7, 9, 16]))
        var other = PieceHash()
        other.add(Array("claims.json, in pieces of any size, hashes alikE".utf8))
        XCTAssertNotEqual(hash([]), other.finish())
    }

    /// Written in pieces into a published site: the same bytes are left alone, with or without
    /// the hashes of a previous build; other bytes are published.
    func testAnUnchangedFileIsNotRewritten() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url("Public")
        let path = try XCTUnwrap(OutputPath("claims.json"))
        func stage(_ text: String, knownHashes: [OutputPath: Int]? = nil) throws -> (OutputStage.Summary, [OutputPath: Int]) {
            let stage = try OutputStage(outputDirectory: output, knownHashes: knownHashes)
            try stage.write(path) { emit in
                for piece in text.split(separator: " ", omittingEmptySubsequences: false).map({ Array(($0 + " ").utf8) }) { try emit(piece) }
            }
            return (try stage.publish(), stage.hashes)
        }
        let (first, hashes) = try stage("the first text")
        XCTAssertEqual(first.written, ["claims.json"])
        XCTAssertEqual(FileTree.text(output + "/claims.json"), "the first text ")
        XCTAssertEqual(try stage("the first text").0.written, [], "compared with the file on disk")
        XCTAssertEqual(try stage("the first text", knownHashes: hashes).0.written, [], "compared by hash")
        XCTAssertEqual(try stage("the first text and more").0.written, ["claims.json"], "longer")
        XCTAssertEqual(try stage("the first").0.written, ["claims.json"], "shorter")
        XCTAssertEqual(FileTree.text(output + "/claims.json"), "the first ")
    }
}
