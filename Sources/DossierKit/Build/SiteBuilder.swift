import Foundation

/// The build: load → validate → index → render Markdown → render pages → publish, each step
/// timed. One builder can run many builds (watch mode): it keeps what did not change between
/// them — parsed files, rendered articles, the hashes of published files.
public final class SiteBuilder: @unchecked Sendable {
    public let options: BuildOptions
    private var parsedCache: [String: (stamp: FileStamp, parsed: ParsedFile)] = [:]
    private var articleCache: [String: (key: Int, rendered: RenderedArticle)] = [:]
    private var publishedHashes: [OutputPath: Int]?
    private let lock = NSLock()

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Checks the report and the theme without writing anything.
    public func check() -> BuildResult {
        lock.withLock { run(publish: false) }
    }

    /// Builds and publishes the site; on any error the output is left exactly as it was.
    public func build() -> BuildResult {
        lock.withLock { run(publish: true) }
    }

    private func run(publish: Bool) -> BuildResult {
        var result = BuildResult()
        var clock = Stopwatch()
        runSteps(publish: publish, &result, &clock)
        result.steps = clock.steps
        return result
    }

    private func runSteps(publish: Bool, _ result: inout BuildResult, _ clock: inout Stopwatch) {

        // Load
        let (files, loadDiagnostics) = clock.time("load") { loadFiles() }
        result.diagnostics += loadDiagnostics
        let report = ContentLoader.assemble(files)

        // Validate: the report, the theme, and the quotes against the articles' text.
        let (templates, renderer, blocks) = clock.time("validate") { () -> (TemplateSet?, MarkdownRenderer, [String: [String]]) in
            let (templates, templateDiagnostics) = TemplateSet.load(directory: options.templatesDirectory)
            result.diagnostics += templateDiagnostics
            let renderer = MarkdownRenderer(unsafeHTML: report?.site.unsafeHTML ?? false)
            guard let report else { return (templates, renderer, [:]) }
            let articles = report.articles.values.sorted { $0.id < $1.id }
            let blockLists = Parallel.map(articles) { renderer.plainBlocks($0.body) }
            let blocks = Dictionary(uniqueKeysWithValues: zip(articles.map(\.id), blockLists))
            result.diagnostics += ReportValidator.validate(report, articleBlocks: blocks)
            return (templates, renderer, blocks)
        }
        _ = blocks
        result.diagnostics.sort()
        let failed = result.diagnostics.hasErrors || (options.strict && result.diagnostics.warningCount > 0)
        guard !failed, let report, let templates else {
            if options.strict && !result.diagnostics.hasErrors && result.diagnostics.warningCount > 0 {
                result.notes.append("--strict: warnings fail the build")
                result.diagnostics = result.diagnostics.map { var d = $0; d.severity = .error; return d }
            }
            return
        }
        guard publish else { return }

        // Index and Markdown
        let site = clock.time("index") { buildContext(report, renderer: renderer) }

        // Render pages into the staging folder.
        let stage: OutputStage
        do {
            stage = try OutputStage(outputDirectory: options.outputDirectory, knownHashes: publishedHashes)
        } catch {
            result.diagnostics.append(.error(SourceLocation(path: options.outputDirectory), "cannot write the output: \(error.localizedDescription)"))
            return
        }
        let jobs = PageCatalog.jobs(site)
        result.pageCount = jobs.count
        let renderErrors = clock.time("render") { () -> [Diagnostic] in
            let outcomes = Parallel.map(jobs) { job -> Diagnostic? in
                do {
                    let html = try templates.render(job.template, Layout.decorate(job.build(), job: job, site: site))
                    try stage.write(job.path, Array(html.utf8))
                    return nil
                } catch let error as TemplateSet.RenderError {
                    return error.diagnostic
                } catch {
                    return .error(SourceLocation(path: options.outputDirectory + "/" + job.path.value), "cannot write: \(error.localizedDescription)")
                }
            }
            // One diagnostic per template problem, not one per page that shows it.
            return Array(Set(outcomes.compactMap { $0 })).sorted()
        }
        if !renderErrors.isEmpty {
            result.diagnostics += renderErrors
            stage.discard()
            return
        }

        // Machine files, assets, publish.
        clock.time("write") {
            do {
                try writeMachineFiles(site, jobs: jobs, stage: stage, result: &result)
                try copyAssets(into: stage)
                result.output = try stage.publish()
                publishedHashes = stage.hashes
            } catch {
                stage.discard()
                result.diagnostics.append(.error(SourceLocation(path: options.outputDirectory), "cannot write the output: \(error.localizedDescription)"))
            }
        }
        return
    }

