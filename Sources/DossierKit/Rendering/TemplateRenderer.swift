import Mustache

/// Renders converted templates against a page's view model straight into UTF-8 bytes, with the
/// semantics of swift-mustache's own renderer (sections, lists, inheritance, standalone partial
/// indentation, transforms). It exists for speed: the library looks every name up through
/// protocol casts and builds the page by string concatenation, which was half of a full build.
struct TemplateRenderer {
    /// What a section or partial renders with, as swift-mustache's context carries it.
    private struct Scope {
        var position: ListPosition?
        var indentation: [UInt8]?
        var overrides: [String: UnsafeBufferPointer<RenderNode>]?
    }

    /// Kept alive for as long as its nodes are walked.
    private let program: TemplateProgram
    /// The values sections opened, innermost last; dictionaries are cast once, when pushed,
    /// not at every name looked up through them.
    private var stack: [Frame] = []

    /// A value a section opened. A class, read in place while the stack is walked (see
    /// `frame(holding:)`): a frame held by value was copied, retaining its dictionary, for each
    /// frame walked at every tag of every page.
    private final class Frame {
        private let dictionary: [String: Any]?
        private let record: TemplateRecord?
        private let other: Any?

        init(dictionary: [String: Any]) {
            (self.dictionary, record, other) = (dictionary, nil, nil)
        }

        init(record: TemplateRecord) {
            (dictionary, self.record, other) = (nil, record, nil)
        }

        init(other: Any) {
            (dictionary, record, self.other) = (nil, nil, other)
        }

        init(_ value: Any) {
            dictionary = value as? [String: Any]
            record = dictionary == nil ? value as? TemplateRecord : nil
            other = dictionary == nil && record == nil ? value : nil
        }

        var value: Any {
            if let dictionary { return dictionary }
            if let record { return record }
            return other as Any
        }

        /// The names the value has, for a name that none had: it is likely a typo of one of these.
        var names: [String] {
            if let dictionary { return Array(dictionary.keys) }
            if let record { return record.names }
            return other.flatMap { TemplateRenderer.names(of: $0) } ?? []
        }

        /// `number` is the name's number (see `NameNumbers`), by which a record is searched.
        func child(named name: String, number: Int) -> Any? {
            if dictionary != nil { return dictionary?[name] }
            if record != nil { return record?.child(number: number) }
            return other.flatMap { TemplateRenderer.child(named: name, of: $0) }
        }
    }
    private(set) var output: [UInt8] = []
    /// The first part of every name that no value on the stack had, down to the page itself,
    /// with the names those values had where it was first missed.
    private(set) var missing: [String: [String]] = [:]
    /// Dotted names (`actor.nmae`) whose object lacked a later part, with the names it has:
    /// Mustache renders those blank, and a theme's typo inside a list item would pass unseen.
    private(set) var missingChildren: [String: MissingChild] = [:]

    /// A dotted name's part that its object lacked: which part, and the names the object has.
    struct MissingChild {
        var position: Int
        var names: [String]
    }

    /// The page's long lists as its last render left them, when the page is remembered (see
    /// `RememberedLists`); nil when it is not.
    private let previousLists: [RememberedList]?
    /// The page's long lists as this render leaves them, for the next.
    private(set) var rememberedLists: [RememberedList] = []
    /// How many of their items were copied from the previous lists.
    private(set) var copiedItems = 0
    /// Below this many items a list is not worth remembering.
    static let rememberThreshold = 100
    /// While an item of a remembered list renders: its frame's index on the stack, and what its
    /// output read from outside the item (nil once that cannot be told).
    private var recording: (floor: Int, reads: [RememberedList.OuterRead]?, usesPosition: Bool)?

    /// Items rendered for other pages that render along with this one (see `SharedListItems`).
    private let sharedItems: SharedListItems?
    /// How many items this render copied from `sharedItems`.
    private(set) var sharedCopies = 0

    init(
        program: TemplateProgram, capacity: Int = 16_384, previousLists: [RememberedList]? = nil, sharedItems: SharedListItems? = nil
    ) {
        self.program = program
        self.previousLists = previousLists
        self.sharedItems = sharedItems
        output.reserveCapacity(capacity)
    }

