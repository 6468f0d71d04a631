/// A light check of BCP 47 tags (`en`, `pt-BR`, `zh-Hant-TW`): letters and digits in subtags of
/// 1–8, starting with a 2–3 letter language. It catches typos, not every registry rule.
enum LanguageTag {
    static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
