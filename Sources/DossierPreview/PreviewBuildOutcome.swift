/// The result of one site build, as reported to the terminal and to open browser pages.
public struct PreviewBuildOutcome: Sendable {
    /// Whether the build succeeded (and so whether the output folder was updated).
    public var succeeded: Bool
    /// The build's diagnostics as plain text (already formatted `path:line:col: error: …` lines), empty if none.
    public var diagnostics: String
    /// One line, e.g. "built in 42 ms: 3 written, 120 unchanged, 0 removed".
    public var summary: String
    /// Output-relative paths whose bytes changed (e.g. "assets/site.css", "actors/iran/index.html").
    public var changedOutputPaths: [String]

    /// Creates an outcome.
    public init(succeeded: Bool, diagnostics: String, summary: String, changedOutputPaths: [String]) {
        self.succeeded = succeeded
        self.diagnostics = diagnostics
        self.summary = summary
        self.changedOutputPaths = changedOutputPaths
    }

    /// True when every changed output file is a stylesheet, so pages can swap their CSS instead of reloading.
    ///
    /// An empty change list is not "only stylesheets": a build that changed nothing may follow a failed
    /// one, and pages showing the error overlay must reload to clear it.
    var changedOnlyStylesheets: Bool {
        succeeded && !changedOutputPaths.isEmpty
            && changedOutputPaths.allSatisfy { $0.lowercased().hasSuffix(".css") }
    }
}
