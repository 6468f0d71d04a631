/// A date as precise as the source allows: the EDTF subset of CONTENT.md (year, month, day or
/// minute precision; approximate `~`; uncertain `?`; intervals with open ends).
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    /// How much of a point in time the source gave.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day, minute
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One end of a date: a year, month, day or minute, possibly approximate or uncertain.
    ///
    /// Stored in 9 bytes rather than 67 (four optional Ints): every article and claim holds one
    /// or more, and the claims' dates alone were 10 MB of a 30,000-claim report. Each part is
    /// kept plus one, zero meaning "not given"; the parser checks every part's range first.
    public struct Point: Hashable, Sendable {
        private var storedYear: Int32
        private var storedMonth: UInt8 = 0
        private var storedDay: UInt8 = 0
        private var storedHour: UInt8 = 0
        private var storedMinute: UInt8 = 0
        private var flags: UInt8 = 0

        public init(
            year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil, approximate: Bool = false,
            uncertain: Bool = false
        ) {
            storedYear = Int32(clamping: year)
            self.month = month
            self.day = day
            self.hour = hour
            self.minute = minute
            self.approximate = approximate
            self.uncertain = uncertain
        }

        public var year: Int {
            get { Int(storedYear) }
            set { storedYear = Int32(clamping: newValue) }
        }
        public var month: Int? {
            get { Self.part(storedMonth) }
            set { storedMonth = Self.stored(newValue) }
        }
        public var day: Int? {
            get { Self.part(storedDay) }
            set { storedDay = Self.stored(newValue) }
        }
        public var hour: Int? {
            get { Self.part(storedHour) }
            set { storedHour = Self.stored(newValue) }
        }
        public var minute: Int? {
            get { Self.part(storedMinute) }
            set { storedMinute = Self.stored(newValue) }
        }
        public var approximate: Bool {
            get { flags & 1 != 0 }
            set { flags = newValue ? flags | 1 : flags & ~1 }
        }
        public var uncertain: Bool {
            get { flags & 2 != 0 }
            set { flags = newValue ? flags | 2 : flags & ~2 }
        }

        private static func part(_ stored: UInt8) -> Int? { stored == 0 ? nil : Int(stored) - 1 }
        private static func stored(_ part: Int?) -> UInt8 { part.map { UInt8(clamping: $0 + 1) } ?? 0 }

        public var precision: Precision {
            if minute != nil { return .minute }
            if day != nil { return .day }
            if month != nil { return .month }
            return .year
        }

        /// The first day this point can mean, as (year, month, day).
        public var earliestDay: DayStamp { DayStamp(year: year, month: month ?? 1, day: day ?? 1) }

        /// The last day this point can mean.
        public var latestDay: DayStamp {
            let lastMonth = month ?? 12
            return DayStamp(year: year, month: lastMonth, day: day ?? DayStamp.daysIn(month: lastMonth, year: year))
        }
    }

    /// A calendar day, ordered; used for sorting and for machine-readable dates.
    public struct DayStamp: Hashable, Sendable, Comparable {
        public var year: Int, month: Int, day: Int

        public static func < (lhs: DayStamp, rhs: DayStamp) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }

        public static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }

        /// `2022-12-23`.
        public var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
    }

    /// A single point, or an interval whose ends may be open (`..`).
    public enum Value: Hashable, Sendable {
        case point(Point)
        case interval(start: Point?, end: Point?)
    }

    /// The text exactly as the author wrote it.
    public let text: String
    public let value: Value

    public init(text: String, value: Value) {
        self.text = text
        self.value = value
    }

    public var description: String { text }

    /// The point that timelines sort and group by: the start, or the end of an interval open at the start.
    public var anchor: Point {
        switch value {
        case .point(let point): return point
        case .interval(let start, let end):
            // The parser never builds an interval open at both ends.
            return start ?? end ?? Point(year: 0)
        }
    }

    /// The earliest day the date can mean.
    public var earliestDay: DayStamp { anchor.earliestDay }

    public var precision: Precision { anchor.precision }

    public var isInterval: Bool {
        if case .interval = value { return true }
        return false
    }

    /// Timeline order: earliest day, then coarser precision first; callers break ties by id.
    /// CONTENT.md has no further key: an interval is placed by its start like any date of that
    /// precision (`2022-06/2022-08` beside `2022-06`), and the id decides between them.
    public static func timelineOrder(_ lhs: PartialDate, _ rhs: PartialDate) -> Bool? {
        if lhs.earliestDay != rhs.earliestDay { return lhs.earliestDay < rhs.earliestDay }
        if lhs.precision != rhs.precision { return lhs.precision < rhs.precision }
        return nil
    }

    /// A sortable key with the same order as `timelineOrder` (without the id).
    public var sortKey: String {
        "\(earliestDay.iso)|\(precision.rawValue)"
    }
}

/// A year as readers and addresses show it: always four digits, so that the year 99, written
/// `0099`, never reads as 1999's "99".
func yearText(_ year: Int) -> String { pad(year, 4) }

func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
