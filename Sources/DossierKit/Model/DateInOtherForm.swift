import Foundation

/// A date written the way people and newsrooms write dates (`23/12/2022`, `23.12.2022`,
/// `2022/12/23`, `December 2022`, `23 December 2022`, `Dec. 23, 2022`), read so that the error
/// can say what to write instead. Without it, `23/12/2022` was "an interval has exactly one '/'"
/// and `December 2022` "the year must be 4 digits": true to the grammar, and no help to an author.
struct DateInOtherForm {
    /// The same date in Dossier's form, or two when the order of day and month cannot be told
    /// (`05/06/2023`): day first, then month first. None for a day the month does not have.
    let rewrites: [String]
    /// What is off, and what to write instead.
    let message: String
    let hint: String

    init?(_ text: String) {
        var body = Substring(text)
        var qualifier = ""
        if let last = body.last, "~?%".contains(last) {
            qualifier = String(last)
            body = body.dropLast()
        }
        // `23/12/22`: read with the year in full, and the hint says to write it so.
        let fullYear = Self.withFourDigitYear(body)
        let written = fullYear ?? String(body)
        let write = fullYear == nil ? "write " : "write the year in four digits: "
        if let (rewrites, form) = Self.numeric(Substring(written)) ?? Self.inWords(body) {
            let dates = rewrites.map { $0 + qualifier }
            self.rewrites = dates
            message =
                "'\(text)' \(form)\(fullYear == nil ? "" : ", with the year in two digits"): dates are written in digits, year-month-day"
            hint =
                dates.count == 2 ? "\(write)'\(dates[0])' if the day comes first, '\(dates[1])' if the month does" : "\(write)'\(dates[0])'"
        } else if let slip = Self.dayBeyondTheMonth(Substring(written)) {
            rewrites = []
            let name = fullMonthNames[slip.month - 1]
            let days = PartialDate.DayStamp.daysIn(month: slip.month, year: slip.year)
            let lastDay = "\(slip.year)-\(slip.month < 10 ? "0" : "")\(slip.month)-\(days)"
            message = "'\(text)' \(slip.form), and \(name) \(slip.year) has \(days) days"
            hint = "check the day; dates are written year-month-day, the last of \(name) \(slip.year) as '\(lastDay)'"
        } else {
            return nil
        }
    }

    /// `31/02/2023` (or `2023/02/31`): a day/month/year date whose month is real and whose day
    /// is past that month's end. Day first is read before month first, as with `numeric`.
    private static func dayBeyondTheMonth(_ text: Substring) -> (year: Int, month: Int, form: String)? {
        guard let separator = text.first(where: { $0 == "/" || $0 == "." }) else { return nil }
        let fields = text.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        let numbers = fields.compactMap { Int($0) }
        let slash = String(separator)
        let readings: [(year: Int, month: Int, day: Int, form: String)]
        if fields[0].count == 4 {
            readings = [(numbers[0], numbers[1], numbers[2], "is year\(slash)month\(slash)day")]
        } else if fields[2].count == 4 {
            readings = [
                (numbers[2], numbers[1], numbers[0], "is day\(slash)month\(slash)year"),
                (numbers[2], numbers[0], numbers[1], "is month\(slash)day\(slash)year"),
            ]
        } else {
            return nil
        }
        guard let reading = readings.first(where: { (1...12).contains($0.month) }), reading.year >= 1000,
            (1...31).contains(reading.day), reading.day > PartialDate.DayStamp.daysIn(month: reading.month, year: reading.year)
        else { return nil }
        return (reading.year, reading.month, reading.form)
    }

