import Foundation

/// The files of the report's `static/` folder, copied into the site at the same paths, as they
/// are: what a host or a browser looks for at the site's root (CNAME for GitHub Pages,
/// robots.txt, favicon.ico) and documents to link to. Names starting with a dot are skipped,
/// as everywhere in the output (put those into the output folder by hand: builds leave them).
struct StaticFiles {
    static let folder = "static"
    /// Paths the site makes besides its pages; `assets/` is the theme's.
    static let reserved: Set<String> = ["claims.json", "feed.xml", "sitemap.xml", "search/index.js"]

    /// Each file's path in the site and where it is read from (`Content/static/robots.txt`).
    let files: [(path: OutputPath, source: String)]
    /// A warning for each entry the walk passed over: a broken link, a pipe, a link back up.
    let warnings: [Diagnostic]

    init(contentDirectory: String) {
        var skipped: [Diagnostic] = []
        files = Self.files(under: Self.root(contentDirectory), skipped: &skipped).sorted { $0.path < $1.path }
        warnings = skipped.sorted()
    }

    private static func root(_ contentDirectory: String) -> String {
        (contentDirectory.hasSuffix("/") ? String(contentDirectory.dropLast()) : contentDirectory) + "/" + folder
    }

    /// Every file under `root`, at its path below it after `prefix`; names starting with a dot,
    /// and what is inside such folders, are skipped. Links are followed, to files and to folders
    /// (a folder of scans kept elsewhere); a link back to a folder it is inside is not, or the
    /// walk would never end. The theme's assets are found the same way.
    static func files(under root: String, prefix: String = "") -> [(path: OutputPath, source: String)] {
        var skipped: [Diagnostic] = []
        return files(under: root, prefix: prefix, skipped: &skipped)
    }

    /// `files(under:prefix:)`, with a warning in `skipped` for each entry that is not copied.
    static func files(under root: String, prefix: String = "", skipped: inout [Diagnostic]) -> [(path: OutputPath, source: String)] {
        var status = stat()
        guard stat(root, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return [] }
        var walk = Walk()
        walk.collect(in: root, at: prefix, insideFolders: [FolderIdentity(status)])
        skipped += walk.skipped
        return walk.files
    }

    /// A folder as the file system knows it, whatever path or link leads to it.
    private struct FolderIdentity: Hashable {
        let device: UInt64
        let inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// One walk's findings: the files to copy and what it passed over, said as warnings, since
    /// an author who put a file into `static/` expects it on the site.
    private struct Walk {
        var files: [(path: OutputPath, source: String)] = []
        var skipped: [Diagnostic] = []

        mutating func collect(in folder: String, at relative: String, insideFolders: Set<FolderIdentity>) {
            for (name, _, _) in FileIO.entries(of: folder) where !name.hasPrefix(".") {
                let source = folder + "/" + name
                let path = relative + name
                // stat, not lstat: a link counts as what it points to.
                var status = stat()
                guard stat(source, &status) == 0 else {
                    skip(
                        source, "a broken link, to '\(FileIO.linkTarget(source))': not copied",
                        hint: "point the link at a file or folder that exists, or remove it")
                    continue
                }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    let identity = FolderIdentity(status)
                    guard !insideFolders.contains(identity) else {
                        skip(
                            source, "a link back to a folder it is inside: not followed",
                            hint: "remove the link; that folder is copied already")
                        continue
                    }
                    collect(in: source, at: path + "/", insideFolders: insideFolders.union([identity]))
                case S_IFREG:
                    guard let output = OutputPath(path) else {
                        skip(
                            source, "a name with a backslash, which no web address can hold: not copied",
                            hint: "rename it without the backslash")
                        continue
                    }
                    files.append((output, source))
                default:
                    // A pipe or a socket is not a file to copy: reading one could wait forever.
                    skip(
                        source, "not a regular file (a pipe, socket or device): not copied",
                        hint: "static/ copies files, folders and links to them")
                }
            }
        }

        private mutating func skip(_ source: String, _ problem: String, hint: String) {
            skipped.append(.warning(SourceLocation(path: source), problem, hint: hint))
        }
    }

    /// Whether a changed path is one of the report's static files, or the folder itself (moved
    /// away whole, it is reported as one path).
    static func contains(_ path: String, contentDirectory: String) -> Bool {
        let folder = root(contentDirectory)
        return SiteBuilder.isInside(path, folder)
            || URL(fileURLWithPath: path).standardizedFileURL.path == URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    /// An error for each file at a path the site makes itself: a page, the theme's assets or a
    /// machine-readable file. A static file never silently replaces one, nor is replaced.
    func conflicts(pages: [OutputPath]) -> [Diagnostic] {
        // Most reports have no static files: a 40,000-page set is not worth making for none.
        guard !files.isEmpty else { return [] }
        let pages = Set(pages)
        return files.compactMap { file in
            let value = file.path.value
            guard pages.contains(file.path) || value.hasPrefix("assets/") || Self.reserved.contains(value) else { return nil }
            let message =
                value.hasPrefix("assets/")
                ? "a static file cannot go into assets/, which is the theme's"
                : "the site makes '\(value)' itself; a static file cannot replace it"
            return .error(
                SourceLocation(path: file.source), message,
                hint: "rename it or move it into a folder of its own, such as static/files/")
        }
    }

    /// Stages every file as it is.
    func copy(into stage: OutputStage) throws {
        for file in files { try stage.copy(file.path, from: file.source) }
    }
}
