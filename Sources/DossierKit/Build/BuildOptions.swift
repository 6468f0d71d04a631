/// Where a build reads and writes, and how strict it is.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    /// The theme folder, over the built-in theme: it holds only the files it changes.
    public var templatesDirectory: String
    /// A missing theme folder means the built-in theme alone, not an error: `dossier` run
    /// without `--templates` where there is no `Templates/`.
    public var templatesFolderIsOptional = false
    public var outputDirectory: String
    /// Warnings fail the build too.
    public var strict: Bool
    /// Whether more builds will follow this one (watch mode, the preview): then what a build
    /// made (parsed files, rendered articles, encoded claims) is kept for the next, which redoes
    /// only what an edit changed. False for a single build: it holds only what its pages need
    /// while they render (an article's text is read again and its HTML made when its page is),
    /// and each build is a full one. On the 10,000-article bench a single build peaks at 185 MiB,
    /// a watcher's first build at 320 MiB.
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
