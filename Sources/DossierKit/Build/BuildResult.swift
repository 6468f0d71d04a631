/// What a build or check did: its diagnostics, each step's time, and what it wrote.
public struct BuildResult: Sendable {
    /// A named step of the pipeline and how long it took.
    public struct Step: Sendable, Equatable {
        public var name: String
        public var milliseconds: Double
    }

    public var diagnostics: [Diagnostic] = []
    public var steps: [Step] = []
    /// Nil when nothing was published (a check, or a failed build).
    public var output: OutputStage.Summary?
    /// Things worth a line that are not problems ("no base_url: sitemap.xml skipped").
    public var notes: [String] = []
    public var pageCount = 0
    /// After an edit: how long from the start of the build until the edited pages and their list
    /// were on disk, published ahead of the rest of the rebuild. Nil when nothing went early.
    public var firstPagesMilliseconds: Double?

    public var succeeded: Bool { !diagnostics.hasErrors }

    public var totalMilliseconds: Double { steps.reduce(0) { $0 + $1.milliseconds } }
}