    /// `23/12/22` as `23/12/2022`: a day and month, then a two-digit year, taken to be this
    /// century's unless that is still to come. Nil for any other text.
    private static func withFourDigitYear(_ text: Substring) -> String? {
        guard let separator = text.first(where: { $0 == "/" || $0 == "." }) else { return nil }
        let fields = text.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.count == 3, fields[2].count == 2, fields.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
            let short = Int(fields[2])
        else { return nil }
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        let year = 2000 + short <= thisYear ? 2000 + short : 1900 + short
        return "\(fields[0])\(separator)\(fields[1])\(separator)\(year)"
    }

    /// `23/12/2022`, `12/23/2022`, `23.12.2022`, `2022/12/23`, `2022.12.23`, `12/2022`.
    private static func numeric(_ text: Substring) -> ([String], String)? {
        guard let separator = text.first(where: { $0 == "/" || $0 == "." }) else { return nil }
        let fields = text.split(separator: separator, omittingEmptySubsequences: false)
        guard fields.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let numbers = fields.compactMap { Int($0) }
        let slash = String(separator)
        switch (fields.count, fields.first?.count, fields.last?.count) {
        case (3, 4, _):
            guard fields[1].count <= 2, fields[2].count <= 2 else { return nil }
            return date(year: numbers[0], month: numbers[1], day: numbers[2]).map { ([$0], "is year\(slash)month\(slash)day") }
        case (3, _, 4):
            guard fields[0].count <= 2, fields[1].count <= 2 else { return nil }
            let dayFirst = date(year: numbers[2], month: numbers[1], day: numbers[0])
            let monthFirst = date(year: numbers[2], month: numbers[0], day: numbers[1])
            switch (dayFirst, monthFirst) {
            case (let day?, let month?) where day != month: return ([day, month], "puts the day and month before the year")
            case (let day?, _): return ([day], "is day\(slash)month\(slash)year")
            case (nil, let month?): return ([month], "is month\(slash)day\(slash)year")
            default: return nil
            }
        case (2, let first?, 4) where first <= 2:
            return date(year: numbers[1], month: numbers[0], day: nil).map { ([$0], "is month\(slash)year") }
        default:
            return nil
        }
    }

    /// `December 2022`, `Dec 2022`, `23 December 2022`, `December 23, 2022`, `Sept. 3rd 2022`.
    private static func inWords(_ text: Substring) -> ([String], String)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        var year: Int?, month: Int?, day: Int?
        for word in words {
            if word.count == 4, word.allSatisfy(\.isASCIIDigit), year == nil {
                year = Int(word)
            } else if let number = dayNumber(word), day == nil {
                day = number
            } else if let named = monthNumber(word), month == nil {
                month = named
            } else {
                return nil
            }
        }
        guard let year, let month else { return nil }
        return date(year: year, month: month, day: day).map { ([$0], "names the month in words") }
    }

    /// `23`, `3rd`, `1st`: a day of the month.
    private static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    /// `december`, `dec`, `dec.`, `sept`: a month's number.
    private static func monthNumber(_ word: String) -> Int? {
        let name = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard name.count >= 3 else { return nil }
        if name == "sept" { return 9 }
        return fullMonthNames.firstIndex { full in
            let full = full.lowercased()
            return full == name || (name.count == 3 && full.hasPrefix(name))
        }.map { $0 + 1 }
    }

    /// `2022-1-5` written with two digits for the month and day, when it is a real date.
    static func zeroPadded(_ text: Substring) -> String? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields[0].count == 4,
            fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            fields.dropFirst().allSatisfy({ $0.count <= 2 })
        else { return nil }
        let numbers = fields.compactMap { Int($0) }
        return date(year: numbers[0], month: numbers[1], day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// `2022-12-23` or `2022-12` when the values make a real date.
    private static func date(year: Int, month: Int, day: Int?) -> String? {
        guard (1...12).contains(month), year >= 1000 else { return nil }
        let yearAndMonth = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return yearAndMonth }
        guard (1...PartialDate.DayStamp.daysIn(month: month, year: year)).contains(day) else { return nil }
        return yearAndMonth + "-\(day < 10 ? "0" : "")\(day)"
    }
}
