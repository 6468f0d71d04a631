import Foundation

/// Finds a report's source files and reads each one; `assemble` joins them into a `Report`.
public enum ContentLoader {
    /// A file of Content/ and what it is.
    public struct SourcePath: Hashable, Sendable {
        public var path: String
        public var kind: ContentKind
    }

    /// Every source file under `contentDirectory`, sorted by path; stray files get warnings.
    public static func discover(contentDirectory: String, diagnostics: inout [Diagnostic]) -> [SourcePath] {
        let root = contentDirectory.hasSuffix("/") ? String(contentDirectory.dropLast()) : contentDirectory
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(
                .error(
                    SourceLocation(path: root), "no content folder here",
                    hint: "run dossier in a report's folder, or point --content at the folder that holds site.yml"))
            return []
        }
        var found: [SourcePath] = []
        let sitePath = root + "/site.yml"
        if fileManager.fileExists(atPath: sitePath) {
            found.append(SourcePath(path: sitePath, kind: .site))
        } else if fileManager.fileExists(atPath: root + "/site.yaml") {
            found.append(SourcePath(path: root + "/site.yaml", kind: .site))
        } else {
            diagnostics.append(
                .error(SourceLocation(path: sitePath), "the report has no site.yml", hint: "create it with at least `title: …`"))
        }
        for kind in ContentKind.allCases {
            guard let folder = kind.folder else { continue }
            let folderPath = root + "/" + folder
            guard let names = try? fileManager.contentsOfDirectory(atPath: folderPath) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folderPath + "/" + name
                let ext = (name as NSString).pathExtension.lowercased()
                if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    diagnostics.append(
                        .warning(
                            SourceLocation(path: path), "folders inside \(folder)/ are not read",
                            hint: "move its files up into \(folder)/"))
                } else if kind.extensions.contains(ext) {
                    found.append(SourcePath(path: path, kind: kind))
                } else if !name.hasSuffix("~") {
                    diagnostics.append(
                        .warning(
                            SourceLocation(path: path), "ignored: \(folder)/ holds only ." + kind.extensions[0] + " files"))
                }
            }
        }
        return found.sorted { $0.path < $1.path }
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
        guard let file = SourceFile.read(source.path, diagnostics: &diagnostics) else {
            return ParsedFile(path: source.path, kind: source.kind, content: .nothing, diagnostics: diagnostics)
        }
        return EntryParser.parse(file, kind: source.kind, previous: previous)
    }

    /// Joins parsed files (in path order) into a report. Duplicate ids keep the first entry;
    /// validation reports them. Nil when site.yml could not be read.
    public static func assemble(_ files: [ParsedFile]) -> Report? {
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
            case .nothing where file.kind == .claims:
                report.unreadable[.claims, default: []].insert((file.path as NSString).lastPathComponent)
                report.unreadClaims += file.unreadClaims
            case .nothing where file.kind != .site:
                report.unreadable[file.kind, default: []].insert(EntryParser.identifier(of: file.path))
            case .nothing: break
            }
        }
        guard let site else { return nil }
        report.site = site
        return report
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
