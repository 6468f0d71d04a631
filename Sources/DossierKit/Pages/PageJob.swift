/// One page to write: where, with which template, and how to build its view model. Models are
/// built when the page is rendered, so a build never holds every page's model at once.
public struct PageJob: Sendable {
    public var path: OutputPath
    public var template: String
    /// The page's kind for `page_kind` and the navigation (`actors`, `timeline`…).
    public var section: String
    public var title: String
    public var build: @Sendable () -> [String: Any]
    /// Whether the page lists the claims that other pages list too, as they are: such pages
    /// render together and each item once (see `SharedListItems`).
    public var sharesListItems = false
}
