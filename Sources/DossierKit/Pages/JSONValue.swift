/// A value of claims.json, the search index or a page's JSON-LD, typed: `JSONText` writes it
/// without a cast or a hash. Built as `[String: Any]` dictionaries, each object was hashed when
/// made and sorted when written, and each value cast to find its kind.
enum JSONValue {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object(JSONObject)
    /// JSON text encoded before, written as it is: a large file reuses its unchanged parts.
    case encoded(String)
    /// A value made only when the text reaches it, straight into the text: a large file's parts
    /// then never exist all at once beside it.
    case deferred(() -> JSONValue)

    /// A list of text.
    static func strings(_ texts: [String]) -> JSONValue {
        .array(texts.map(JSONValue.string))
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral text: String) { self = .string(text) }
    init(integerLiteral number: Int) { self = .number(number) }
    init(booleanLiteral flag: Bool) { self = .bool(flag) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral pairs: (String, JSONValue)...) { self = .object(JSONObject(pairs)) }
}

/// A JSON object whose keys are kept in sorted order, as the files are written: the text is the
/// same whatever order the fields were given in. Each key is in it once.
struct JSONObject {
    private(set) var keys: [String] = []
    private(set) var values: [JSONValue] = []

    init(_ pairs: [(String, JSONValue)]) {
        // Room for a few fields set after the literal, as the optional ones are.
        keys.reserveCapacity(pairs.count + 3)
        values.reserveCapacity(pairs.count + 3)
        for (key, value) in pairs { self[key] = value }
    }

    /// Sets a field, keeping the keys sorted; fields are few, and mostly given in order, so the
    /// place is found from the end.
    subscript(key: String) -> JSONValue? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            var index = keys.count
            while index > 0 && key < keys[index - 1] { index -= 1 }
            let exists = index > 0 && keys[index - 1] == key
            switch (newValue, exists) {
            case (let value?, true):
                values[index - 1] = value
            case (let value?, false):
                keys.insert(key, at: index)
                values.insert(value, at: index)
            case (nil, true):
                keys.remove(at: index - 1)
                values.remove(at: index - 1)
            case (nil, false):
                break
            }
        }
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral pairs: (String, JSONValue)...) { self.init(pairs) }
}
