/// A theme's converted templates laid out for rendering: each node a plain value whose text,
/// name and body point into storage the program owns and frees.
///
/// `TemplateNode` trees are arrays of boxed nodes holding arrays and objects; walking one
/// retained and released every node, text and name it passed, for every tag of every page
/// (a fifth of rendering's time on the bench report), and since every core walks the same
/// tree, those counts also moved between the cores. A walk over these nodes touches no count.
final class TemplateProgram: @unchecked Sendable {
    /// Each template's top-level nodes.
    let templates: [String: UnsafeBufferPointer<RenderNode>]
    /// Every node buffer and text, freed with the program.
    private let allocations: [UnsafeMutableRawPointer]
    /// The names, partial calls and blocks the nodes point to, kept alive by the program.
    private let objects: [AnyObject]

    /// Immutable once made: the unchecked Sendable holds because nothing writes after `init`.
    init(_ converted: [String: [TemplateNode]]) {
        var layout = Layout()
        var templates: [String: UnsafeBufferPointer<RenderNode>] = [:]
        for (name, nodes) in converted { templates[name] = layout.buffer(of: nodes) }
        // Partials are resolved once every template is laid out: a partial may include itself.
        for call in layout.partialCalls { call.target = templates[call.template] }
        self.templates = templates
        allocations = layout.allocations
        objects = layout.objects
    }

    deinit {
        for allocation in allocations { allocation.deallocate() }
    }

    /// Lays nodes out in storage of their own, remembering what the program must free and keep.
    private struct Layout {
        var allocations: [UnsafeMutableRawPointer] = []
        var objects: [AnyObject] = []
        var partialCalls: [PartialCall] = []

        mutating func buffer(of nodes: [TemplateNode]) -> UnsafeBufferPointer<RenderNode> {
            stored(nodes.map { node(of: $0) })
        }

        /// The values copied into storage the program frees. Only plain values (nodes, bytes)
        /// go here: the storage is freed without deinitialising them.
        mutating func stored<Value>(_ values: [Value]) -> UnsafeBufferPointer<Value> {
            let start = UnsafeMutablePointer<Value>.allocate(capacity: max(values.count, 1))
            allocations.append(UnsafeMutableRawPointer(start))
            start.initialize(from: values, count: values.count)
            return UnsafeBufferPointer(start: start, count: values.count)
        }

        mutating func kept<Object: AnyObject>(_ object: Object) -> Unmanaged<Object> {
            objects.append(object)
            return Unmanaged.passUnretained(object)
        }

        mutating func node(of node: TemplateNode) -> RenderNode {
            switch node {
            case .text(let text):
                return .text(stored(text))
            case .variable(let name, let escaped):
                return .variable(kept(name), escaped: escaped)
            case .section(let name, let body, let inverted):
                return .section(kept(name), body: buffer(of: body), inverted: inverted)
            case .partial(let template, let indentation, let overrides):
                let call = PartialCall(
                    template: template, indentation: indentation, overrides: overrides?.mapValues { buffer(of: $0) })
                partialCalls.append(call)
                return .partial(kept(call))
            case .block(let name, let defaultBody, let indentation):
                return .block(kept(BlockSlot(name: name, defaultBody: buffer(of: defaultBody), indentation: indentation)))
            }
        }
    }
}

/// `TemplateNode` as `TemplateRenderer` walks it; every payload is a pointer or a plain value.
enum RenderNode {
    case text(UnsafeBufferPointer<UInt8>)
    case variable(Unmanaged<TemplateName>, escaped: Bool)
    case section(Unmanaged<TemplateName>, body: UnsafeBufferPointer<RenderNode>, inverted: Bool)
    case partial(Unmanaged<PartialCall>)
    case block(Unmanaged<BlockSlot>)
}

/// `{{> name}}` or `{{< name}}…{{/name}}`, its template found once the program is laid out.
final class PartialCall {
    let template: String
    /// Nil when the theme has no such template; the theme's checks report it.
    fileprivate(set) var target: UnsafeBufferPointer<RenderNode>?
    /// For a standalone partial: what goes before each of its lines.
    let indentation: [UInt8]?
    /// The blocks a child template defines.
    let overrides: [String: UnsafeBufferPointer<RenderNode>]?

    init(template: String, indentation: [UInt8]?, overrides: [String: UnsafeBufferPointer<RenderNode>]?) {
        (self.template, self.indentation, self.overrides) = (template, indentation, overrides)
    }
}

/// `{{$name}}default{{/name}}` in a parent template.
final class BlockSlot {
    let name: String
    let defaultBody: UnsafeBufferPointer<RenderNode>
    let indentation: [UInt8]?

    init(name: String, defaultBody: UnsafeBufferPointer<RenderNode>, indentation: [UInt8]?) {
        (self.name, self.defaultBody, self.indentation) = (name, defaultBody, indentation)
    }
}
