/// Where a build reads and writes, and how strict it is.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// Warnings fail the build too.
    public var strict: Bool
    /// Whether more builds will follow this one (watch mode, the preview): then each claim's
    /// encoded JSON is kept for them, so that an edit re-encodes only what it changed. A single
    /// build does without, and its peak memory is that much lower (35 MB on 30,000 claims).
    public var rebuilds = true
    /// Render with swift-mustache itself instead of `TemplateRenderer`: for tests that hold the
    /// two to the same output.
    var libraryRendering = false

    public init(
        contentDirectory: String = "Content", templatesDirectory: String = "Templates", outputDirectory: String = "Public",
        strict: Bool = false
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.strict = strict
    }
}
