import XCTest

@testable import DossierKit

/// The index's shortcuts must agree with the lists they stand in for.
final class ReportIndexTests: XCTestCase {
    func testFamilyClaimCountsAgreeWithTheFamiliesClaims() throws {
        for content in [TestPaths.fixture("good"), TestPaths.packageRoot + "/Content"] {
            let report = try XCTUnwrap(ContentLoader.load(contentDirectory: content).report, content)
            let index = ReportIndex(report: report)
            XCTAssertFalse(index.familyMembers.isEmpty, "\(content) has a weapon family to count through")
            for weapon in report.weapons.keys.sorted() {
                XCTAssertEqual(index.claimCountForFamily(of: weapon), index.claimsForFamily(of: weapon).count, "\(content): \(weapon)")
            }
        }
    }
}
