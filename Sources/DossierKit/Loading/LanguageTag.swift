/// A light check of BCP 47 tags (`en`, `pt-BR`, `zh-Hant-TW`, `x-klingon`): letters and digits in
/// subtags of 1–8, starting with a 2–3 letter language, or `x` for a private-use tag. It catches
/// typos, not every registry rule.
enum LanguageTag {
    static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first else { return false }
        // RFC 5646's private use: a tag that is only `x-` and subtags needs no registered language.
        if language == "x" || language == "X" { return parts.count > 1 && parts.dropFirst().allSatisfy(isSubtag) }
        guard (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy(isSubtag)
    }

    /// The error for a `language` field that is not a tag, at `location`, with "did you mean
    /// 'en'?" for a language written by its name (`English`); nil for a valid tag.
    static func problem(_ text: String, at location: SourceLocation, examples: String) -> Diagnostic? {
        guard !isValid(text) else { return nil }
        let meant = ValueSynonyms.languageTag(for: text).map { "; did you mean '\($0)'?" } ?? ""
        return .error(location, "'\(text)' is not a BCP 47 language tag\(meant)", hint: "e.g. \(examples)")
    }

    private static func isSubtag(_ part: Substring) -> Bool {
        (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
