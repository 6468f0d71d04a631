import DossierKit
import DossierPreview

/// Joins DossierKit's builder to the preview, which knows nothing of DossierKit.
struct PreviewAdapter: PreviewSiteBuilder {
    let builder: SiteBuilder

    func rebuild(changedPaths: [String]) async -> PreviewBuildOutcome {
        let result = builder.build(changedPaths: changedPaths.isEmpty ? nil : changedPaths)
        var printer = DiagnosticPrinter()
        return PreviewBuildOutcome(
            succeeded: result.succeeded,
            diagnostics: printer.format(result.diagnostics),
            summary: Console.summary(result, verb: changedPaths.isEmpty ? "built" : "rebuilt") + " ("
                + result.steps.map { "\($0.name) \(Int($0.milliseconds.rounded()))" }.joined(separator: ", ") + ")"
                + (result.firstPagesMilliseconds.map { "; edited pages on disk first, after \(Int($0.rounded())) ms" } ?? ""),
            changedOutputPaths: (result.output?.written ?? []) + (result.output?.removed ?? []))
    }
}
