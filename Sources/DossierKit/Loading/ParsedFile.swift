/// What one source file contributed: its entries and the problems found reading it.
/// Kept per file so that a rebuild re-reads only the files that changed.
public struct ParsedFile: Sendable {
    /// The entries a file holds, by kind; `nothing` when it could not be read.
    public enum Content: Sendable {
        case site(SiteSettings)
        case article(Article)
        case actor(Actor)
        case weapon(Weapon)
        case topic(Topic)
        case claims([Claim])
        case nothing
    }

    public var path: String
    /// What the file is by where it sits, even when it could not be read.
    public var kind: ContentKind
    public var content: Content
    public var diagnostics: [Diagnostic]
    /// A claims file's claims that did not read (their errors say why).
    public var unreadClaims: [ClaimReferences] = []
    /// Stands for an entry folder that could not be listed: none of its entries are known.
    public var isUnreadableFolder = false
    /// Stands for a file of a misspelt entry folder, by that folder's name: not read (see
    /// `ContentLoader.SourcePath.misplacedIn`).
    public var misplacedIn: String?
    /// A claims file that read without a problem, cut into one item per claim, in order: the
    /// next read of it parses only the items that changed. Nil for other files.
    var claimChunks: ClaimChunks?
}
