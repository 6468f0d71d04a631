import Foundation

/// The build: load → validate → index → render pages → write, each step timed. One builder can
/// run many builds (watch mode, the preview): it keeps what did not change between them —
/// parsed files, the answers to quote checks, rendered articles, the theme, the published
/// files' hashes — and after an edit renders only the pages the edit can alter.
public final class SiteBuilder: @unchecked Sendable {
    public let options: BuildOptions
    var parsedCache: [String: (stamp: FileStamp, parsed: ParsedFile)] = [:]
    private var discoveryDiagnostics: [Diagnostic] = []
    var quoteAnswers: [String: ArticleQuotes] = [:]
    var articleCache: [String: (key: ArticleRenderKey, rendered: RenderedArticle)] = [:]
    var templateCache: (set: TemplateSet, diagnostics: [Diagnostic])?
    private var htmlCache: [String: (markdown: String, unsafe: Bool, html: String)] = [:]
    /// The last published build, which an incremental build compares against.
    var previous: (site: SiteContext, hashes: [OutputPath: Int], pages: [OutputPath])?
    /// Unshared copies of `previous`'s article tables, for an article edit to change in place.
    var spareTables: SpareArticleTables?
    /// Whether the last run published: then `previous` is what it loaded and validated.
    var lastRunPublished = false
    /// A single build's site, kept after the build rather than torn down as it ends: freeing its
    /// hundreds of thousands of values took 0.13 s of one core at the end of a 10,000-article
    /// build, and a command that builds once exits without freeing it (see `dossier build`).
    /// The next build frees it first.
    private var finishedSite: SiteContext?
    /// The last full validation's findings and the load's diagnostics, which an article edit updates.
    var validationCache: ReportValidator.Findings?
    var lastLoadDiagnostics: [Diagnostic] = []
    /// The report's static files as the last load found them; edit paths keep them as they are.
    private var staticFiles: StaticFiles?
    /// The names at the top of the last published output (`actors`, `claims.json`, …), each of
    /// which must still be there for a rebuild to trust that output.
    private var publishedTopLevel: Set<String> = []
    /// The edit paths that do only an edit's share of each step.
    enum EditPath { case articles, claims }
    /// Which one the last run took, if any (for tests).
    private(set) var editPath: EditPath?
    private let lock = NSLock()

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Checks the report and the theme without writing anything.
    public func check() -> BuildResult {
        lock.withLock { run(publish: false, changedPaths: nil) }
    }

    /// Why the output folder may not be published to (it holds the content folder, or files of
    /// its own); empty when it may. `serve` shares nothing from such a folder.
    public func outputFolderProblems() -> [Diagnostic] {
        OutputFolderRule.problems(
            output: options.outputDirectory, content: options.contentDirectory, templates: options.templatesDirectory)
    }

    /// Builds and publishes the site; on any error the output is left exactly as it was.
    /// `changedPaths` (from a file watcher) limits reading to those files; nil reads everything.
    public func build(changedPaths: [String]? = nil) -> BuildResult {
        lock.withLock { run(publish: true, changedPaths: changedPaths) }
    }

    private func run(publish: Bool, changedPaths: [String]?) -> BuildResult {
        finishedSite = nil
        var result = BuildResult()
        var clock = Stopwatch()
        runSteps(publish: publish, changedPaths: changedPaths, &result, &clock)
        result.steps = clock.steps
        return result
    }

