extension PartialDate {
    /// Why a date's text was refused, with the 0-based offset in the text where the problem starts.
    public struct ParseError: Error, Equatable, Sendable {
        public var message: String
        public var offset: Int
        public var hint: String?
    }

    static let formatHint =
        "dates are written 2022, 2022-12, 2022-12-23, 2022-12~ (approximate), 2022-12? (uncertain) or 2022-06/2022-08 (an interval; `..` for an open end)"

    /// Parses the EDTF subset of CONTENT.md. `allowsTime` admits `T18:01` (articles' `published` only).
    public static func parse(_ text: String, allowsTime: Bool = false) throws(ParseError) -> PartialDate {
        do {
            return try parseEDTF(text, allowsTime: allowsTime)
        } catch {
            // `23/12/2022`, `December 2022` or `circa 2022`: say what to write, not which rule of
            // the grammar broke.
            if let other = DateInOtherForm(text) { throw ParseError(message: other.message, offset: 0, hint: other.hint) }
            if let approximate = ApproximateInWords(text) {
                throw ParseError(message: approximate.message, offset: 0, hint: approximate.hint)
            }
            throw error
        }
    }

    private static func parseEDTF(_ text: String, allowsTime: Bool) throws(ParseError) -> PartialDate {
        let trimmed = text
        guard !trimmed.isEmpty else {
            throw ParseError(message: "empty date", offset: 0, hint: formatHint)
        }
        if let slash = trimmed.firstIndex(of: "/") {
            let startText = String(trimmed[..<slash])
            let endText = String(trimmed[trimmed.index(after: slash)...])
            let endOffset = startText.count + 1
            if endText.contains("/") {
                throw ParseError(message: "an interval has exactly one '/'", offset: endOffset, hint: formatHint)
            }
            let start = startText == ".." ? nil : try parsePoint(startText, offset: 0, allowsTime: false)
            let end = endText == ".." ? nil : try parsePoint(endText, offset: endOffset, allowsTime: false)
            if start == nil && end == nil {
                throw ParseError(message: "an interval needs at least one end", offset: 0, hint: formatHint)
            }
            if let start, let end, end.latestDay < start.earliestDay {
                throw ParseError(message: "interval '\(text)' ends before it starts", offset: endOffset, hint: nil)
            }
            return PartialDate(text: text, value: .interval(start: start, end: end))
        }
        return PartialDate(text: text, value: .point(try parsePoint(trimmed, offset: 0, allowsTime: allowsTime)))
    }

    private static func parsePoint(_ text: String, offset: Int, allowsTime: Bool) throws(ParseError) -> Point {
        var body = Substring(text)
        var approximate = false, uncertain = false
        switch body.last {
        case "~": approximate = true; body = body.dropLast()
        case "?": uncertain = true; body = body.dropLast()
        case "%": approximate = true; uncertain = true; body = body.dropLast()
        default: break
        }
        // `2022-12-23 18:01`, as many tools write a time: say where the T goes, not that the day
        // has too many digits.
        if let space = body.firstIndex(of: " "), body[..<space].count == 10, body[body.index(after: space)...].contains(":") {
            guard allowsTime else {
                throw ParseError(
                    message: "a time of day is allowed only in an article's 'published' date", offset: offset + 10,
                    hint: "drop the time: '\(body[..<space])'")
            }
            throw ParseError(
                message: "a time is joined to its date by a 'T', not a space", offset: offset + 10,
                hint: "write '\(body[..<space])T\(body[body.index(after: space)...])'")
        }
        var datePart = body
        var timePart: Substring?
        if let t = body.firstIndex(of: "T") {
            datePart = body[..<t]
            timePart = body[body.index(after: t)...]
            if !allowsTime {
                throw ParseError(
                    message: "a time of day is allowed only in an article's 'published' date",
                    offset: offset + datePart.count, hint: "drop the time: '\(datePart)'")
            }
        }
        let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(fields.count) else {
            throw ParseError(message: "'\(text)' is not a date", offset: offset, hint: formatHint)
        }
        var numbers: [Int] = []
        var fieldOffset = offset
        for (index, field) in fields.enumerated() {
            guard field.count == widths[index], field.allSatisfy(\.isASCIIDigit), let number = Int(field) else {
                let name = ["year", "month", "day"][index]
                let padded = DateInOtherForm.zeroPadded(datePart).map { "write '\($0)'" }
                throw ParseError(
                    message: "'\(text)' is not a date: the \(name) must be \(widths[index]) digits",
                    offset: fieldOffset, hint: padded ?? formatHint)
            }
            numbers.append(number)
            fieldOffset += field.count + 1
        }
        var point = Point(year: numbers[0], approximate: approximate, uncertain: uncertain)
        if numbers.count > 1 {
            guard (1...12).contains(numbers[1]) else {
                throw ParseError(message: "month \(numbers[1]) does not exist", offset: offset + 5, hint: nil)
            }
            point.month = numbers[1]
        }
        if numbers.count > 2, let month = point.month {
            let days = DayStamp.daysIn(month: month, year: point.year)
            guard (1...days).contains(numbers[2]) else {
                throw ParseError(
                    message: "day \(numbers[2]) does not exist in \(monthNames[month - 1]) \(point.year)", offset: offset + 8, hint: nil)
            }
            point.day = numbers[2]
        }
        if let timePart {
            let timeOffset = offset + datePart.count + 1
            let pieces = timePart.split(separator: ":", omittingEmptySubsequences: false)
            guard point.day != nil, pieces.count == 2, pieces.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
                let hour = Int(pieces[0]), let minute = Int(pieces[1]), hour < 24, minute < 60
            else {
                throw ParseError(
                    message: "'\(text)' is not a time: write a full day and then the time as THH:MM, e.g. 2022-12-24T18:01",
                    offset: timeOffset, hint: nil)
            }
            point.hour = hour
            point.minute = minute
        }
        return point
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
let fullMonthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
]
