/// The rebuild loop shared by `dossier serve` and `dossier build --watch`: it runs the builder
/// for each batch of changes, one rebuild at a time, logs one line per rebuild (plus the
/// diagnostics when it fails, and its warnings when they change) and hands every outcome on (to
/// the reload hub when serving).
struct RebuildLoop: Sendable {
    let builder: any PreviewSiteBuilder
    let log: @Sendable (String) -> Void
    var onOutcome: @Sendable (PreviewBuildOutcome) -> Void = { _ in }
    /// `--quiet`: a build that succeeded is not logged, unless its warnings changed; a failed
    /// one is, with its diagnostics.
    var quiet = false
    /// The diagnostics logged last: a good build's warnings are told when they differ, so that
    /// a misspelt template saved while serving is told once, not with every later save.
    private let lastLogged = Locked("")

    /// Runs one build and reports it. `changedPaths` empty means a full build.
    @discardableResult
    func build(changedPaths: [String]) async -> PreviewBuildOutcome {
        let outcome = await builder.rebuild(changedPaths: changedPaths)
        report(outcome, changedPaths: changedPaths)
        onOutcome(outcome)
        return outcome
    }

    /// Rebuilds for every batch until `batches` ends or the task is cancelled. Batches that arrive
    /// while a rebuild runs are merged into the single rebuild that follows it.
    func run<Batches: AsyncSequence & Sendable>(batches: Batches) async where Batches.Element == [String] {
        let pending = PendingChanges()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    for try await batch in batches {
                        pending.add(batch)
                    }
                } catch {
                    // A failing change source ends the loop like a finished one.
                }
                pending.finish()
            }
            group.addTask {
                while let paths = await pending.next() {
                    await self.build(changedPaths: paths)
                }
            }
        }
    }

    private func report(_ outcome: PreviewBuildOutcome, changedPaths: [String]) {
        let diagnostics = outcome.diagnostics.trimmingTrailingNewlines()
        let newDiagnostics = lastLogged.withLock { last in
            defer { last = diagnostics }
            return !diagnostics.isEmpty && (!outcome.succeeded || diagnostics != last)
        }
        if quiet && outcome.succeeded {
            if newDiagnostics { log(diagnostics) }
            return
        }
        var summary = outcome.summary.isEmpty ? (outcome.succeeded ? "built" : "build failed") : outcome.summary
        if !outcome.succeeded && !summary.lowercased().contains("fail") {
            summary = "build failed: " + summary
        }
        let cause = Self.describe(changedPaths)
        log(cause.map { "\($0): \(summary)" } ?? summary)
        if newDiagnostics { log(diagnostics) }
    }

    /// "Content/a.md changed" / "3 files changed (a.md, b.md, …)"; nil for a full build.
    static func describe(_ paths: [String]) -> String? {
        guard let first = paths.first else { return nil }
        guard paths.count > 1 else { return "\(displayPath(first)) changed" }
        let names = paths.prefix(3).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        return "\(paths.count) files changed (\(names.joined(separator: ", "))\(paths.count > 3 ? ", …" : ""))"
    }

    /// A path relative to the current folder when it lies inside it, which is how users name their sources.
    static func displayPath(_ path: String) -> String {
        let currentDirectory = FileSystem.absolutePath(".")
        let prefix = currentDirectory == "/" ? "/" : currentDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var result = Substring(self)
        while let last = result.last, last.isNewline { result = result.dropLast() }
        return String(result)
    }
}