    private func runSteps(publish: Bool, changedPaths: [String]?, _ result: inout BuildResult, _ clock: inout Stopwatch) {
        var publish = publish
        if publish {
            result.diagnostics = OutputFolderRule.problems(
                output: options.outputDirectory, content: options.contentDirectory, templates: options.templatesDirectory)
            // The report is still checked, so that every problem shows in one run; nothing is written.
            if result.diagnostics.hasErrors { publish = false }
        }
        let themeChanged = changedPaths?.contains { Self.isInside($0, options.templatesDirectory) } ?? true
        if themeChanged { templateCache = nil }
        // Static files are copied by full builds only, like the theme's assets.
        let staticChanged = changedPaths?.contains { StaticFiles.contains($0, contentDirectory: options.contentDirectory) } ?? false
        // The usual edits while writing, to an article's text or header or to what claims say,
        // take paths whose work grows with the edit rather than with the report.
        editPath = nil
        if publish, let changedPaths {
            if let edit = clock.timeIfTaken("load", { articleEdit(changedPaths) }) {
                editPath = .articles
                return runArticleEdit(edit, &result, &clock)
            }
            if let edit = clock.timeIfTaken("load", { claimEdit(changedPaths) }) {
                editPath = .claims
                return runClaimEdit(edit, &result, &clock)
            }
        }
        lastRunPublished = false
        guard
            let (site, templates, changes) = prepare(
                changedPaths: changedPaths, themeChanged: themeChanged || staticChanged, &result, &clock)
        else {
            return
        }
        // What loading freed goes back before the pages render, so that it is not counted twice.
        FreedMemory.release()
        guard publish else {
            // A check renders every page too, into nothing: a theme error must not wait for the build.
            let jobs = PageCatalog.jobs(site)
            result.pageCount = jobs.count
            result.diagnostics += clock.time("render") { render(jobs, templates: templates, site: site, stage: nil) }
            result.diagnostics += (staticFiles?.conflicts(pages: jobs.map(\.path)) ?? [])
            result.diagnostics += site.lateHTML?.changes ?? []
            return
        }
        renderAndPublish(
            site, changes: changes, pageSetUnchanged: changes.map { !$0.addsOrRemoves } ?? false, templates: templates, &result, &clock)
        if !options.rebuilds { finishedSite = site }
    }

    /// Load, validate and index: the site the pages are rendered from, or nil after errors. The
    /// files and the report read are this function's own, so that what the site leaves out of
    /// them (a single build's article texts) is freed before the pages render.
    private func prepare(changedPaths: [String]?, themeChanged: Bool, _ result: inout BuildResult, _ clock: inout Stopwatch)
        -> (SiteContext, TemplateSet, ReportChanges?)?
    {
        // The parsed files go once assembled: a single build's report then holds the only
        // reference to each text and claim, and can shed what pages do not need in place.
        // Without a site.yml that reads, the entries are still checked (`unchecked`, never a site):
        // a missing title must not hide every unknown id and misquote until it is fixed.
        var (report, unchecked, loadDiagnostics) = clock.time("load") { () -> (Report?, Report?, [Diagnostic]) in
            let (files, diagnostics) = loadFiles(changedPaths: changedPaths)
            let statics = StaticFiles(contentDirectory: options.contentDirectory)
            staticFiles = statics
            let (report, siteRead) = ContentLoader.assembleEntries(files)
            return (siteRead ? report : nil, siteRead ? nil : report, diagnostics + statics.warnings)
        }
        result.diagnostics += loadDiagnostics
        lastLoadDiagnostics = loadDiagnostics

        let (templates, renderer) = clock.time("validate") { () -> (TemplateSet?, MarkdownRenderer) in
            let templates = loadTemplates(&result.diagnostics)
            if let reason = templates?.libraryReason, !options.libraryRendering {
                result.notes.append("the theme is rendered by swift-mustache, several times slower (\(reason))")
            }
            let renderer = MarkdownRenderer(unsafeHTML: report?.site.unsafeHTML ?? false)
            guard let checked = report ?? unchecked.take() else { return (templates, renderer) }
            let texts = articleTexts(checked, renderer: renderer)
            let findings = ReportValidator.findings(checked) { article, quote in
                texts[article]?.answers[quote] ?? .missing
            }
            validationCache = findings
            // `actor: Tehran` is one mistake, told once: "did you mean 'iran'", not also the id
            // rule's "e.g. 'tehran'", an id that does not exist.
            result.diagnostics.removeAll { findings.namedReferences.contains($0.location) }
            result.diagnostics += findings.all
            return (templates, renderer)
        }
        settleDiagnostics(&result)
        guard !result.diagnostics.hasErrors, var report = report.take(), let templates else { return nil }

        let (site, changes) = clock.time("index") { () -> (SiteContext, ReportChanges?) in
            // What changed since the last published build, when the output is still the one it made.
            let changes =
                themeChanged || !outputIsIntact
                ? nil : previous.map { ReportChanges(old: $0.site.report, new: report) }
            let sameRelations = changes.map { $0.claims.isEmpty && $0.actors.isEmpty && $0.weapons.isEmpty && $0.topics.isEmpty } ?? false
            return (
                buildContext(&report, renderer: renderer, index: sameRelations ? previous?.site.index : nil, changes: changes), changes
            )
        }
        return (site, templates, changes)
    }

