import XCTest

@testable import DossierKit

/// Rebuilds decide what changed by comparing entries field by field (`sameContent`). A field
/// added to a model must be added there too, or its edits would not reach the pages.
final class ContentComparisonTests: XCTestCase {
    private let origin = SourceMap(origin: SourceLocation(path: "a.yml"))

    private func claim(_ text: String = "Said", source: SourceMap? = nil) throws -> Claim {
        Claim(
            id: "c", actor: "a", said: try PartialDate.parse("2022"), text: text, topic: nil, stance: nil, subjects: [], weapons: [],
            refersTo: nil, refersToText: nil, venue: nil, respondsTo: [], sources: [.init(article: "x", quote: nil)],
            source: source ?? origin)
    }

    func testEveryClaimFieldIsCompared() throws {
        // 13 compared fields plus `source`; a new field fails here until sameContent covers it.
        XCTAssertEqual(Mirror(reflecting: try claim().allFields).children.count, 14)
        XCTAssertTrue(try claim().sameContent(as: claim(source: SourceMap(origin: SourceLocation(path: "b.yml", line: 9)))))
        XCTAssertFalse(try claim().sameContent(as: claim("Said otherwise")))
    }

    func testEveryArticleFieldIsCompared() throws {
        let article = Article(
            id: "x", title: "T", published: try PartialDate.parse("2022"), outlet: nil, url: nil, language: nil, author: nil, body: "Text",
            bodyLine: 5, source: origin)
        // 8 compared fields plus `bodyLine` and `source`.
        XCTAssertEqual(Mirror(reflecting: article).children.count, 10)
        var moved = article
        moved.bodyLine = 7
        XCTAssertTrue(article.sameContent(as: moved))
        var edited = article
        edited.body = "Other text"
        XCTAssertFalse(article.sameContent(as: edited))
    }
}
