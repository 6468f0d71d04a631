import Mustache

/// The bottom of the Mustache context stack. Mustache asks it for a name only after every
/// inner context lacked it, so each name it does not have is a key the template needs and the
/// page does not provide: a typo in a theme, which must fail the build instead of rendering blank.
final class KeyRecorder: MustacheParent {
    private let values: [String: Any]
    private(set) var missing: Set<String> = []

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        missing.insert(name)
        return nil
    }
}
