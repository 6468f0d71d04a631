import Mustache

extension TemplateNode {
    /// Why a parsed template could not be converted: a token this renderer does not implement
    /// (a content-type pragma, a dynamic partial) or a library whose parse has another shape.
    struct ConversionFailure: Error {
        var reason: String
    }

    /// The nodes of a template parsed by swift-mustache. The library keeps its tokens internal,
    /// so they are read through reflection, once per theme; anything unexpected fails the
    /// conversion and the theme is rendered by the library instead.
    static func nodes(of template: MustacheTemplate) throws(ConversionFailure) -> [TemplateNode] {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") as? [Any] else {
            throw ConversionFailure(reason: "no tokens in the parsed template")
        }
        var nodes: [TemplateNode] = []
        nodes.reserveCapacity(tokens.count)
        for token in tokens {
            if let node = try node(of: token) { nodes.append(node) }
        }
        return nodes
    }

    private static func node(of token: Any) throws(ConversionFailure) -> TemplateNode? {
        guard let (kind, payload) = Mirror(reflecting: token).children.first.map({ ($0.label ?? "", $0.value) }) else {
            throw ConversionFailure(reason: "a token without a case")
        }
        let fields = Mirror(reflecting: payload).children.map(\.value)
        func field<T>(_ index: Int, as type: T.Type) throws(ConversionFailure) -> T {
            guard index < fields.count, let value = fields[index] as? T else {
                throw ConversionFailure(reason: "unexpected payload in a '\(kind)' token")
            }
            return value
        }
        switch kind {
        case "text":
            guard let text = payload as? String else { throw ConversionFailure(reason: "a text token without text") }
            return text.isEmpty ? nil : .text(Array(text.utf8))
        case "variable", "unescapedVariable":
            let name = TemplateName(try field(0, as: String.self), transforms: try field(1, as: [String].self))
            return .variable(name, escaped: kind == "variable")
        case "section", "invertedSection":
            let name = TemplateName(try field(0, as: String.self), transforms: try field(1, as: [String].self))
            return .section(name, body: try nodes(of: try field(2, as: MustacheTemplate.self)), inverted: kind == "invertedSection")
        case "partial":
            let overrides = try field(2, as: [String: MustacheTemplate]?.self)
            var converted: [String: [TemplateNode]]?
            if let overrides {
                converted = [:]
                for (name, template) in overrides { converted?[name] = try nodes(of: template) }
            }
            return .partial(
                try field(0, as: String.self), indentation: try field(1, as: String?.self).map { Array($0.utf8) }, overrides: converted)
        case "blockExpansion":
            return .block(
                try field(0, as: String.self), defaultBody: try nodes(of: try field(1, as: MustacheTemplate.self)),
                indentation: try field(2, as: String?.self).map { Array($0.utf8) })
        case "contentType":
            throw ConversionFailure(reason: "it uses the content-type pragma {{%CONTENT_TYPE}}")
        case "dynamicNamePartial":
            throw ConversionFailure(reason: "it uses a dynamic partial {{>*name}}")
        default:
            throw ConversionFailure(reason: "its '\(kind)' tags are not supported")
        }
    }
}
