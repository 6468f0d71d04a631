/// A date said to be approximate in words (`circa 2022`, `c. 2022`, `Sep 2023 (approx)`,
/// `Sep 2023 approx.`), read so that the error can give the `~` that says it. Without it the
/// author was told only the grammar's complaint about the word.
struct ApproximateInWords {
    let message: String
    let hint: String

    /// The words, before or after a date, that make it approximate.
    private static let markers: Set<String> = [
        "circa", "c.", "c", "ca.", "ca", "approx", "approx.", "approximately", "around", "about",
        "(circa)", "(c.)", "(ca.)", "(approx)", "(approx.)", "(approximately)",
    ]

    init?(_ text: String) {
        var words = text.split(separator: " ")
        guard words.count > 1 else { return nil }
        let marker: Substring
        if Self.markers.contains(words[0].lowercased()) {
            marker = words.removeFirst()
        } else if let last = words.last, Self.markers.contains(last.lowercased()) {
            marker = words.removeLast()
        } else {
            return nil
        }
        var date = words.joined(separator: " ")
        if date.hasSuffix(",") { date.removeLast() }
        let dates: [String]
        if let parsed = try? PartialDate.parse(date), case .point(let point) = parsed.value, !point.approximate, !point.uncertain {
            dates = [date + "~"]
        } else if let other = DateInOtherForm(date), !other.rewrites.isEmpty, !"~?%".contains(date.last ?? " ") {
            dates = other.rewrites.map { $0 + "~" }
        } else {
            return nil
        }
        message = "'\(text)' says '\(marker)' in words: an approximate date is written with a '~' after it"
        hint =
            dates.count == 2
            ? "write '\(dates[0])' if the day comes first, '\(dates[1])' if the month does" : "write '\(dates[0])'"
    }
}
