/// The id rule of CONTENT.md: lowercase ASCII letters and digits in groups joined by single
/// hyphens. Ids become paths in the output, so this rule is also what keeps writes inside it.
public enum Identifier {
    /// The longest id, in characters (ids are ASCII): an id is a folder's name in the site, and a
    /// file name in Content/ with its extension, and file systems allow names of 255 bytes.
    public static let maximumLength = 200

    public static func isValid(_ id: String) -> Bool {
        id.utf8.count <= maximumLength && isWellFormed(id)
    }

    /// Whether a well-formed id is too long, for a message that says so rather than restating
    /// the rule of letters, digits and hyphens that it follows.
    public static func isTooLong(_ id: String) -> Bool {
        id.utf8.count > maximumLength && isWellFormed(id)
    }

    /// A long id's first characters, for a message that must fit on a line: `kyrylo-budanov-…`.
    public static func abbreviated(_ id: String) -> String {
        id.count > 40 ? id.prefix(40) + "…" : id
    }

    /// Letters and digits in groups joined by single hyphens, whatever the length.
    private static func isWellFormed(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        var previousWasHyphen = true
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// A valid id close to `text`, to suggest in a hint (`Kyrylo_Budanov` → `kyrylo-budanov`).
    public static func suggestion(for text: String) -> String? {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return isValid(out) && out != text ? out : nil
    }
}
