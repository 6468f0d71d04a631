/// A path inside the output folder. Built only from checked parts, so no id, alias or title
/// can make the generator write outside the folder.
public struct OutputPath: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String

    /// Nil when any part is empty, `.` or `..`, hidden, or holds a slash, backslash or NUL.
    public init?(_ value: String) {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty else { return nil }
        for part in parts {
            guard !part.isEmpty, !part.hasPrefix("."), !part.contains("\\"), !part.contains("\0") else { return nil }
        }
        self.value = value
    }

    private init(checked value: String) {
        self.value = value
    }

    public var description: String { value }

    public static func < (lhs: OutputPath, rhs: OutputPath) -> Bool { lhs.value < rhs.value }

    /// The page of an entry: `actors/iran/index.html`, for directory-style URLs.
    public static func page(_ folder: String, _ id: String) -> OutputPath? {
        guard Identifier.isValid(id) || (folder == "timeline" && !id.isEmpty && id.allSatisfy(\.isASCIIDigit)) else { return nil }
        // A checked id has only letters, digits and hyphens: no part of the path can escape.
        return OutputPath(checked: "\(folder)/\(id)/index.html")
    }
}
