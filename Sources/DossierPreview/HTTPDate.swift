#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Formats HTTP dates in the IMF-fixdate form (`Sun, 06 Nov 1994 08:49:37 GMT`), and parses
/// that and the two obsolete forms.
///
/// Written against libc rather than Foundation's formatters because it is called for every
/// response and conditional request, and only fixed, locale-free formats are needed.
enum HTTPDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The header value for a number of seconds since 1970.
    static func format(secondsSince1970 seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        func twoDigits(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let weekday = weekdays[Int(parts.tm_wday) % 7]
        let month = months[Int(parts.tm_mon) % 12]
        return "\(weekday), \(twoDigits(parts.tm_mday)) \(month) \(parts.tm_year + 1900) "
            + "\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)):\(twoDigits(parts.tm_sec)) GMT"
    }

    /// Seconds since 1970 for a header value, or nil when it is malformed (a malformed
    /// If-Modified-Since must be ignored, not treated as a match). Takes the two obsolete forms
    /// too, as RFC 9110 asks of every recipient: `Sunday, 06-Nov-94 08:49:37 GMT` (RFC 850) and
    /// `Sun Nov  6 08:49:37 1994` (asctime).
    static func parse(_ value: String) -> Int? {
        let fields = value.split(separator: " ")
        if fields.count == 6, fields[0].hasSuffix(","), fields[5] == "GMT" {
            return seconds(day: fields[1], month: fields[2], year: fields[3], clock: fields[4])
        }
        if fields.count == 4, fields[0].hasSuffix(","), fields[3] == "GMT" {
            let date = fields[1].split(separator: "-")
            guard date.count == 3, date[2].count == 2, let shortYear = Int32(date[2]) else { return nil }
            return seconds(day: date[0], month: date[1], year: "\(fullYear(shortYear))", clock: fields[2])
        }
        if fields.count == 5, weekdays.contains(String(fields[0])) {
            return seconds(day: fields[2], month: fields[1], year: fields[4], clock: fields[3])
        }
        return nil
    }

    private static func seconds(day: Substring, month: Substring, year: Substring, clock: Substring) -> Int? {
        guard let day = Int32(day), let monthIndex = months.firstIndex(of: String(month)), year.count == 4, let year = Int32(year)
        else { return nil }
        let clock = clock.split(separator: ":")
        guard clock.count == 3, let hour = Int32(clock[0]), let minute = Int32(clock[1]), let second = Int32(clock[2]),
            (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        var parts = tm()
        parts.tm_year = year - 1900
        parts.tm_mon = Int32(monthIndex)
        parts.tm_mday = day
        parts.tm_hour = hour
        parts.tm_min = minute
        parts.tm_sec = second
        return Int(timegm(&parts))
    }

    /// RFC 850's two-digit year, as RFC 9110 reads it: the latest year ending in those digits
    /// that is not more than 50 years in the future.
    private static func fullYear(_ shortYear: Int32) -> Int32 {
        var now = time_t(0)
        time(&now)
        var parts = tm()
        gmtime_r(&now, &parts)
        let thisYear = parts.tm_year + 1900
        var year = thisYear - thisYear % 100 + shortYear
        if year > thisYear + 50 { year -= 100 }
        return year
    }
}
