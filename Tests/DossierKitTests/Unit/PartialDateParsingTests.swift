import XCTest

@testable import DossierKit

/// The EDTF subset of CONTENT.md's "Dates": every form it allows, and the errors (with the
/// offset in the text where each problem starts) for what it does not.
final class PartialDateParsingTests: XCTestCase {
    private func point(_ text: String, allowsTime: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws
        -> PartialDate.Point
    {
        let date = try PartialDate.parse(text, allowsTime: allowsTime)
        guard case .point(let point) = date.value else {
            XCTFail("'\(text)' parsed as \(date.value), not a point", file: file, line: line)
            throw TestFailure("not a point")
        }
        XCTAssertEqual(date.text, text, "the text is kept as written", file: file, line: line)
        return point
    }

    private func parseError(_ text: String, allowsTime: Bool = false) -> PartialDate.ParseError? {
        do {
            let date = try PartialDate.parse(text, allowsTime: allowsTime)
            XCTFail("'\(text)' should not parse, got \(date.value)")
            return nil
        } catch {
            return error
        }
    }

    // MARK: Points

    func testYearMonthAndDayPrecision() throws {
        XCTAssertEqual(try point("2022"), PartialDate.Point(year: 2022))
        XCTAssertEqual(try point("2022").precision, .year)
        XCTAssertEqual(try point("2022-12"), PartialDate.Point(year: 2022, month: 12))
        XCTAssertEqual(try point("2022-12").precision, .month)
        XCTAssertEqual(try point("2022-12-23"), PartialDate.Point(year: 2022, month: 12, day: 23))
        XCTAssertEqual(try point("2022-12-23").precision, .day)
    }

    func testMinuteWhereATimeIsAllowed() throws {
        let published = try point("2022-12-24T18:01", allowsTime: true)
        XCTAssertEqual(published, PartialDate.Point(year: 2022, month: 12, day: 24, hour: 18, minute: 1))
        XCTAssertEqual(published.precision, .minute)
        XCTAssertEqual(try point("2022-01-01T00:00", allowsTime: true).hour, 0)
        XCTAssertEqual(try point("2022-01-01T23:59", allowsTime: true).minute, 59)
    }

    func testApproximateAndUncertain() throws {
        let approximate = try point("2022-12~")
        XCTAssertTrue(approximate.approximate)
        XCTAssertFalse(approximate.uncertain)
        XCTAssertEqual(approximate.precision, .month)

        let uncertain = try point("2022-12?")
        XCTAssertTrue(uncertain.uncertain)
        XCTAssertFalse(uncertain.approximate)

        // EDTF level 1: `%` is both.
        let both = try point("2022%")
        XCTAssertTrue(both.approximate && both.uncertain)
        XCTAssertEqual(both.precision, .year)

        XCTAssertTrue(try point("2022-12-23~").approximate)
    }

    func testLeapYears() throws {
        XCTAssertEqual(try point("2024-02-29").day, 29)
        XCTAssertEqual(try point("2000-02-29").day, 29, "divisible by 400: a leap year")
        XCTAssertEqual(parseError("2022-02-29")?.message, "day 29 does not exist in Feb 2022")
        XCTAssertEqual(parseError("1900-02-29")?.message, "day 29 does not exist in Feb 1900", "divisible by 100 but not 400")
        XCTAssertEqual(parseError("2024-02-30")?.message, "day 30 does not exist in Feb 2024")
    }

    func testDaysOfEachMonth() throws {
        for (month, days) in [(1, 31), (3, 31), (4, 30), (6, 30), (9, 30), (11, 30), (12, 31)] {
            let text = "2022-\(month < 10 ? "0" : "")\(month)"
            XCTAssertEqual(try point("\(text)-\(days)").day, days)
            XCTAssertNotNil(parseError("\(text)-\(days + 1)"), "\(text)-\(days + 1)")
        }
    }

    // MARK: Intervals

    func testClosedInterval() throws {
        let date = try PartialDate.parse("2022-06/2022-08")
        XCTAssertEqual(date.value, .interval(start: .init(year: 2022, month: 6), end: .init(year: 2022, month: 8)))
        XCTAssertTrue(date.isInterval)
        XCTAssertEqual(date.text, "2022-06/2022-08")
    }

    func testIntervalsWithAnOpenEnd() throws {
        XCTAssertEqual(try PartialDate.parse("2022-10/..").value, .interval(start: .init(year: 2022, month: 10), end: nil))
        XCTAssertEqual(try PartialDate.parse("../2022-02").value, .interval(start: nil, end: .init(year: 2022, month: 2)))
        XCTAssertEqual(parseError("../..")?.message, "an interval needs at least one end")
    }

    func testIntervalEndsMayDifferInPrecision() throws {
        XCTAssertEqual(try PartialDate.parse("2022/2023-02").value, .interval(start: .init(year: 2022), end: .init(year: 2023, month: 2)))
        // A year-long start and a month inside that year overlap: not "before it starts".
        XCTAssertNoThrow(try PartialDate.parse("2022/2022-06"))
        XCTAssertNoThrow(try PartialDate.parse("2022-06/2022-06"))
        XCTAssertNoThrow(try PartialDate.parse("2022-06~/2022-08?"))
    }

    func testIntervalThatEndsBeforeItStarts() {
        let error = parseError("2022-08/2022-06")
        XCTAssertEqual(error?.message, "interval '2022-08/2022-06' ends before it starts")
        XCTAssertEqual(error?.offset, 8, "points at the end")
        XCTAssertEqual(parseError("2023-01-02/2023-01-01")?.message, "interval '2023-01-02/2023-01-01' ends before it starts")
    }

    func testIntervalWithTwoSlashes() {
        let error = parseError("2022-01/2022-02/2022-03")
        XCTAssertEqual(error?.message, "an interval has exactly one '/'")
        XCTAssertEqual(error?.offset, 8)
    }

    // MARK: Errors and their offsets

    func testEmptyText() {
        XCTAssertEqual(parseError("")?.message, "empty date")
        XCTAssertEqual(parseError("")?.offset, 0)
        XCTAssertEqual(parseError("")?.hint, PartialDate.formatHint)
    }

    func testInvalidMonthsPointAtTheMonth() {
        XCTAssertEqual(parseError("2022-13"), PartialDate.ParseError(message: "month 13 does not exist", offset: 5, hint: nil))
        XCTAssertEqual(parseError("2022-00-10"), PartialDate.ParseError(message: "month 0 does not exist", offset: 5, hint: nil))
    }

    func testInvalidDaysPointAtTheDay() {
        XCTAssertEqual(parseError("2022-04-31"), PartialDate.ParseError(message: "day 31 does not exist in Apr 2022", offset: 8, hint: nil))
        XCTAssertEqual(parseError("2022-12-00")?.offset, 8)
    }

    func testFieldsOfTheWrongWidthPointAtTheField() {
        XCTAssertEqual(parseError("22")?.message, "'22' is not a date: the year must be 4 digits")
        XCTAssertEqual(parseError("22")?.offset, 0)
        XCTAssertEqual(parseError("2022-1")?.message, "'2022-1' is not a date: the month must be 2 digits")
        XCTAssertEqual(parseError("2022-1")?.offset, 5)
        XCTAssertEqual(parseError("2022-12-3")?.message, "'2022-12-3' is not a date: the day must be 2 digits")
        XCTAssertEqual(parseError("2022-12-3")?.offset, 8)
        XCTAssertEqual(parseError("Dec 2022")?.offset, 0)
        XCTAssertEqual(parseError("２０２２")?.message, "'２０２２' is not a date: the year must be 4 digits", "ASCII digits only")
        XCTAssertEqual(parseError("2022-12-23 ")?.offset, 8, "the parser itself trims nothing")
    }

    func testTooManyFields() {
        XCTAssertEqual(
            parseError("2022-12-23-01"),
            PartialDate.ParseError(message: "'2022-12-23-01' is not a date", offset: 0, hint: PartialDate.formatHint))
    }

    func testErrorsInAnIntervalsEndCountFromTheWholeText() {
        // "2022-06/" is 8 characters; the bad month of the end starts 5 later.
        XCTAssertEqual(parseError("2022-06/2022-13")?.offset, 13)
        XCTAssertEqual(parseError("2022-06/22")?.offset, 8)
        XCTAssertEqual(parseError("20x2/2023")?.offset, 0)
    }

    func testTimeOnlyInArticlesPublished() {
        let error = parseError("2022-12-24T18:01")
        XCTAssertEqual(error?.message, "a time of day is allowed only in an article's 'published' date")
        XCTAssertEqual(error?.offset, 10, "points at the T")
        XCTAssertEqual(error?.hint, "drop the time: '2022-12-24'")
        // Never in an interval, even where a point may have a time.
        XCTAssertEqual(parseError("2022-12-24T18:01/..", allowsTime: true)?.offset, 10)
    }

    /// `2022-12-23 18:01`, as spreadsheets and many tools write it: the T is asked for, not two day digits.
    func testATimeAfterASpaceAsksForTheT() {
        let error = parseError("2022-12-23 18:01", allowsTime: true)
        XCTAssertEqual(error?.message, "a time is joined to its date by a 'T', not a space")
        XCTAssertEqual(error?.offset, 10, "points at the space")
        XCTAssertEqual(error?.hint, "write '2022-12-23T18:01'")
        XCTAssertEqual(parseError("2022-12-23 18:01")?.hint, "drop the time: '2022-12-23'")
    }

    func testBadTimes() {
        let message = "is not a time: write a full day and then the time as THH:MM, e.g. 2022-12-24T18:01"
        for text in [
            "2022-12-24T24:00", "2022-12-24T18:60", "2022-12-24T18:1", "2022-12-24T1801", "2022-12-24T", "2022-12T18:01", "2022T18:01",
        ] {
            let error = parseError(text, allowsTime: true)
            XCTAssertEqual(error?.message, "'\(text)' \(message)", text)
        }
        XCTAssertEqual(parseError("2022-12-24T24:00", allowsTime: true)?.offset, 11, "points after the T")
        XCTAssertEqual(parseError("2022-12T18:01", allowsTime: true)?.offset, 8)
    }

    func testEveryErrorOfAFormatProblemCarriesTheFormatHint() {
        for text in ["22", "2022-12-23-01", "", "20x2", "31/13/2023", "Dec 2022 or so"] {
            XCTAssertEqual(parseError(text)?.hint, PartialDate.formatHint, text)
        }
    }

    /// `13/09/2023` was "an interval has exactly one '/'" and `September 2023` "the year must be
    /// 4 digits": an author who wrote a date as the newsroom does was sent to intervals and years.
    func testDatesWrittenInOtherFormsAreRewritten() {
        let cases: [(String, String, String)] = [
            ("13/09/2023", "is day/month/year", "write '2023-09-13'"),
            ("09/13/2023", "is month/day/year", "write '2023-09-13'"),
            ("13.09.2023", "is day.month.year", "write '2023-09-13'"),
            ("2023/09/13", "is year/month/day", "write '2023-09-13'"),
            ("9/2023", "is month/year", "write '2023-09'"),
            ("September 2023", "names the month in words", "write '2023-09'"),
            ("Dec 2022", "names the month in words", "write '2022-12'"),
            ("September 13, 2023", "names the month in words", "write '2023-09-13'"),
            ("3rd Sept. 2023", "names the month in words", "write '2023-09-03'"),
            ("13/09/2023~", "is day/month/year", "write '2023-09-13~'"),
            (
                "05/06/2023", "puts the day and month before the year",
                "write '2023-06-05' if the day comes first, '2023-05-06' if the month does"
            ),
        ]
        for (text, form, hint) in cases {
            let error = parseError(text)
            XCTAssertEqual(error?.message, "'\(text)' \(form): dates are written in digits, year-month-day", text)
            XCTAssertEqual(error?.offset, 0, text)
            XCTAssertEqual(error?.hint, hint, text)
        }
    }

    /// `31/02/2023` is a date in another form whose day February does not have: the reading and
    /// the month's length are said, not the grammar's complaint about the slashes.
    func testADayPastTheEndOfItsMonthSaysHowLongTheMonthIs() {
        let cases: [(String, String, String)] = [
            ("31/02/2023", "is day/month/year, and February 2023 has 28 days", "the last of February 2023 as '2023-02-28'"),
            ("30.02.2024", "is day.month.year, and February 2024 has 29 days", "the last of February 2024 as '2024-02-29'"),
            ("02/31/2023", "is month/day/year, and February 2023 has 28 days", "the last of February 2023 as '2023-02-28'"),
            ("2023/04/31", "is year/month/day, and April 2023 has 30 days", "the last of April 2023 as '2023-04-30'"),
        ]
        for (text, message, lastDay) in cases {
            let error = parseError(text)
            XCTAssertEqual(error?.message, "'\(text)' \(message)", text)
            XCTAssertEqual(error?.hint, "check the day; dates are written year-month-day, \(lastDay)", text)
        }
    }

    /// `circa 2022` and `Sep 2023 (approx)` say in words what `~` says.
    func testADateMarkedApproximateInWordsIsGivenTheTilde() {
        let cases: [(String, String, String)] = [
            ("circa 2022", "circa", "write '2022~'"),
            ("c. 2022", "c.", "write '2022~'"),
            ("Sep 2023 (approx)", "(approx)", "write '2023-09~'"),
            ("Sep 2023 approx.", "approx.", "write '2023-09~'"),
            ("2023-09-13 approx", "approx", "write '2023-09-13~'"),
            ("ca. 05/06/2023", "ca.", "write '2023-06-05~' if the day comes first, '2023-05-06~' if the month does"),
        ]
        for (text, marker, hint) in cases {
            let error = parseError(text)
            XCTAssertEqual(error?.message, "'\(text)' says '\(marker)' in words: an approximate date is written with a '~' after it", text)
            XCTAssertEqual(error?.offset, 0, text)
            XCTAssertEqual(error?.hint, hint, text)
        }
    }

    /// `23/12/22`: the year is given in full in the date offered.
    func testATwoDigitYearIsWrittenInFull() {
        let error = parseError("23/12/22")
        XCTAssertEqual(
            error?.message, "'23/12/22' is day/month/year, with the year in two digits: dates are written in digits, year-month-day")
        XCTAssertEqual(error?.hint, "write the year in four digits: '2022-12-23'")
        XCTAssertEqual(
            parseError("05.06.99")?.hint,
            "write the year in four digits: '1999-06-05' if the day comes first, '1999-05-06' if the month does")
    }

    func testAOneDigitMonthOrDayIsShownPadded() {
        XCTAssertEqual(parseError("2022-1")?.hint, "write '2022-01'")
        XCTAssertEqual(parseError("2023-9-3")?.hint, "write '2023-09-03'")
        XCTAssertEqual(
            parseError("2023-9-3")?.message, "'2023-9-3' is not a date: the month must be 2 digits", "the message is the grammar's")
    }
}
