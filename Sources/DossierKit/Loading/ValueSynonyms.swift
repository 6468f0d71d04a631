/// The words newcomers write for Dossier's fixed values: `kind: country` for `state`,
/// `stance: denies` for `disputes`, `language: English` for `en`. They are too far from the
/// value in spelling for "did you mean" to find it, and the list of allowed values alone leaves
/// the author to guess which one they meant.
enum ValueSynonyms {
    /// For each field, each word with the value it stands for.
    private static let meanings: [String: [String: String]] = [
        "kind": [
            "country": "state", "nation": "state", "government": "state",
            "individual": "person", "official": "person", "people": "person", "human": "person",
            "organization": "organisation", "org": "organisation", "group": "organisation", "company": "organisation",
            "agency": "organisation", "ministry": "organisation", "military": "organisation", "ngo": "organisation",
            "outlet": "media", "newspaper": "media", "news": "media", "press": "media", "broadcaster": "media",
        ],
        "stance": [
            "support": "supports", "agrees": "supports", "confirms": "supports", "for": "supports", "pro": "supports",
            "denies": "disputes", "deny": "disputes", "rejects": "disputes", "refutes": "disputes", "against": "disputes",
            "contra": "disputes", "opposes": "disputes",
            "none": "neutral", "unclear": "neutral", "mixed": "neutral",
        ],
        "status": [
            "true": "confirmed", "proven": "confirmed", "verified": "confirmed", "established": "confirmed",
            "false": "refuted", "debunked": "refuted", "disproven": "refuted", "denied": "refuted",
            "unconfirmed": "open", "disputed": "open", "unknown": "open", "pending": "open", "unresolved": "open",
        ],
    ]

    /// Language names, in English and in their own tongue, with their BCP 47 tags.
    private static let languages: [String: String] = [
        "english": "en", "french": "fr", "français": "fr", "german": "de", "deutsch": "de", "spanish": "es",
        "español": "es", "italian": "it", "portuguese": "pt", "russian": "ru", "русский": "ru", "ukrainian": "uk",
        "українська": "uk", "persian": "fa", "farsi": "fa", "فارسی": "fa", "arabic": "ar", "hebrew": "he",
        "turkish": "tr", "chinese": "zh", "japanese": "ja", "korean": "ko", "polish": "pl", "dutch": "nl",
        "swedish": "sv", "belarusian": "be", "georgian": "ka", "armenian": "hy", "azerbaijani": "az", "kazakh": "kk",
    ]

    /// The value `text` likely stands for in the field `key`, or nil.
    static func value(for text: String, in key: String) -> String? {
        meanings[key]?[text.lowercased()]
    }

    /// The language tag a language's name stands for (`English` → `en`), or nil.
    static func languageTag(for name: String) -> String? {
        languages[name.lowercased()]
    }
}
