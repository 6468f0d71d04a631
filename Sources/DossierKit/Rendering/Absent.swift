import Mustache

/// An optional value a page does not have: false to sections, blank to variables. View models
/// hold it instead of leaving a key out, so a key that is really missing can be told apart.
public struct Absent: MustacheCustomRenderable, Sendable {
    public var renderText: String { "" }
    public var isNull: Bool { true }
    public static let value = Absent()
}

/// The value, or `Absent` when there is none. Lists stay lists, empty or not: templates test
/// them with `empty(list)`.
func optional(_ value: Any?) -> Any {
    switch value {
    case .none: return Absent.value
    case .some(let string as String) where string.isEmpty: return Absent.value
    case .some(let wrapped): return wrapped
    }
}
