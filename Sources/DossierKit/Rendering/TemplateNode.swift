/// One piece of a parsed template. swift-mustache parses the theme (its grammar, whitespace
/// rules and error positions stay the authority); its tokens are converted into these once per
/// theme, and laid out as a `TemplateProgram` for `TemplateRenderer` to walk, so rendering needs
/// no dynamic lookups or casts beyond reading the view model's values.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, body: [TemplateNode], inverted: Bool)
    /// `{{> name}}` or `{{< name}}…{{/name}}`: `indentation` for standalone partials, `overrides`
    /// for the blocks a child template defines.
    case partial(String, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}` in a parent: the child's definition or the default.
    case block(String, defaultBody: [TemplateNode], indentation: [UInt8]?)
}

/// A tag's name as Mustache resolves it: `.`, `.a.b`, `a.b` or `transform(a)`. A class, so that
/// a `TemplateProgram`'s nodes can point to one without retaining its strings and lists.
final class TemplateName: Sendable {
    enum Start: Sendable {
        /// `{{.}}`: the innermost value.
        case current
        /// `{{.a}}`: looked up in the innermost value only.
        case innermost
        /// `{{a.b}}`: the first part is looked up from the innermost value outwards.
        case stack
        /// `{{first()}}`: the position in the list being iterated.
        case listPosition
    }

    let start: Start
    let parts: [String]
    /// The first part, looked up on every render.
    let first: String
    /// The parts' numbers (see `NameNumbers`), by which records are searched.
    let partNumbers: [Int]
    /// The first part's number.
    let firstNumber: Int
    /// Applied innermost first: `a(b(c))` applies `b`, then `a`.
    let transforms: [String]
    /// `{{a}}`: one part looked up through the stack, no transform; most tags, given a fast path.
    let isPlain: Bool

    init(_ text: String, transforms: [String]) {
        self.transforms = transforms
        parts = text.split(separator: ".").map(String.init)
        first = parts.first ?? ""
        partNumbers = parts.map(NameNumbers.number)
        firstNumber = NameNumbers.number(first)
        if text == "." {
            start = .current
        } else if text.isEmpty && !transforms.isEmpty {
            start = .listPosition
        } else if text.first == "." {
            start = .innermost
        } else {
            start = .stack
        }
        isPlain = start == .stack && parts.count == 1 && transforms.isEmpty
    }
}
