import Foundation

/// Finds a report's source files and reads each one; `assemble` joins them into a `Report`.
public enum ContentLoader {
    /// A file of Content/ and what it is.
    public struct SourcePath: Hashable, Sendable {
        public var path: String
        public var kind: ContentKind
        /// An entry folder that is there but cannot be listed; discovery has said why.
        public var isUnreadableFolder = false
        /// A file of a misspelt entry folder (`article/` for `articles/`), by that folder's name:
        /// it is not read, and stands only for where its id's entry is.
        public var misplacedIn: String?

        public init(path: String, kind: ContentKind, isUnreadableFolder: Bool = false, misplacedIn: String? = nil) {
            self.path = path
            self.kind = kind
            self.isUnreadableFolder = isUnreadableFolder
            self.misplacedIn = misplacedIn
        }
    }

    /// Every source file under `contentDirectory`, sorted by path; stray files get warnings, and
    /// folders that cannot be read errors (see `ContentDiscovery`).
    public static func discover(contentDirectory: String, diagnostics: inout [Diagnostic]) -> [SourcePath] {
        ContentDiscovery.sources(in: contentDirectory, diagnostics: &diagnostics)
    }

    /// What kind of source a path is, when it is one: `Content/articles/x.md` is an article.
    public static func kind(of path: String, contentDirectory: String) -> ContentKind? {
        let root = URL(fileURLWithPath: contentDirectory).standardizedFileURL.path
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        guard full.hasPrefix(root + "/") else { return nil }
        let parts = full.dropFirst(root.count + 1).split(separator: "/").map(String.init)
        let name = parts.last ?? ""
        guard !name.hasPrefix("."), let ext = name.split(separator: ".").last.map(String.init)?.lowercased() else { return nil }
        if parts.count == 1 { return name == "site.yml" || name == "site.yaml" ? .site : nil }
        guard parts.count == 2 else { return nil }
        return ContentKind.allCases.first { $0.folder == parts[0] && $0.extensions.contains(ext) }
    }

    /// Reads and parses one file.
    /// `previous`, the file's last read, lets a claims file be re-read item by item.
    public static func parse(_ source: SourcePath, previous: ParsedFile? = nil) -> ParsedFile {
        var diagnostics: [Diagnostic] = []
        if source.isUnreadableFolder {
            var folder = ParsedFile(path: source.path, kind: source.kind, content: .nothing, diagnostics: [])
            folder.isUnreadableFolder = true
            return folder
        }
        if let folder = source.misplacedIn {
            var file = ParsedFile(path: source.path, kind: source.kind, content: .nothing, diagnostics: [])
            file.misplacedIn = folder
            return file
        }
        guard let file = SourceFile.read(source.path, diagnostics: &diagnostics) else {
            return ParsedFile(path: source.path, kind: source.kind, content: .nothing, diagnostics: diagnostics)
        }
        return EntryParser.parse(file, kind: source.kind, previous: previous)
    }

    /// Joins parsed files (in path order) into a report. Duplicate ids keep the first entry;
    /// validation reports them. Nil when site.yml could not be read.
    public static func assemble(_ files: [ParsedFile]) -> Report? {
        let (report, siteRead) = assembleEntries(files)
        return siteRead ? report : nil
    }

    /// The report the files make, and whether site.yml read: when it did not, the report has
    /// placeholder settings, good for checking the entries (for every problem to be told in one
    /// run) but not for a site.
    public static func assembleEntries(_ files: [ParsedFile]) -> (report: Report, siteRead: Bool) {
        var site: SiteSettings?
        var report = Report(site: SiteSettings(title: "", source: SourceMap(origin: SourceLocation(path: "site.yml"))))
        report.articles.reserveCapacity(files.count { $0.kind == .article })
        for file in files {
            switch file.content {
            case .site(let settings): site = settings
            case .article(let article): report.articles[article.id] = report.articles[article.id] ?? article
            case .actor(let actor): report.actors[actor.id] = report.actors[actor.id] ?? actor
            case .weapon(let weapon): report.weapons[weapon.id] = report.weapons[weapon.id] ?? weapon
            case .topic(let topic): report.topics[topic.id] = report.topics[topic.id] ?? topic
            case .claims(let claims):
                report.claims += claims
                report.unreadClaims += file.unreadClaims
            case .nothing where file.misplacedIn != nil:
                report.misplaced[file.kind, default: [:]][EntryParser.identifier(of: file.path)] = file.misplacedIn
            case .nothing where file.isUnreadableFolder:
                report.unreadableFolders.insert(file.kind)
            case .nothing where file.kind == .claims:
                report.unreadable[.claims, default: []].insert((file.path as NSString).lastPathComponent)
                report.unreadClaims += file.unreadClaims
            case .nothing where file.kind != .site:
                report.unreadable[file.kind, default: []].insert(EntryParser.identifier(of: file.path))
            case .nothing: break
            }
        }
        guard let site else { return (report, false) }
        report.site = site
        return (report, true)
    }

    /// Discover, parse (in parallel) and assemble.
    public static func load(contentDirectory: String) -> (report: Report?, files: [ParsedFile], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let sources = discover(contentDirectory: contentDirectory, diagnostics: &diagnostics)
        let files = Parallel.map(sources) { parse($0) }
        diagnostics += files.flatMap(\.diagnostics)
        return (assemble(files), files, diagnostics)
    }
}