    // MARK: Steps

    /// Discovers the sources and parses each file that changed since the last build.
    private func loadFiles() -> ([ParsedFile], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let sources = ContentLoader.discover(contentDirectory: options.contentDirectory, diagnostics: &diagnostics)
        let stamps = sources.map { FileStamp(path: $0.path) }
        let files = Parallel.map(Array(zip(sources, stamps))) { source, stamp -> ParsedFile in
            if let cached = parsedCache[source.path], cached.stamp == stamp, stamp.isKnown { return cached.parsed }
            return ContentLoader.parse(source)
        }
        var cache: [String: (FileStamp, ParsedFile)] = [:]
        for (file, stamp) in zip(files, stamps) { cache[file.path] = (stamp, file) }
        parsedCache = cache
        diagnostics += files.flatMap(\.diagnostics)
        return (files, diagnostics)
    }

    private func buildContext(_ report: Report, renderer: MarkdownRenderer) -> SiteContext {
        let mentions = MentionCatalog.index(for: report)
        let mentionKey = MentionCatalog.fingerprint(report)
        var quotesByArticle: [String: [QuoteMark]] = [:]
        for claim in report.claims {
            for (index, source) in claim.sources.enumerated() {
                guard let quote = source.quote else { continue }
                let anchor = SiteURL.quoteAnchor(claim: claim.id, source: index)
                quotesByArticle[source.article, default: []].append(QuoteMark(
                    quote: quote, anchor: anchor, href: "../../" + SiteURL.claim(claim.id),
                    label: "Claim by \(report.actors[claim.actor]?.name ?? claim.actor): \(claim.text)"))
            }
        }
        let articles = report.articles.values.sorted { $0.id < $1.id }
        let cache = articleCache
        let unsafe = report.site.unsafeHTML
        let rendered = Parallel.map(articles) { article -> (Int, RenderedArticle) in
            let quotes = quotesByArticle[article.id] ?? []
            var hasher = Hasher()
            hasher.combine(article.body)
            hasher.combine(quotes)
            hasher.combine(mentionKey)
            hasher.combine(unsafe)
            let key = hasher.finalize()
            if let cached = cache[article.id], cached.key == key { return (key, cached.rendered) }
            return (key, renderer.renderArticle(article.body, quotes: quotes, mentions: mentions))
        }
        var renderedByID: [String: RenderedArticle] = [:]
        var newCache: [String: (Int, RenderedArticle)] = [:]
        for (article, entry) in zip(articles, rendered) {
            renderedByID[article.id] = entry.1
            newCache[article.id] = entry
        }
        articleCache = newCache
        var html: [String: String] = [:]
        if let description = report.site.description { html["site"] = renderer.inlineHTML(description) }
        for actor in report.actors.values where !actor.body.isBlank { html["actor:" + actor.id] = renderer.html(actor.body) }
        for weapon in report.weapons.values where !weapon.body.isBlank { html["weapon:" + weapon.id] = renderer.html(weapon.body) }
        for topic in report.topics.values where !topic.body.isBlank { html["topic:" + topic.id] = renderer.html(topic.body) }
        return SiteContext(report: report, index: ReportIndex(report: report), articles: renderedByID, html: html)
    }

    private func writeMachineFiles(_ site: SiteContext, jobs: [PageJob], stage: OutputStage, result: inout BuildResult) throws {
        func write(_ path: String, _ text: String) throws {
            guard let outputPath = OutputPath(path) else { return }
            try stage.write(outputPath, Array(text.utf8))
        }
        try write("feed.xml", MachineFiles.feed(site))
        try write("claims.json", MachineFiles.claimsJSON(site))
        try write("search/index.js", MachineFiles.searchIndex(site))
        if let base = site.report.site.baseURL {
            try write("sitemap.xml", MachineFiles.sitemap(pages: jobs.map(\.path), base: base))
        } else {
            result.notes.append("no base_url in site.yml: sitemap.xml skipped (it needs absolute URLs)")
        }
    }

    private func copyAssets(into stage: OutputStage) throws {
        let root = options.templatesDirectory + "/assets"
        guard let walker = FileManager.default.enumerator(atPath: root) else { return }
        while let relative = walker.nextObject() as? String {
            if (relative as NSString).lastPathComponent.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            let full = root + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                let path = OutputPath("assets/" + relative), let data = FileManager.default.contents(atPath: full)
            else { continue }
            try stage.write(path, [UInt8](data))
        }
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
