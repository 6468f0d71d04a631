/// A YAML value as the loaders read it, with where it was written. Aliases are already replaced
/// by the values they name, and tags are not kept: every field is read as the text written.
enum YAMLNode {
    case scalar(Scalar)
    case sequence([YAMLNode], YAMLMark)
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark)

    struct Scalar {
        var string: String
        var style: Style
        var mark: YAMLMark
    }

    /// How a scalar was written: `plain`, `'single'`, `"double"`, `|` literal or `>` folded.
    enum Style {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): return scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): return mark
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// A scalar's text; nil for a list or a mapping.
    var string: String? { scalar?.string }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs, _) = self { return pairs }
        return nil
    }
}

/// A 1-based line and column in the YAML text.
struct YAMLMark: Equatable {
    var line: Int
    var column: Int

    /// The text's first character.
    static let start = YAMLMark(line: 1, column: 1)
}
