extension PartialDate {
    /// The reader's form from CONTENT.md: `23 Dec 2022`, `c. Dec 2022`, `Jun–Aug 2022`, `from Oct 2022`.
    public var display: String {
        switch value {
        case .point(let point):
            return point.display
        case .interval(let start?, let end?):
            return Self.displayInterval(start, end)
        case .interval(let start?, nil):
            return "from " + start.display
        case .interval(nil, let end?):
            return "until " + end.display
        case .interval(nil, nil):
            return text
        }
    }

    private static func displayInterval(_ start: Point, _ end: Point) -> String {
        let plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain
        if plain, start.year == end.year, start.precision == end.precision {
            switch start.precision {
            case .month:
                if let a = start.month, let b = end.month {
                    return "\(monthNames[a - 1])–\(monthNames[b - 1]) \(yearText(start.year))"
                }
            case .day:
                if let a = start.month, let b = end.month, let d1 = start.day, let d2 = end.day {
                    if a == b { return "\(d1)–\(d2) \(monthNames[a - 1]) \(yearText(start.year))" }
                    return "\(d1) \(monthNames[a - 1]) – \(d2) \(monthNames[b - 1]) \(yearText(start.year))"
                }
            case .year, .minute:
                break
            }
        }
        let separator = start.precision == .year && end.precision == .year ? "–" : " – "
        return start.display + separator + end.display
    }

    /// The machine form of the earliest day, `2022-12-23`, for `<time datetime>` and feeds.
    public var isoDay: String { earliestDay.iso }

    /// A valid HTML `datetime` value as precise as the source (`2022`, `2022-12`, `2022-12-24T18:01`);
    /// for an interval, its anchor (the start, or the end of one open at the start).
    public var machineReadable: String { anchor.machineReadable }

    /// RFC 3339 timestamp for feeds: the earliest moment the date can mean, in UTC.
    public var rfc3339: String {
        let point = anchor
        let day = point.earliestDay
        return "\(day.iso)T\(pad(point.hour ?? 0, 2)):\(pad(point.minute ?? 0, 2)):00Z"
    }
}

extension PartialDate.Point {
    /// `2022`, `Dec 2022`, `23 Dec 2022`, `24 Dec 2022, 18:01`, with `c. ` and ` (uncertain)`.
    public var display: String {
        var text: String
        switch (month, day) {
        case (let month?, let day?): text = "\(day) \(monthNames[month - 1]) \(yearText(year))"
        case (let month?, nil): text = "\(monthNames[month - 1]) \(yearText(year))"
        default: text = yearText(year)
        }
        if let hour, let minute { text += ", \(pad(hour, 2)):\(pad(minute, 2))" }
        if approximate { text = "c. " + text }
        if uncertain { text += " (uncertain)" }
        return text
    }

    public var machineReadable: String {
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        if let hour, let minute { text += "T\(pad(hour, 2)):\(pad(minute, 2))" }
        return text
    }
}