    /// Sorts the diagnostics and, with --strict, turns warnings into errors.
    func settleDiagnostics(_ result: inout BuildResult) {
        result.diagnostics.sort()
        if options.strict && !result.diagnostics.hasErrors && result.diagnostics.warningCount > 0 {
            result.notes.append("--strict: warnings fail the build")
            result.diagnostics = result.diagnostics.map {
                var strict = $0; strict.severity = .error; return strict
            }
        }
    }

    /// Renders the pages an edit can change (all of them without `changes`), the edited page and
    /// list first, and publishes the build. `pageSetUnchanged` says the site has exactly the
    /// previous build's pages, so that none needs listing or removing.
    func renderAndPublish(
        _ site: SiteContext, changes: ReportChanges?, pageSetUnchanged: Bool, templates: TemplateSet, _ result: inout BuildResult,
        _ clock: inout Stopwatch
    ) {
        let stage: OutputStage
        do {
            stage = try OutputStage(outputDirectory: options.outputDirectory, knownHashes: previous?.hashes, keepsHashes: options.rebuilds)
        } catch {
            result.diagnostics.append(
                .error(SourceLocation(path: options.outputDirectory), "cannot write the output: \(error.localizedDescription)"))
            return
        }
        // Planning (which pages an edit can change) counts toward the render step.
        let buildAge = clock
        var firstPagesMilliseconds: Double?
        let (pages, affected, machineFilesError, renderErrors) = clock.time("render") {
            () -> ([OutputPath], AffectedPages?, Error?, [Diagnostic]) in
            // After an edit, render only what it can change; the rest stays as published.
            var affected: AffectedPages?
            if let changes, let previous {
                affected = AffectedPages.compute(old: previous.site, new: site, changes: changes)
            }
            let jobs: [PageJob]
            let pages: [OutputPath]
            if let affected, pageSetUnchanged, let previous {
                jobs = PageCatalog.jobs(site, only: affected.pages)
                pages = previous.pages
                stage.keepAll(previous.hashes)
            } else {
                let allJobs = PageCatalog.jobs(site)
                pages = allJobs.map(\.path)
                jobs = affected.map { affected in allJobs.filter { affected.pages.contains($0.path.value) } } ?? allJobs
                if affected != nil {
                    let rendered = Set(jobs.map(\.path))
                    stage.keep(pages.filter { !rendered.contains($0) }, hashes: previous?.hashes ?? [:])
                }
            }
            // claims.json, the feed and the search index are made on their own thread while the
            // pages render: each is one long serial job that would otherwise run after every page.
            func machineFiles() -> MachineFilesTask {
                MachineFilesTask(site: site, pages: pages, affected: affected, stage: stage, previousHashes: previous?.hashes ?? [:])
            }
            func finish(_ task: MachineFilesTask) -> Error? {
                do { try task.wait() } catch { return error }
                return nil
            }
            guard let first = affected?.first, !first.isEmpty else {
                let task = machineFiles()
                let errors = render(jobs, templates: templates, site: site, stage: stage)
                return (pages, affected, finish(task), errors)
            }
            // The edited page and its list go first, with no other work competing for the cores.
            let early = jobs.filter { first.contains($0.path.value) }
            var errors = render(early, templates: templates, site: site, stage: stage)
            if errors.isEmpty {
                do {
                    try stage.publishEarly(Set(early.map(\.path)))
                    firstPagesMilliseconds = buildAge.elapsedMilliseconds
                } catch {
                    errors.append(
                        .error(SourceLocation(path: options.outputDirectory), "cannot write the output: \(error.localizedDescription)"))
                }
            }
            let task = machineFiles()
            if errors.isEmpty {
                errors = render(jobs.filter { !first.contains($0.path.value) }, templates: templates, site: site, stage: stage)
            }
            return (pages, affected, finish(task), errors)
        }
        result.pageCount = pages.count
        result.firstPagesMilliseconds = firstPagesMilliseconds
        let lateErrors = site.lateHTML?.changes ?? []
        let statics = staticFiles ?? StaticFiles(contentDirectory: options.contentDirectory)
        let staticErrors = statics.conflicts(pages: pages)
        if !renderErrors.isEmpty || !lateErrors.isEmpty || !staticErrors.isEmpty {
            result.diagnostics += renderErrors + lateErrors + staticErrors
            result.diagnostics.sort()
            stage.discard()
            return
        }
        if site.report.site.baseURL == nil {
            result.notes.append(
                "no base_url in site.yml: sitemap.xml skipped (it needs absolute URLs), and 404.html links from the domain's root")
        }
        clock.time("write") {
            do {
                if let machineFilesError { throw machineFilesError }
                // A change to the theme or the static files always takes the full path, so an
                // incremental build keeps both.
                if affected == nil {
                    try copyAssets(of: templates, into: stage)
                    try statics.copy(into: stage)
                } else {
                    stage.keep(previous?.hashes.keys.filter { $0.value.hasPrefix("assets/") } ?? [], hashes: previous?.hashes ?? [:])
                    stage.keep(statics.files.map(\.path), hashes: previous?.hashes ?? [:])
                }
                result.output = try stage.publish(previousPaths: affected == nil ? nil : previous.map { Set($0.hashes.keys) })
                // A single build leaves nothing to compare the next against: it will be a full one.
                previous = options.rebuilds ? (site, stage.hashes, pages) : nil
                lastRunPublished = true
                // After publishing: the author is not waiting for these.
                spareTables = options.rebuilds ? SpareArticleTables(copying: site) : nil
                if options.rebuilds, affected == nil || publishedTopLevel.isEmpty {
                    publishedTopLevel = Set(stage.hashes.keys.map { String($0.value.prefix { $0 != "/" }) })
                }
            } catch {
                stage.discard()
                previous = nil
                spareTables = nil
                result.diagnostics.append(
                    .error(SourceLocation(path: options.outputDirectory), "cannot write the output: \(error.localizedDescription)"))
            }
        }
    }

