import CYaml

/// Turns YAML text into `YAMLNode`s straight from libyaml's events.
///
/// Yams (whose libyaml this is) builds a tree of its own on the way: per value an event object and
/// a tag object, and per mapping a hashed check for repeated keys. That was most of loading a
/// large report; the loaders need only text, style, position and structure.
enum YAMLComposer {
    /// The text's single document, nil when it holds none (only comments, or nothing).
    /// `problems` gets those the parse goes on after, for every problem to be told in one run:
    /// each escape of a double-quoted scalar that writes a character a value may not hold
    /// (`"\0"`), and each mapping that repeats a key (whose first value is kept).
    static func compose(_ text: String, problems: inout [YAMLProblem]) throws(YAMLProblem) -> YAMLNode? {
        var text = text
        let (node, found) = try text.withUTF8 { bytes in compose(bytes) }.get()
        problems += found
        return node
    }

    private static func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<(YAMLNode?, [YAMLProblem]), YAMLProblem> {
        Result { () throws(YAMLProblem) -> (YAMLNode?, [YAMLProblem]) in
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else {
                throw YAMLProblem(stage: .memory, problem: "out of memory", mark: .start)
            }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
            var composer = EventReader(parser: parser)
            defer { composer.release() }
            // libyaml refuses values nested more than 1,000 deep, which bounds the recursion here.
            do throws(YAMLProblem) {
                let node = try composer.document()
                return (node, composer.repeatedKeys + composer.forbiddenEscapes.flatMap { escapeProblems(scalarAt: $0, in: bytes) })
            } catch {
                guard error.stage == .reader else { throw error }
                throw readerProblem(parser.pointee, in: bytes)
            }
        }
    }

    /// libyaml's reader gives a byte offset, not a line and column, and the character as a
    /// number: the problem is told where it is, and which character it is (an invisible one,
    /// most often, pasted along with a quote).
    private static func readerProblem(_ parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLProblem {
        let offset = min(Int(parser.problem_offset), bytes.count)
        var mark = YAMLMark.start
        for byte in bytes[..<offset] where byte & 0xC0 != 0x80 {
            if byte == UInt8(ascii: "\n") {
                mark.line += 1
                mark.column = 1
            } else {
                mark.column += 1
            }
        }
        var problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.problem_value >= 0, problem == "control characters are not allowed" {
            let hex = String(parser.problem_value, radix: 16, uppercase: true)
            problem = "a control character (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)) is not allowed"
        }
        return YAMLProblem(stage: .reader, problem: problem, mark: mark)
    }

    /// The problems of a double-quoted scalar found to hold a forbidden character: one per
    /// escape that writes one, at the escape.
    private static func escapeProblems(scalarAt start: YAMLMark, in bytes: UnsafeBufferPointer<UInt8>) -> [YAMLProblem] {
        YAMLEscapes.find(in: bytes, scalarAt: start).map { found in
            let hex = String(found.character.value, radix: 16, uppercase: true)
            let number = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let kind = found.character.value >= 0xFFFE ? "the character" : "a control character"
            return YAMLProblem(
                stage: .escape, problem: "\(kind) (\(number)) is not allowed", mark: found.mark, escape: found.escape)
        }
    }
}

/// Reads one event at a time and composes nodes from them; owns the current event.
private struct EventReader {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    var event = yaml_event_t()
    var holdsEvent = false
    /// The nodes anchored so far (`&name`); a later anchor of the same name replaces the earlier.
    var anchors: [String: YAMLNode] = [:]
    /// Where each double-quoted scalar starts whose escapes wrote a character a value may not hold.
    var forbiddenEscapes: [YAMLMark] = []
    /// A problem for each mapping that repeats a key.
    var repeatedKeys: [YAMLProblem] = []

    init(parser: UnsafeMutablePointer<yaml_parser_t>) {
        self.parser = parser
    }

    mutating func release() {
        if holdsEvent { yaml_event_delete(&event) }
        holdsEvent = false
    }

    mutating func advance() throws(YAMLProblem) {
        release()
        guard yaml_parser_parse(parser, &event) == 1 else { throw Self.problem(parser.pointee) }
        holdsEvent = true
    }

    var mark: YAMLMark { Self.mark(event.start_mark) }

