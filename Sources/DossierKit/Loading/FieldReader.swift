import Foundation

/// Reads one YAML mapping strictly: each getter checks a field's type and records that the field
/// is known; `finish()` reports every field nobody asked for, so a misspelt key never passes.
struct FieldReader {
    let path: String
    let firstLine: Int
    let origin: SourceLocation
    // The mapping's fields as lists side by side, searched by key alone: a list of tuples was
    // copied whole, its nodes retained and released, at every step of every field's search.
    private var keys: [String] = []
    /// Where each key was written, for an unknown field's error.
    private var keyMarks: [YAMLMark] = []
    private var values: [YAMLNode] = []
    /// Whether a getter asked for each field, by index in `keys`.
    private var asked: [Bool] = []
    /// Every field name a getter asked for, written or not: the suggestions for a misspelt one.
    private var known: [String] = []
    private(set) var sourceMap: SourceMap
    var diagnostics: [Diagnostic] = []
    /// Where each missing required field's error is in `diagnostics`: `finish` drops the error
    /// when a misspelt field that suggests it explains it better.
    private var missingAt: [String: Int] = [:]
    /// What the entry is, for messages: "article", "claim".
    let entryKind: String

    /// Nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: YAMLNode, path: String, firstLine: Int, entryKind: String, diagnostics: inout [Diagnostic]) {
        self.path = path
        self.firstLine = firstLine
        self.entryKind = entryKind
        let origin = YAMLSource.location(node.mark, path: path, firstLine: firstLine)
        self.origin = origin
        self.sourceMap = SourceMap(origin: origin)
        guard let mapping = node.mapping else {
            diagnostics.append(
                .error(origin, "expected the fields of \(Self.article(entryKind)) as `name: value` lines, found \(Self.describe(node))"))
            return nil
        }
        keys.reserveCapacity(mapping.count)
        keyMarks.reserveCapacity(mapping.count)
        values.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            keys.append(keyNode.string ?? "")
            keyMarks.append(keyNode.mark)
            values.append(value)
        }
        asked = Array(repeating: false, count: keys.count)
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        YAMLSource.location(node.mark, path: path, firstLine: firstLine)
    }

    private mutating func value(_ key: String) -> YAMLNode? {
        known.append(key)
        guard let index = keys.firstIndex(of: key) else { return nil }
        asked[index] = true
        sourceMap.record(key, at: location(values[index]))
        if case .scalar(let scalar) = values[index], scalar.style == .plain, Self.nullLiterals.contains(scalar.string) {
            return nil
        }
        return values[index]
    }

    /// What a plain scalar means as "no value" in YAML.
    private static let nullLiterals: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// The text without the whitespace of `set` around it. Most values have none, and are returned
    /// as they are, known by their ends alone: Foundation's trimming goes through an NSString,
    /// which for the lists of 30,000 claims was a tenth of reading them.
    private static func trimmed(_ text: String, _ set: CharacterSet = .whitespacesAndNewlines) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if isVisibleASCII(first) && isVisibleASCII(last) { return text }
        guard set.contains(first) || set.contains(last) else { return text }
        return text.trimmingCharacters(in: set)
    }

    /// A printable ASCII character other than the space: whitespace in no character set.
    private static func isVisibleASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x20 && scalar.value < 0x7F
    }

    private mutating func missing(_ key: String) {
        missingAt[key] = diagnostics.count
        diagnostics.append(
            .error(origin, "\(Self.article(entryKind)) needs \(Self.fieldArticle(key)) '\(key)' field", hint: "add `\(key): …`"))
    }

    /// "a 'said' field", "an 'actor' field", "a 'url' field".
    static func fieldArticle(_ key: String) -> String {
        key == "url" ? "a" : indefinite(key)
    }

    /// A scalar field's text exactly as written (YAML 1.1 resolution never applies).
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let scalar = node.scalar else {
            diagnostics.append(.error(location(node), "'\(key)' must be a single value, not \(Self.describe(node))"))
            return nil
        }
        let text = Self.trimmed(scalar.string)
        if text.isEmpty {
            // `quote: ""` written and then dropped would look like a value that was checked; a field
            // left blank (`venue:`) is YAML's null, which `value` has already taken as not written.
            // A warning for an optional field, which earlier versions dropped without a word: a
            // report written then still builds.
            diagnostics.append(
                required
                    ? .error(location(node), "'\(key)' is empty", hint: "write its value")
                    : .warning(location(node), "'\(key)' is empty, and left out", hint: "write its value, or remove the field"))
            return nil
        }
        return text
    }

    /// An id-valued field (`actor: kyrylo-budanov`), checked against the id rule here.
    mutating func identifier(_ key: String, required: Bool = false) -> String? {
        guard let text = string(key, required: required) else { return nil }
        checkIdentifier(text, at: sourceMap[key], field: key)
        return text
    }

    /// A list of scalars; a single scalar is accepted as a one-item list.
    mutating func list(_ key: String) -> [(text: String, location: SourceLocation)] {
        guard let node = value(key) else { return [] }
        let items: [YAMLNode]
        switch node {
        case .sequence(let sequence, _): items = sequence
        case .scalar(let scalar):
            items = [node]
            // `aliases:` over `  -Bar` is the value "-Bar", not a list: YAML needs the space. A value
            // may really start with '-', so this is a warning, which quotes silence.
            if scalar.style == .plain, scalar.string.hasPrefix("-"), let second = scalar.string.dropFirst().first, second != " " {
                diagnostics.append(
                    .warning(
                        location(node), "a list item needs a space after '-'",
                        hint: "write '- \(scalar.string.dropFirst())', or put a value that starts with '-' in quotes"))
            }
        default:
            diagnostics.append(.error(location(node), "'\(key)' must be a list like [a, b]"))
            return []
        }
        var result: [(String, SourceLocation)] = []
        for item in items {
            guard let scalar = item.scalar else {
                diagnostics.append(.error(location(item), "each item of '\(key)' must be a single value"))
                continue
            }
            let itemLocation = location(item)
            let text = Self.trimmed(scalar.string, .whitespaces)
            // An empty alias would show as nothing on the page, and two of them as "'' is listed twice".
            guard !text.isEmpty else {
                diagnostics.append(
                    .warning(itemLocation, "an item of '\(key)' is empty, and left out", hint: "remove it, or write its value"))
                continue
            }
            // Indexed as in the list returned, which the checks look positions up by.
            sourceMap.record("\(key)[\(result.count)]", at: itemLocation)
            result.append((text, itemLocation))
        }
        return result
    }

    mutating func identifierList(_ key: String) -> [String] {
        list(key).map { item in
            checkIdentifier(item.text, at: item.location, field: key)
            return item.text
        }
    }

    mutating func date(_ key: String, required: Bool = false, allowsTime: Bool = false) -> PartialDate? {
        guard let text = string(key, required: required) else { return nil }
        do {
            return try PartialDate.parse(text, allowsTime: allowsTime)
        } catch {
            var at = sourceMap[key]
            at.column += error.offset + quoteWidth(key)
            diagnostics.append(.error(at, "bad date in '\(key)': \(error.message)", hint: error.hint))
            return nil
        }
    }

    mutating func choice<Value: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> Value?
    where Value.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        let suggestion =
            ValueSynonyms.value(for: text, in: key).map { "; did you mean '\($0)'?" } ?? Suggestion.didYouMean(text, in: allowed)
        diagnostics.append(
            .error(
                sourceMap[key], "'\(text)' is not a valid \(key)\(suggestion)",
                hint: "\(key) is one of: " + allowed.joined(separator: ", ")))
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            diagnostics.append(.error(sourceMap[key], "'\(key)' must be true or false, not '\(text)'"))
            return nil
        }
    }

    /// A mapping or list-of-mappings field, read by the caller.
    mutating func node(_ key: String) -> YAMLNode? {
        value(key)
    }

    /// Records where a nested field was written (a claim's `sources[0].quote`).
    mutating func recordField(_ name: String, at location: SourceLocation) {
        sourceMap.record(name, at: location)
    }

    /// Reports every field that no getter asked for, with the closest known name.
    mutating func finish() {
        guard asked.contains(false) else { return }
        var explained: [Int] = []
        let known = Set(self.known).sorted()
        // A synonym stands for a field not written: `title: Minister` beside an actor's `name` is not it.
        let unwritten = Set(known).subtracting(keys)
        for (index, key) in keys.enumerated() where !asked[index] {
            let suggestion = Suggestion.closest(to: key, in: known) ?? FieldSynonyms.field(for: key, among: unwritten)
            // `acter: iran` is one mistake: the misspelt field, not also a missing 'actor'.
            if let suggestion, let missing = missingAt[suggestion] { explained.append(missing) }
            diagnostics.append(
                .error(
                    YAMLSource.location(keyMarks[index], path: path, firstLine: firstLine),
                    "unknown field '\(key)' in \(Self.article(entryKind))" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    hint: suggestion == nil
                        ? "the fields of \(Self.article(entryKind)) are: " + known.joined(separator: ", ") : nil))
        }
        for index in Set(explained).sorted(by: >) { diagnostics.remove(at: index) }
    }

    private mutating func checkIdentifier(_ text: String, at location: SourceLocation, field: String) {
        guard !Identifier.isValid(text) else { return }
        if Identifier.isTooLong(text) {
            diagnostics.append(
                .error(
                    location,
                    "'\(Identifier.abbreviated(text))' in '\(field)' is too long: \(text.utf8.count) characters, "
                        + "and ids are at most \(Identifier.maximumLength)",
                    hint: "shorten it: an id becomes a folder's name in the site"))
            return
        }
        diagnostics.append(
            .error(
                location, "'\(text)' in '\(field)' is not a valid id",
                hint: Identifier.suggestion(for: text).map { "ids are lowercase letters and digits joined by single hyphens, e.g. '\($0)'" }
                    ?? "ids are lowercase letters and digits joined by single hyphens"))
    }

    /// Columns of a date's problem count from the text; a quoted scalar starts one column later.
    private func quoteWidth(_ key: String) -> Int {
        guard let index = keys.firstIndex(of: key), let scalar = values[index].scalar else { return 0 }
        return scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 1 : 0
    }

    static func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): return "the value '\(scalar.string)'"
        case .mapping: return "a set of fields"
        case .sequence: return "a list"
        }
    }

    static func article(_ kind: String) -> String {
        // A file name is its own noun: "site.yml needs a 'title' field", not "a site.yml needs…".
        if kind.contains(".") { return kind }
        return indefinite(kind) + " " + kind
    }

    /// "a" or "an", by the word's first letter.
    private static func indefinite(_ word: String) -> String {
        ["a", "e", "i", "o", "u"].contains(word.first.map(String.init) ?? "") ? "an" : "a"
    }
}