    // MARK: Steps

    /// Reads the sources: every file on the first build, then only the changed ones.
    private func loadFiles(changedPaths: [String]?) -> ([ParsedFile], [Diagnostic]) {
        if let changedPaths, !parsedCache.isEmpty,
            changedPaths.allSatisfy({
                ContentLoader.kind(of: $0, contentDirectory: options.contentDirectory) != nil
                    || Self.isInside($0, options.templatesDirectory)
            })
        {
            for changed in changedPaths {
                guard let kind = ContentLoader.kind(of: changed, contentDirectory: options.contentDirectory) else { continue }
                // Watchers report absolute paths; diagnostics and the cache use the paths as the user gave them.
                let path = Self.userPath(changed, under: options.contentDirectory)
                if FileManager.default.fileExists(atPath: path) {
                    let stamp = FileStamp(path: path)
                    parsedCache[path] = (stamp, ContentLoader.parse(.init(path: path, kind: kind), previous: parsedCache[path]?.parsed))
                } else {
                    parsedCache[path] = nil
                }
            }
            let files = parsedCache.keys.sorted().compactMap { parsedCache[$0]?.parsed }
            return (files, discoveryDiagnostics + files.flatMap(\.diagnostics))
        }
        var diagnostics: [Diagnostic] = []
        let sources = ContentLoader.discover(contentDirectory: options.contentDirectory, diagnostics: &diagnostics)
        discoveryDiagnostics = diagnostics
        let cache = parsedCache
        let loaded = Parallel.map(sources) { source -> (FileStamp, ParsedFile) in
            let stamp = FileStamp(path: source.path)
            if let cached = cache[source.path], cached.stamp == stamp, stamp.isKnown { return (stamp, cached.parsed) }
            return (stamp, ContentLoader.parse(source, previous: cache[source.path]?.parsed))
        }
        // Kept for the next build only: a single build does without.
        var newCache: [String: (stamp: FileStamp, parsed: ParsedFile)] = [:]
        if options.rebuilds {
            newCache.reserveCapacity(loaded.count)
            for (stamp, file) in loaded { newCache[file.path] = (stamp, file) }
        }
        parsedCache = newCache
        let files = loaded.map(\.1)
        return (files, diagnostics + files.flatMap(\.diagnostics))
    }