    mutating func render(_ name: String, model: [String: Any]) {
        guard let nodes = program.templates[name] else { return }
        stack = [Frame(dictionary: model)]
        render(nodes, Scope())
    }

    // MARK: Nodes

    private mutating func render(_ nodes: UnsafeBufferPointer<RenderNode>, _ scope: Scope) {
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, scope) }
            return
        }
        // A standalone partial's indentation goes before every line it renders but its first.
        let start = output.count
        for node in nodes {
            let before = output.count
            render(node, scope)
            if output.count > before, before > start, output[before - 1] == UInt8(ascii: "\n") {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    /// Names, partial calls and blocks are the program's, alive while it is: they are read
    /// without being retained.
    private mutating func render(_ node: RenderNode, _ scope: Scope) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            guard let value = name._withUnsafeGuaranteedRef({ resolve($0, scope) }) else { return }
            if let string = value as? String {
                escaped ? appendEscaped(string) : output.append(contentsOf: string.utf8)
            } else if value is Absent {
                return
            } else {
                let text = Self.describe(value)
                escaped ? appendEscaped(text) : output.append(contentsOf: text.utf8)
            }
        case .section(let name, let body, let inverted):
            name._withUnsafeGuaranteedRef { name in
                let value = resolve(name, scope)
                inverted ? renderInverted(body, value, scope) : renderSection(name, body, value, scope)
            }
        case .partial(let call):
            call._withUnsafeGuaranteedRef { call in
                guard let nodes = call.target else { return }
                var inner = Scope(position: nil, indentation: scope.indentation, overrides: scope.overrides)
                if let indentation = call.indentation { inner.indentation = (scope.indentation ?? []) + indentation }
                if let overrides = call.overrides {
                    // The outermost definition of a block wins, as in Mustache's inheritance.
                    inner.overrides = scope.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
                }
                render(nodes, inner)
            }
        case .block(let block):
            block._withUnsafeGuaranteedRef { block in
                var inner = Scope(position: nil, indentation: scope.indentation, overrides: scope.overrides)
                if let indentation = block.indentation { inner.indentation = (scope.indentation ?? []) + indentation }
                render(scope.overrides?[block.name] ?? block.defaultBody, inner)
            }
        }
    }

    private mutating func renderSection(_ name: TemplateName, _ body: UnsafeBufferPointer<RenderNode>, _ value: Any?, _ scope: Scope) {
        guard let value else { return }
        // The usual values are told by their exact type, which is read without copying them:
        // a cast copies the value, retaining what it holds, whether it succeeds or not.
        let type = type(of: value)
        if type == Bool.self {
            if value as! Bool { render(body, scope) }
        } else if type == Absent.self {
            return
        } else if type == String.self {
            renderInFrame(Frame(other: value), body, scope)
        } else if type == TemplateRecord.self {
            renderInFrame(Frame(record: value as! TemplateRecord), body, scope)
        } else if type == [String: Any].self {
            renderInFrame(Frame(dictionary: value as! [String: Any]), body, scope)
        } else if type == [[String: Any]].self {
            renderList(name, body, value as! [[String: Any]], scope, frame: Frame.init(dictionary:))
        } else if type == [TemplateRecord].self {
            renderList(name, body, value as! [TemplateRecord], scope, frame: Frame.init(record:))
        } else {
            renderSection(name, body, otherValue: value, scope)
        }
    }

    /// A section whose value is of none of the usual types (an optional, another kind of list).
    private mutating func renderSection(
        _ name: TemplateName, _ body: UnsafeBufferPointer<RenderNode>, otherValue value: Any, _ scope: Scope
    ) {
        if let flag = value as? Bool {
            if flag { render(body, scope) }
        } else if value is Absent {
            return
        } else if let items = value as? [[String: Any]] {
            renderList(name, body, items, scope, frame: Frame.init(dictionary:))
        } else if let records = value as? [TemplateRecord] {
            renderList(name, body, records, scope, frame: Frame.init(record:))
        } else if let list = Self.list(value) {
            for (index, item) in list.enumerated() {
                stack.append(Frame(item))
                renderItem(body, index: index, count: list.count, scope)
            }
        } else {
            renderInFrame(Frame(value), body, scope)
        }
    }

    /// A list of dictionaries or records, what view models mostly hold, walked as it is: seen
    /// as [Any], every item would be boxed again and cast back. `frame` pushes an item.
    private mutating func renderList<Item: StoredListItem>(
        _ name: TemplateName, _ body: UnsafeBufferPointer<RenderNode>, _ items: [Item], _ scope: Scope, frame: (Item) -> Frame
    ) {
        if previousLists != nil, recording == nil, items.count >= Self.rememberThreshold {
            return renderRemembered(name, body, items, scope, frame: frame)
        }
        if let sharedItems, recording == nil, let (partial, indentation) = sharedPartial(body, scope, sharedItems) {
            return renderShared(body, items, scope, partial: partial, indentation: indentation, sharedItems, frame: frame)
        }
        for (index, item) in items.enumerated() {
            stack.append(frame(item))
            renderItem(body, index: index, count: items.count, scope)
        }
    }

    /// A section's body with its value's frame pushed, outside any list.
    private mutating func renderInFrame(_ frame: Frame, _ body: UnsafeBufferPointer<RenderNode>, _ scope: Scope) {
        stack.append(frame)
        render(body, Scope(position: nil, indentation: scope.indentation, overrides: scope.overrides))
        stack.removeLast()
    }

    /// A long list of a remembered page. An item that is the same dictionary or record as last
    /// time, in a list at the same place, whose output read the same plain values from around
    /// the list (and the same position, if it used it), is copied from the last render; the
    /// others render, and are recorded for the next.
    private mutating func renderRemembered<Item: StoredListItem>(
        _ section: TemplateName, _ body: UnsafeBufferPointer<RenderNode>, _ items: [Item], _ scope: Scope, frame: (Item) -> Frame
    ) {
        let ordinal = rememberedLists.count
        let previous = previousLists.flatMap { lists in
            ordinal < lists.count && lists[ordinal].matches(section, indentation: scope.indentation, overrides: scope.overrides)
                ? lists[ordinal] : nil
        }
        var list = RememberedList(section: section, indentation: scope.indentation, overrides: scope.overrides)
        list.items.reserveCapacity(items.count)
        let start = output.count
        var outerValues: [String: RememberedList.OuterValue?] = [:]
        var finder = previous.map { RememberedList.Finder($0) }
        for (index, item) in items.enumerated() {
            let position = ListPosition(index: index, count: items.count)
            if let previous, let old = finder?.index(of: item, near: index),
                let (range, record) = previous.bytes(ofItemAt: old, position: position),
                let reads = record.outerReads, outerValuesMatch(reads, &outerValues)
            {
                output.append(contentsOf: previous.bytes[range])
                copiedItems += 1
                list.items.append(
                    .init(
                        value: item, address: item.storageAddress, end: output.count - start, position: record.position,
                        outerReads: record.outerReads))
                continue
            }
            let recorded = renderRecorded(frame(item), body, index: index, count: items.count, scope)
            list.items.append(
                .init(
                    value: item, address: item.storageAddress, end: output.count - start,
                    position: recorded.usesPosition ? position : nil, outerReads: recorded.reads))
        }
        list.bytes = Array(output[start...])
        rememberedLists.append(list)
    }

    /// The partial a list's body is, when it is nothing else and its output can be shared, with
    /// the indentation its lines will have.
    private func sharedPartial(_ body: UnsafeBufferPointer<RenderNode>, _ scope: Scope, _ sharedItems: SharedListItems)
        -> (UnsafeRawPointer, [UInt8]?)?
    {
        guard body.count == 1, case .partial(let call) = body[0] else { return nil }
        return call._withUnsafeGuaranteedRef { call in
            guard call.overrides == nil, let target = call.target, let address = target.baseAddress, sharedItems.canShare(target)
            else { return nil }
            return (UnsafeRawPointer(address), call.indentation.map { (scope.indentation ?? []) + $0 } ?? scope.indentation)
        }
    }

    /// A list whose items are one partial, as the pages listing claims have it. An item whose
    /// record was rendered through the same partial for another page, with the same indentation
    /// and reading the same plain values from around the list, is copied; the others render and
    /// are kept for the pages after this one. As with a remembered list, an item that used its
    /// position, or whose output missed a name, is not kept.
    private mutating func renderShared<Item: StoredListItem>(
        _ body: UnsafeBufferPointer<RenderNode>, _ items: [Item], _ scope: Scope, partial: UnsafeRawPointer, indentation: [UInt8]?,
        _ sharedItems: SharedListItems, frame: (Item) -> Frame
    ) {
        var outerValues: [String: RememberedList.OuterValue?] = [:]
        for (index, item) in items.enumerated() {
            let key = item.storageAddress.map { SharedListItems.Key(partial: partial, item: $0) }
            if let key, let entry = sharedItems.entry(key), entry.indentation == indentation,
                outerValuesMatch(entry.outerReads, &outerValues)
            {
                output.append(contentsOf: entry.bytes)
                sharedCopies += 1
                continue
            }
            let start = output.count
            let recorded = renderRecorded(frame(item), body, index: index, count: items.count, scope)
            if let key, let reads = recorded.reads, !recorded.usesPosition {
                sharedItems.store(.init(item: item, indentation: indentation, outerReads: reads, bytes: Array(output[start...])), as: key)
            }
        }
    }

    /// Renders one item of a remembered or shared list, pushed as `frame`, and says what its
    /// output read from around the list (nil when that cannot be told, or it missed a name or a
    /// part of one) and whether it used its position.
    private mutating func renderRecorded(
        _ frame: Frame, _ body: UnsafeBufferPointer<RenderNode>, index: Int, count: Int, _ scope: Scope
    ) -> (reads: [RememberedList.OuterRead]?, usesPosition: Bool) {
        stack.append(frame)
        recording = (floor: stack.count - 1, reads: [], usesPosition: false)
        renderItem(body, index: index, count: count, scope)
        let recorded = recording
        recording = nil
        return (recorded?.reads, recorded?.usesPosition ?? false)
    }

    /// Whether the values around this list are those an item's output read around its own.
    private func outerValuesMatch(_ reads: [RememberedList.OuterRead], _ known: inout [String: RememberedList.OuterValue?]) -> Bool {
        reads.allSatisfy { outerValue($0.name, &known) == $0.value }
    }

    /// A name looked up around a remembered list (its items are not on the stack), once per list.
    private func outerValue(_ name: String, _ known: inout [String: RememberedList.OuterValue?]) -> RememberedList.OuterValue? {
        if let value = known[name] { return value }
        let value = frame(holding: name, number: NameNumbers.number(name)).flatMap { RememberedList.OuterValue($0.value) }
        known[name] = value
        return value
    }

    /// What an item of a remembered list read from outside itself.
    private mutating func noteOuterRead(_ name: String, _ value: Any) {
        guard recording?.reads != nil else { return }
        guard let outer = RememberedList.OuterValue(value) else {
            recording?.reads = nil
            return
        }
        if recording?.reads?.contains(where: { $0.name == name }) == false {
            recording?.reads?.append(.init(name: name, value: outer))
        }
    }

    /// One item of a list section, already pushed; pops it.
    private mutating func renderItem(_ body: UnsafeBufferPointer<RenderNode>, index: Int, count: Int, _ scope: Scope) {
        let position = ListPosition(index: index, count: count)
        render(body, Scope(position: position, indentation: scope.indentation, overrides: scope.overrides))
        stack.removeLast()
    }

    private mutating func renderInverted(_ body: UnsafeBufferPointer<RenderNode>, _ value: Any?, _ scope: Scope) {
        guard let value else { return render(body, scope) }
        // Told by exact type first, as in `renderSection`; the casts below see through optionals.
        let type = type(of: value)
        if type == String.self || type == TemplateRecord.self || type == [String: Any].self { return }
        if type == Absent.self { return render(body, scope) }
        if type == Bool.self {
            if !(value as! Bool) { render(body, scope) }
            return
        }
        if let flag = value as? Bool {
            if !flag { render(body, scope) }
            return
        }
        if value is Absent { return render(body, scope) }
        if value is String || value is TemplateRecord { return }
        if let list = Self.list(value), list.isEmpty {
            renderInFrame(Frame(value), body, scope)
        }
    }

    // MARK: Names

    private mutating func resolve(_ name: TemplateName, _ scope: Scope) -> Any? {
        if name.isPlain { return lookUp(name.first, number: name.firstNumber) }
        var value: Any?
        switch name.start {
        case .current:
            value = stack.last?.value
        case .listPosition:
            value = scope.position
            recording?.usesPosition = true
        case .innermost:
            value = stack.last.flatMap { frame in
                frame.child(named: name.first, number: name.firstNumber).flatMap { children(name, of: $0) }
            }
        case .stack:
            guard let found = lookUp(name.first, number: name.firstNumber) else { return nil }
            value = name.parts.count == 1 ? found : children(name, of: found)
        }
        guard var result = value else { return nil }
        for transform in name.transforms.reversed() {
            guard let transformed = Self.apply(transform, to: result) else { return nil }
            result = transformed
        }
        return result
    }

    /// A name's first part, from the innermost value outwards; for a remembered list's item,
    /// notes what it read from around the list.
    private mutating func lookUp(_ first: String, number: Int) -> Any? {
        guard let (index, value) = frame(holding: first, number: number) else {
            if missing[first] == nil { missing[first] = Array(Set(stack.flatMap(\.names))).sorted() }
            recording?.reads = nil
            return nil
        }
        if let floor = recording?.floor, index < floor { noteOuterRead(first, value) }
        return value
    }

    /// The innermost frame that has `name`, and its value there. The frames are read where they
    /// are, through the stack's buffer: taking each out of the array would retain it, and this
    /// runs for every tag of every page.
    private func frame(holding name: String, number: Int) -> (index: Int, value: Any)? {
        stack.withUnsafeBufferPointer { frames in
            var index = frames.count - 1
            while index >= 0 {
                if let child = Unmanaged.passUnretained(frames[index])._withUnsafeGuaranteedRef({ $0.child(named: name, number: number) }) {
                    return (index, child)
                }
                index -= 1
            }
            return nil
        }
    }

    /// The value of a dotted name's later parts, from the value of its first; notes a part that
    /// a dictionary or record lacks.
    private mutating func children(_ name: TemplateName, of object: Any) -> Any? {
        var value = object
        for (position, part) in name.parts.enumerated().dropFirst() {
            guard let next = Self.child(named: part, number: name.partNumbers[position], of: value) else {
                if let names = Self.names(of: value) {
                    missingChildren[name.parts.joined(separator: ".")] = MissingChild(position: position, names: names)
                    // An item that missed a part renders as it would not with it: never copied.
                    recording?.reads = nil
                }
                return nil
            }
            value = next
        }
        return value
    }

    /// Dictionaries and records: the values a dotted name reads names from.
    static func isObject(_ value: Any) -> Bool {
        // Told by exact type first, as `child` does: the casts below run for every page.
        let type = type(of: value)
        return type == TemplateRecord.self || type == [String: Any].self || value is [String: Any] || value is TemplateRecord
    }

    /// The names a dictionary or record has; nil for any other value.
    static func names(of value: Any) -> [String]? {
        if let dictionary = value as? [String: Any] { return Array(dictionary.keys) }
        if let record = value as? TemplateRecord { return record.names }
        return nil
    }

    static func child(named name: String, of object: Any) -> Any? {
        child(named: name, number: nil, of: object)
    }

    /// `number`, when known, is the name's number (see `NameNumbers`), by which a record is searched.
    static func child(named name: String, number: Int?, of object: Any) -> Any? {
        // Records first, told by their type: a failed cast would copy one.
        if type(of: object) == TemplateRecord.self {
            let record = object as! TemplateRecord
            if let number { return record.child(number: number) }
            return record.child(named: name)
        }
        if type(of: object) == [String: Any].self { return (object as! [String: Any])[name] }
        if let dictionary = object as? [String: Any] { return dictionary[name] }
        if let record = object as? TemplateRecord { return record.child(named: name) }
        if object is String || object is Absent || object is Bool || object is Int { return nil }
        // Any other value is read as the library reads it: its stored property of that name.
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        let optional = Mirror(reflecting: match)
        guard optional.displayStyle == .optional else { return match }
        return optional.children.first?.value
    }

    // MARK: Values

    /// The items of a list value, which a section repeats for.
    private static func list(_ value: Any) -> [Any]? {
        if let items = value as? [[String: Any]] { return items }
        if value is String || value is [String: Any] || value is TemplateRecord || value is Bool { return nil }
        return value as? [Any]
    }

    /// A value as text, as swift-mustache prints it (`String(describing:)`, optionals unwrapped).
    private static func describe(_ value: Any) -> String {
        if let number = value as? Int { return String(number) }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value { return String(describing: wrapped) }
        return String(describing: value)
    }

    /// swift-mustache's transforms, for the value types view models hold.
    /// Every transform `apply` and `ListPosition` know, for the theme check: an unknown one
    /// renders blank, or false in a section, without a word.
    static let transformNames: Set<String> = [
        "empty", "capitalized", "lowercased", "uppercased", "reversed", "equalzero", "plusone", "minusone", "even", "odd",
        "count", "enumerated", "sorted", "first", "last", "index",
    ]

    private static func apply(_ transform: String, to value: Any) -> Any? {
        // Lists of records and dictionaries, told by exact type: `list` would box each item
        // into an [Any] first, for every `empty(claims)` of every page (a fiftieth of a build).
        let type = type(of: value)
        if type == [TemplateRecord].self { return applyToList(transform, value as! [TemplateRecord]) }
        if type == [[String: Any]].self { return applyToList(transform, value as! [[String: Any]]) }
        if let position = value as? ListPosition { return position.transform(transform) }
        if let string = value as? String {
            switch transform {
            case "empty": return string.isEmpty
            case "capitalized": return string.capitalized
            case "lowercased": return string.lowercased()
            case "uppercased": return string.uppercased()
            case "reversed": return String(string.reversed())
            default: return nil
            }
        }
        if let number = value as? Int {
            switch transform {
            case "equalzero": return number == 0
            case "plusone": return number + 1
            case "minusone": return number - 1
            case "even": return number & 1 == 0
            case "odd": return number & 1 == 1
            default: return nil
            }
        }
        if let dictionary = value as? [String: Any] {
            switch transform {
            case "count": return dictionary.count
            case "empty": return dictionary.isEmpty
            case "enumerated": return dictionary.map { ["key": $0.key, "value": $0.value] as [String: Any] }
            case "sorted": return dictionary.sorted { $0.key < $1.key }.map { ["key": $0.key, "value": $0.value] as [String: Any] }
            default: return nil
            }
        }
        if let items = list(value) {
            if transform == "sorted" {
                if let strings = value as? [String] { return strings.sorted() }
                if let numbers = value as? [Int] { return numbers.sorted() }
                return nil
            }
            return applyToList(transform, items)
        }
        return nil
    }

    /// The transforms any list has; `sorted` is only for lists of text or numbers.
    private static func applyToList<Item>(_ transform: String, _ items: [Item]) -> Any? {
        switch transform {
        case "first": return items.first
        case "last": return items.last
        case "reversed": return Array(items.reversed())
        case "count": return items.count
        case "empty": return items.isEmpty
        default: return nil
        }
    }

    // MARK: Output

    /// Appends text with `&`, `<`, `>`, `"` and `'` escaped, as swift-mustache's HTML content type does.
    private mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let entity: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                entity.withUTF8Buffer { output.append(contentsOf: $0) }
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }
}

/// Where the innermost list section is, which `{{#first()}}` and its kin read.
struct ListPosition: Equatable {
    var first: Bool
    var last: Bool
    var index: Int

    init(index: Int, count: Int) {
        (first, last, self.index) = (index == 0, index == count - 1, index)
    }

    func transform(_ name: String) -> Any? {
        switch name {
        case "first": return first
        case "last": return last
        case "index": return index
        case "even": return index & 1 == 0
        case "odd": return index & 1 == 1
        default: return nil
        }
    }
}
