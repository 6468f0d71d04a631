import Yams

/// Parses YAML text into Yams nodes (which keep line and column), turning every Yams error into
/// a diagnostic at the right line of the user's file.
enum YAMLSource {
    /// Parses `text`, whose first line is line `firstLine` of the file at `path`.
    static func compose(_ text: String, path: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]) -> Node? {
        do {
            // The basic resolver tags every scalar as text: values are read as written (a date
            // stays its text), and no regular expression runs per scalar, which was most of loading.
            // The encoding is given: Yams's default reads the whole process environment on every
            // call (an eighth of loading 10,000 files), and Swift strings are UTF-8.
            return try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, path: path, firstLine: firstLine))
            return nil
        } catch {
            diagnostics.append(.error(SourceLocation(path: path, line: firstLine), "YAML does not parse: \(error)"))
            return nil
        }
    }

    static func location(_ mark: Mark?, path: String, firstLine: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        let hint = "check the indentation and quote values that contain ': ', ' #' or start with a special character"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "YAML does not parse: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + firstLine - 1))" }
            let tabs = problem.contains("tab character")
            return .error(
                location(mark, path: path, firstLine: firstLine), message,
                hint: tabs ? "indent with spaces: YAML does not allow tabs in indentation" : hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error(
                location(context.mark, path: path, firstLine: firstLine),
                "duplicate field \(keys)", hint: "each field may appear once in an entry")
        case .reader(let problem, _, _, _):
            return .error(SourceLocation(path: path, line: firstLine), "YAML does not read: \(problem)")
        default:
            return .error(SourceLocation(path: path, line: firstLine), "YAML does not parse: \(error)")
        }
    }
}