    /// The stream's only document: nil for an empty stream, an error for a second document.
    mutating func document() throws(YAMLProblem) -> YAMLNode? {
        try advance()  // the stream's start
        try advance()
        if event.type == YAML_STREAM_END_EVENT { return nil }
        try advance()  // past the document's start
        let root = try node()
        try advance()  // the document's end
        try advance()
        if event.type != YAML_STREAM_END_EVENT {
            throw YAMLProblem(
                stage: .composer, context: ("expected a single document in the stream", .start),
                problem: "but found another document", mark: mark)
        }
        return root
    }

    /// The node whose first event is the current one; on return the current event is its last.
    mutating func node() throws(YAMLProblem) -> YAMLNode {
        let start = mark
        // Read before the events that follow replace this one.
        let anchor: String?
        let node: YAMLNode
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            anchor = Self.text(scalar.anchor)
            let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            // Only escapes write what the reader refuses as raw bytes, and only "double" quotes have escapes.
            if scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE, YAMLEscapes.holdsForbidden(bytes) { forbiddenEscapes.append(start) }
            let text = String(decoding: bytes, as: UTF8.self)
            node = .scalar(YAMLNode.Scalar(string: text, style: Self.style(scalar.style), mark: start))
        case YAML_ALIAS_EVENT:
            guard let name = Self.text(event.data.alias.anchor), let target = anchors[name] else {
                throw YAMLProblem(stage: .composer, problem: "found undefined alias", mark: start)
            }
            return target
        case YAML_SEQUENCE_START_EVENT:
            anchor = Self.text(event.data.sequence_start.anchor)
            var items: [YAMLNode] = []
            try advance()
            while event.type != YAML_SEQUENCE_END_EVENT {
                items.append(try self.node())
                try advance()
            }
            node = .sequence(items, start)
        case YAML_MAPPING_START_EVENT:
            anchor = Self.text(event.data.mapping_start.anchor)
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            try advance()
            while event.type != YAML_MAPPING_END_EVENT {
                let key = try self.node()
                try advance()
                let value = try self.node()
                pairs.append((key, value))
                try advance()
            }
            // A repeated key is an error, but not one that stops the parse: a claim that gives
            // `said` twice must not hide the problems of every other claim in its file.
            let repeats = Self.repeatedKeys(pairs)
            if !repeats.isEmpty {
                repeatedKeys += repeats
                pairs = Self.firstOfEachKey(pairs)
            }
            node = .mapping(pairs, start)
        default:
            throw YAMLProblem(stage: .composer, problem: "found an unexpected event", mark: start)
        }
        if let anchor { anchors[anchor] = node }
        return node
    }

    /// A mapping may name each key once: each repeat is reported where it is written, as a
    /// compiler reports a redefinition, with where the key was first given.
    static func repeatedKeys(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> [YAMLProblem] {
        guard pairs.count > 1 else { return [] }
        var problems: [YAMLProblem] = []
        for (index, pair) in pairs.enumerated() {
            guard let key = pair.key.string else { continue }
            // Entries have a handful of fields: comparing with the earlier keys beats hashing them.
            if let first = pairs[..<index].first(where: { $0.key.string == key }) {
                problems.append(
                    YAMLProblem(
                        stage: .duplicateKeys, problem: "duplicated key", mark: pair.key.mark, repeatedKey: key,
                        firstGiven: first.key.mark))
            }
        }
        return problems
    }

    /// The pairs without the repeats of a key, each key keeping its first value.
    static func firstOfEachKey(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> [(key: YAMLNode, value: YAMLNode)] {
        pairs.enumerated().filter { index, pair in
            guard let key = pair.key.string else { return true }
            return !pairs[..<index].contains { $0.key.string == key }
        }.map(\.element)
    }

    static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    static func problem(_ parser: yaml_parser_t) -> YAMLProblem {
        var problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        // libyaml's own words name its API, not the user's mistake.
        if problem.hasPrefix("Maximum nesting level reached") { problem = "values are nested too deeply" }
        let context = parser.context.map { (String(cString: $0), mark(parser.context_mark)) }
        let at = mark(parser.problem_mark)
        switch parser.error {
        case YAML_READER_ERROR: return YAMLProblem(stage: .reader, problem: problem, mark: at)
        case YAML_SCANNER_ERROR: return YAMLProblem(stage: .scanner, context: context, problem: problem, mark: at)
        case YAML_PARSER_ERROR: return YAMLProblem(stage: .parser, context: context, problem: problem, mark: at)
        case YAML_COMPOSER_ERROR: return YAMLProblem(stage: .composer, context: context, problem: problem, mark: at)
        default: return YAMLProblem(stage: .memory, problem: problem, mark: at)
        }
    }
}