    func loadTemplates(_ diagnostics: inout [Diagnostic]) -> TemplateSet? {
        if let templateCache {
            diagnostics += templateCache.diagnostics
            return templateCache.set
        }
        var (set, templateDiagnostics) = TemplateSet.load(
            directory: options.templatesDirectory, folderRequired: !options.templatesFolderIsOptional)
        if options.libraryRendering { set = set?.withLibraryRendering() }
        diagnostics += templateDiagnostics
        if let set { templateCache = (set, templateDiagnostics) }
        return set
    }

    /// Each article's answers to the quotes asked of it, kept while the text is the same.
    private func articleTexts(_ report: Report, renderer: MarkdownRenderer) -> [String: ArticleQuotes] {
        var quotes: [String: Set<String>] = [:]
        for claim in report.claims {
            for source in claim.sources { if let quote = source.quote { quotes[source.article, default: []].insert(quote) } }
        }
        let articles = report.articles.values.sorted { $0.id < $1.id }
        let cache = quoteAnswers
        let texts = Parallel.map(articles) { article -> ArticleQuotes in
            var text = ArticleQuotes.cached(cache[article.id], for: article)
            text.check(quotes[article.id] ?? [], renderer: renderer)
            return text
        }
        let answers = Dictionary(uniqueKeysWithValues: zip(articles.map(\.id), texts))
        if options.rebuilds { quoteAnswers = answers }
        return answers
    }

