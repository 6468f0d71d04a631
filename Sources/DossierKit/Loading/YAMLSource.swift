/// Parses YAML text into nodes that keep line and column, turning every problem into a
/// diagnostic at the right line of the user's file.
enum YAMLSource {
    /// Parses `text`, whose first line is line `firstLine` of the file at `path`.
    static func compose(_ text: String, path: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]) -> YAMLNode? {
        do {
            var problems: [YAMLProblem] = []
            let node = try YAMLComposer.compose(text, problems: &problems)
            diagnostics += problems.map { diagnostic(for: $0, in: text, path: path, firstLine: firstLine) }
            return node
        } catch {
            diagnostics.append(diagnostic(for: error, in: text, path: path, firstLine: firstLine))
            return nil
        }
    }

    static func location(_ mark: YAMLMark, path: String, firstLine: Int) -> SourceLocation {
        SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func diagnostic(for problem: YAMLProblem, in text: String, path: String, firstLine: Int) -> Diagnostic {
        let hint = "check the indentation and quote values that contain ': ', ' #' or start with a special character"
        if problem.stage == .scanner || problem.stage == .parser,
            let help = YAMLSyntaxHelp.help(for: problem, in: text, firstLine: firstLine)
        {
            return .error(
                location(help.mark ?? problem.mark, path: path, firstLine: firstLine),
                help.message ?? "YAML does not parse: \(problem.problem)",
                hint: help.hint)
        }
        switch problem.stage {
        case .scanner, .parser, .composer:
            var message = "YAML does not parse: \(problem.problem)"
            if let context = problem.context { message += " (\(context.text) at line \(context.mark.line + firstLine - 1))" }
            let specificHint =
                problem.problem.contains("tab character")
                ? "indent with spaces: YAML does not allow tabs in indentation"
                : problem.problem.contains("nested too deeply") ? "a field's value is a text, a list, or a few fields" : nil
            return .error(location(problem.mark, path: path, firstLine: firstLine), message, hint: specificHint ?? hint)
        case .duplicateKeys:
            let key = problem.repeatedKey ?? ""
            let first = problem.firstGiven.map { " ('\(key)' is first given at line \($0.line + firstLine - 1))" } ?? ""
            return .error(
                location(problem.mark, path: path, firstLine: firstLine), "duplicate field '\(key)'",
                hint: "each field may appear once in an entry\(first); the first is kept")
        case .escape:
            return .error(
                location(problem.mark, path: path, firstLine: firstLine), problem.problem,
                hint: "the escape '\(problem.escape ?? "")' writes it: remove it (a value may hold tabs and line breaks, \\t and \\n)")
        case .reader:
            return .error(
                location(problem.mark, path: path, firstLine: firstLine), "YAML does not read: \(problem.problem)",
                hint: "delete it: most editors do not show it (text pasted from a PDF or a web page often brings one)")
        case .memory:
            return .error(SourceLocation(path: path, line: firstLine), "YAML does not parse: \(problem.problem)")
        }
    }
}
