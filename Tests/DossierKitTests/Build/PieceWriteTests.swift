import XCTest

@testable import DossierKit

/// claims.json is written in pieces as it is made: the pieces must add up to the same text, and
/// the stage must still tell an unchanged file from a changed one.
final class PieceWriteTests: XCTestCase {
    private let value: JSONValue = [
        "title": "T", "claims": .array((0..<50).map { ["id": .string("claim-\($0)"), "text": .string("Said <\($0)>"), "n": .number($0)] }),
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

    /// Every kind of value, each written as its kind, the keys sorted whatever order they came in.
    func testEachKindOfValueIsWrittenAsItself() {
        var object: JSONObject = [
            "yes": true, "text": "a \"quoted\" <b>", "no": false, "count": 3, "list": ["x", 1, false],
            "empty": [:], "none": [], "encoded": .encoded("{\"kept\":1}"), "later": .deferred { ["made": "late"] }, "other": .null,
        ]
        object["added"] = "in its place"
        object["gone"] = "soon"
        object["gone"] = nil
        object["count"] = 4
        XCTAssertEqual(object["count"].map { JSONText.encode($0) }, "4")
        XCTAssertNil(object["gone"])
        XCTAssertEqual(
            JSONText.encode(.object(object), forScript: true),
            #"{"added":"in its place","count":4,"empty":{},"encoded":{"kept":1},"later":{"made":"late"},"list":["x",1,false],"#
                + #""no":false,"none":[],"other":null,"text":"a \"quoted\" \u003cb\u003e","yes":true}"#)
    }

    /// Strings are copied whole unless a byte needs an escape, and pretty text is indented.
    func testStringsAreEscapedAndPrettyTextIndented() {
        let value: JSONValue = [
            "strings": .strings(["p", "q"]), "objects": [["k": 1], ["k": 2]], "plain": "Shahed-136 é", "dash": "Iran — Russia",
            "controls": "a\tb\nc\u{1}", "separator": "x\u{2028}y", "script": "</script>&",
        ]
        XCTAssertEqual(
            JSONText.encode(value, forScript: true),
            #"{"controls":"a\tb\nc\u0001","dash":"Iran — Russia","objects":[{"k":1},{"k":2}],"plain":"Shahed-136 é","#
                + #""script":"\u003c/script\u003e\u0026","separator":"x\u2028y","strings":["p","q"]}"#)
        XCTAssertEqual(
            JSONText.encode(["a": ["b": ["c"]], "e": [:]], pretty: true),
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
                for piece in text.split(separator: " ", omittingEmptySubsequences: false).map({ Array(($0 + " ").utf8) }) {
                    try emit(piece)
                }
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