    /// The rendered Markdown, the index and the page builders' shared values. `index` is the
    /// previous build's, when no claim or entry that the index relates has changed.
    /// `changes`, from the published build, lets the context carry over what they leave be.
    /// A single build leaves `report` without what only checks and the next build need.
    private func buildContext(
        _ report: inout Report, renderer: MarkdownRenderer, index: ReportIndex? = nil, changes: ReportChanges? = nil
    ) -> SiteContext {
        let mentions = MentionCatalog.index(for: report)
        let mentionKey = MentionCatalog.fingerprint(report)
        // The marks depend on the claims and their actors' names only: the published build's are
        // reused while those stand (the same condition that lets its index be reused).
        let quotesByArticle = index != nil ? (previous?.site.quoteMarks ?? Self.quoteMarks(report)) : Self.quoteMarks(report)
        var articles = report.articles.values.sorted { $0.id < $1.id }
        let ids = articles.map(\.id)
        let cache = articleCache
        let unsafe = report.site.unsafeHTML
        // A single build finds what each article mentions and marks now, and makes its HTML when
        // its page renders (see `LateArticleHTML`); builds that more follow keep the HTML.
        let rebuilds = options.rebuilds
        var rendered = Parallel.map(articles) { article -> (ArticleRenderKey, RenderedArticle) in
            // Compared, not hashed: an unchanged body is the same string, which compares at once.
            let key = ArticleRenderKey(
                body: article.body, quotes: quotesByArticle[article.id] ?? [], mentions: mentionKey, unsafeHTML: unsafe)
            if let cached = cache[article.id], cached.key == key { return (key, cached.rendered) }
            return (key, renderer.renderArticle(article.body, quotes: key.quotes, mentions: mentions, html: rebuilds))
        }
        // The copies hold the texts, which the report is about to shed.
        articles = []
        let lateHTML = rebuilds ? nil : LateArticleHTML(report: report, renderer: renderer, quotes: quotesByArticle, mentions: mentions)
        var renderedByID: [String: RenderedArticle] = [:]
        var newCache: [String: (ArticleRenderKey, RenderedArticle)] = [:]
        for (id, entry) in zip(ids, rendered) {
            renderedByID[id] = entry.1
            if rebuilds { newCache[id] = entry }
        }
        // The keys hold the texts, which only the next build compares.
        rendered = []
        articleCache = newCache
        if !rebuilds { report.stripForPages() }
        // Profiles and contexts, rendered again only when their text (or the HTML setting) changed.
        var sources: [String: (markdown: String, inline: Bool)] = [:]
        if let description = report.site.description { sources["site"] = (description, true) }
        for actor in report.actors.values where !actor.body.isBlank { sources["actor:" + actor.id] = (actor.body, false) }
        for weapon in report.weapons.values where !weapon.body.isBlank { sources["weapon:" + weapon.id] = (weapon.body, false) }
        for topic in report.topics.values where !topic.body.isBlank { sources["topic:" + topic.id] = (topic.body, false) }
        var html: [String: String] = [:]
        var newHTMLCache: [String: (markdown: String, unsafe: Bool, html: String)] = [:]
        for (key, source) in sources {
            if let cached = htmlCache[key], cached.markdown == source.markdown, cached.unsafe == unsafe {
                html[key] = cached.html
            } else {
                html[key] = source.inline ? renderer.inlineHTML(source.markdown) : renderer.html(source.markdown)
            }
            newHTMLCache[key] = (source.markdown, unsafe, html[key] ?? "")
        }
        htmlCache = newHTMLCache
        guard let changes, !changes.needsFullRender, let old = previous?.site else {
            return SiteContext(
                report: report, index: index ?? ReportIndex(report: report), articles: renderedByID, html: html,
                quoteMarks: quotesByArticle, keepsEncodings: rebuilds, lateHTML: lateHTML)
        }
        // No actor, weapon, topic or setting changed: the article order stands while no article
        // did, the mention lists while every article mentions what it did, and the claim values
        // of the claims the edit leaves be.
        let sameMentions = renderedByID.allSatisfy { id, article in old.articles[id]?.mentionedKeys == article.mentionedKeys }
        let site = SiteContext(
            report: report, index: index ?? ReportIndex(report: report), articles: renderedByID, html: html, quoteMarks: quotesByArticle,
            articleOrder: changes.articles.isEmpty ? old.articleOrder : nil,
            mentionedIn: changes.articles.isEmpty && sameMentions ? old.mentionedIn : nil)
        var claims = changes.claims
        for id in changes.claims {
            for index in [old.index, site.index] { claims.formUnion(index.claimsByID[id]?.respondsTo ?? []) }
        }
        site.carryModels(from: old, changedClaims: claims, changedArticles: changes.articles)
        return site
    }

    /// The quoted passages of each article, with the claims they link to.
    private static func quoteMarks(_ report: Report) -> [String: [QuoteMark]] {
        var marks: [String: [QuoteMark]] = [:]
        for claim in report.claims {
            for (index, source) in claim.sources.enumerated() {
                guard let quote = source.quote else { continue }
                marks[source.article, default: []].append(quoteMark(claim, source: index, quote: quote, report: report))
            }
        }
        return marks
    }

    /// The mark of one quoted source in its article, linking to the claim.
    static func quoteMark(_ claim: Claim, source index: Int, quote: String, report: Report) -> QuoteMark {
        QuoteMark(
            quote: quote, claim: claim.id, source: index, actorName: report.actors[claim.actor]?.name ?? claim.actor,
            claimText: claim.text)
    }

    /// Pages whose long lists are kept as rendered items between builds: the article list, which
    /// an edit to a title re-renders (and publishes first) for the one item that changed.
    static let rememberedPages: Set<String> = ["articles/index.html"]

