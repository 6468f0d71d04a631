/// What the preview needs from a site build.
///
/// DossierPreview deliberately knows nothing about DossierKit: the CLI adapts its builder to this
/// protocol, so the server can be built and tested on its own.
public protocol PreviewSiteBuilder: Sendable {
    /// Rebuilds the site after `changedPaths` (absolute paths of changed sources; empty means a full build).
    ///
    /// On failure the builder must leave the output folder untouched, so the preview keeps serving
    /// the last good site.
    func rebuild(changedPaths: [String]) async -> PreviewBuildOutcome
}
