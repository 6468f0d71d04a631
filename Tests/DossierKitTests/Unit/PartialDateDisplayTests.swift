import XCTest

@testable import DossierKit

/// The reader's and the machine's forms of a date: CONTENT.md's "shown as" column exactly.
final class PartialDateDisplayTests: XCTestCase {
    private func display(_ text: String, allowsTime: Bool = false) throws -> String {
        try PartialDate.parse(text, allowsTime: allowsTime).display
    }

    func testTheContractTable() throws {
        XCTAssertEqual(try display("2022"), "2022")
        XCTAssertEqual(try display("2022-12"), "Dec 2022")
        XCTAssertEqual(try display("2022-12-23"), "23 Dec 2022")
        XCTAssertEqual(try display("2022-12-24T18:01", allowsTime: true), "24 Dec 2022, 18:01")
        XCTAssertEqual(try display("2022-12~"), "c. Dec 2022")
        XCTAssertEqual(try display("2022-12?"), "Dec 2022 (uncertain)")
        XCTAssertEqual(try display("2022-06/2022-08"), "Jun–Aug 2022")
        XCTAssertEqual(try display("2022-10/.."), "from Oct 2022")
    }

    func testOtherPoints() throws {
        XCTAssertEqual(try display("2022-01-05"), "5 Jan 2022", "no leading zero on the day")
        XCTAssertEqual(try display("2022-12-24T08:05", allowsTime: true), "24 Dec 2022, 08:05")
        XCTAssertEqual(try display("2022~"), "c. 2022")
        XCTAssertEqual(try display("2022-12-23?"), "23 Dec 2022 (uncertain)")
        XCTAssertEqual(try display("2022-12%"), "c. Dec 2022 (uncertain)")
    }

    /// Years before 1000 keep four digits, as written: "Mar 99" would read as 1999.
    func testEarlyYearsKeepFourDigits() throws {
        XCTAssertEqual(try display("0099-03"), "Mar 0099")
        XCTAssertEqual(try display("0800"), "0800")
        XCTAssertEqual(try display("0099-03-05/0099-03-07"), "5–7 Mar 0099")
        XCTAssertEqual(try PartialDate.parse("0099-03", allowsTime: false).machineReadable, "0099-03")
        XCTAssertEqual(SiteURL.year(99), "timeline/0099/index.html")
    }

    func testOtherIntervals() throws {
        XCTAssertEqual(try display("../2022-02"), "until Feb 2022")
        XCTAssertEqual(try display("2021/2022"), "2021–2022")
        XCTAssertEqual(try display("2022-11/2023-02"), "Nov 2022 – Feb 2023")
        XCTAssertEqual(try display("2022-12-01/2022-12-05"), "1–5 Dec 2022")
        XCTAssertEqual(try display("2022-11-28/2022-12-02"), "28 Nov – 2 Dec 2022")
        XCTAssertEqual(try display("2022-12-30/2023-01-02"), "30 Dec 2022 – 2 Jan 2023")
        XCTAssertEqual(try display("2022/2023-02"), "2022 – Feb 2023")
        XCTAssertEqual(try display("2022-06~/2022-08"), "c. Jun 2022 – Aug 2022", "a qualified end is shown in full")
    }

    func testMachineForms() throws {
        let published = try PartialDate.parse("2022-12-24T18:01", allowsTime: true)
        XCTAssertEqual(published.machineReadable, "2022-12-24T18:01")
        XCTAssertEqual(published.isoDay, "2022-12-24")
        XCTAssertEqual(published.rfc3339, "2022-12-24T18:01:00Z")

        let month = try PartialDate.parse("2022-12~")
        XCTAssertEqual(month.machineReadable, "2022-12", "qualifiers are not part of a <time datetime>")
        XCTAssertEqual(month.isoDay, "2022-12-01")
        XCTAssertEqual(month.rfc3339, "2022-12-01T00:00:00Z")

        XCTAssertEqual(try PartialDate.parse("0987").machineReadable, "0987")
        XCTAssertEqual(try PartialDate.parse("2022-10/..").isoDay, "2022-10-01")
        XCTAssertEqual(try PartialDate.parse("../2022-02").isoDay, "2022-02-01", "an interval open at the start is placed by its end")
    }

    func testDescriptionIsTheTextAsWritten() throws {
        XCTAssertEqual(try PartialDate.parse("2022-06/2022-08").description, "2022-06/2022-08")
        XCTAssertEqual(try PartialDate.parse("2022-12?").description, "2022-12?")
    }
}
