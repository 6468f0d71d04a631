/// One problem found in a report or a theme, printed as `path:line:col: error: message`.
public struct Diagnostic: Hashable, Sendable, Comparable {
    /// How bad a problem is: errors fail a build, warnings only with `--strict`.
    public enum Severity: String, Sendable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A suggestion printed on its own line under the message, like a compiler's note.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// The one-line form, `path:line:col: error: message`.
    public var headline: String { "\(location): \(severity.rawValue): \(message)" }

    /// Sorted by path and line, as CONTENT.md asks, then errors before warnings.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// Sorted, each headline once: two pages that miss the same name at the same tag may hint
    /// differently (the values open there differ), and one report of the tag is enough. The
    /// hint breaks ties, so that the one kept does not depend on the order pages rendered in.
    func sortedOncePerHeadline() -> [Diagnostic] {
        var seen: Set<String> = []
        return sorted { $0 < $1 || (!($1 < $0) && ($0.hint ?? "") < ($1.hint ?? "")) }.filter { seen.insert($0.headline).inserted }
    }
}