    /// Renders pages on every core into the stage; one diagnostic per template problem. The pages
    /// that list the same claims render first, together, each item once (see `SharedListItems`);
    /// the items are dropped before the other pages render.
    func render(_ jobs: [PageJob], templates: TemplateSet, site: SiteContext, stage: OutputStage?) -> [Diagnostic] {
        let listing = jobs.filter(\.sharesListItems)
        let problems =
            listing.count > 1
            ? render(listing, templates: templates, site: site, stage: stage, sharing: SharedListItems())
                + render(jobs.filter { !$0.sharesListItems }, templates: templates, site: site, stage: stage, sharing: nil)
            : render(jobs, templates: templates, site: site, stage: stage, sharing: nil)
        // A name a partial lacks is told once for all the kinds of page that render it.
        let diagnostics = MissingValue.diagnostics(problems.flatMap(\.missing)) + problems.flatMap(\.others)
        return (diagnostics + templates.partialsSavedAsPages(amid: diagnostics)).sortedOncePerHeadline()
    }

    /// The names the pages lack, and their other problems (a missing template, a failed write).
    private func render(_ jobs: [PageJob], templates: TemplateSet, site: SiteContext, stage: OutputStage?, sharing: SharedListItems?)
        -> [(missing: [MissingValue], others: [Diagnostic])]
    {
        Parallel.map(jobs) { job -> (missing: [MissingValue], others: [Diagnostic]) in
            do {
                let html = try templates.render(
                    job.template, Layout.decorate(job.build(), job: job, site: site),
                    rememberingAs: options.rebuilds && Self.rememberedPages.contains(job.path.value) ? job.path.value : nil,
                    sharing: sharing)
                try stage?.write(job.path, html)
                return ([], [])
            } catch let error as TemplateSet.RenderError {
                return (error.missingValues, error.otherProblems)
            } catch {
                return (
                    [],
                    [
                        .error(
                            SourceLocation(path: options.outputDirectory + "/" + job.path.value),
                            "cannot write: \(error.localizedDescription)")
                    ]
                )
            }
        }
    }

    /// The theme folder's assets, and the built-in theme's that the folder does not replace.
    private func copyAssets(of templates: TemplateSet, into stage: OutputStage) throws {
        for file in templates.assets {
            guard let path = OutputPath(file.path) else { continue }
            if let bytes = file.builtIn { try stage.write(path, bytes) } else { try stage.copy(path, from: file.location) }
        }
    }

    /// `/abs/Content/articles/x.md` as `Content/articles/x.md` when the user wrote `--content Content`.
    static func userPath(_ path: String, under folder: String) -> String {
        let absolutePath = URL(fileURLWithPath: path).standardizedFileURL.path
        let absoluteFolder = URL(fileURLWithPath: folder).standardizedFileURL.path
        guard absolutePath.hasPrefix(absoluteFolder + "/") else { return path }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return base + absolutePath.dropFirst(absoluteFolder.count)
    }

    /// Whether `path` lies under `folder` (both as given or absolute).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let absolutePath = URL(fileURLWithPath: path).standardizedFileURL.path
        let absoluteFolder = URL(fileURLWithPath: folder).standardizedFileURL.path
        return absolutePath.hasPrefix(absoluteFolder.hasSuffix("/") ? absoluteFolder : absoluteFolder + "/")
    }

    /// Someone may have deleted the output, or a part of it (`rm -rf Public/actors`), between
    /// builds: then only a full build is right. One stat per top-level name, a dozen.
    var outputIsIntact: Bool {
        let output = options.outputDirectory
        return FileManager.default.fileExists(atPath: output + "/index.html")
            && publishedTopLevel.allSatisfy { FileManager.default.fileExists(atPath: output + "/" + $0) }
    }
}

/// Everything an article's rendering depends on.
struct ArticleRenderKey: Equatable, Sendable {
    var body: String
    var quotes: [QuoteMark]
    var mentions: Int
    var unsafeHTML: Bool
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
