import Foundation

/// Finds a report's source files: site.yml and the files of the entry folders. It says what it
/// cannot read or will not read: a file left out without a word is a page gone without a word.
enum ContentDiscovery {
    /// The folders entries are read from.
    private static let entryFolders = ContentKind.allCases.compactMap(\.folder)

    static func sources(in contentDirectory: String, diagnostics: inout [Diagnostic]) -> [ContentLoader.SourcePath] {
        let root = contentDirectory.hasSuffix("/") && contentDirectory.count > 1 ? String(contentDirectory.dropLast()) : contentDirectory
        let rootNames: [String]
        switch listing(of: root) {
        case .missing:
            diagnostics.append(
                .error(
                    SourceLocation(path: root), "no content folder here",
                    hint: "run dossier in a report's folder, or point --content at the folder that holds site.yml"))
            return []
        case .unreadable(let reason):
            diagnostics.append(.error(SourceLocation(path: root), "cannot read the content folder: \(reason)"))
            return []
        case .names(let names):
            rootNames = names
        }
        var found = siteFile(root, rootNames, &diagnostics)
        found += misspeltFolders(root, rootNames, &diagnostics)
        for kind in ContentKind.allCases {
            guard let folder = kind.folder else { continue }
            let folderPath = root + "/" + folder
            switch listing(of: folderPath) {
            case .missing:
                continue
            case .unreadable(let reason):
                diagnostics.append(
                    .error(
                        SourceLocation(path: folderPath), "cannot read the folder: \(reason)",
                        hint: "none of its \(folder) can be read; fix the folder and build again"))
                found.append(ContentLoader.SourcePath(path: folderPath, kind: kind, isUnreadableFolder: true))
            case .names(let names):
                found += entries(of: kind, in: folderPath, names, &diagnostics)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// site.yml, or site.yaml; both is an error, since only one can be read.
    private static func siteFile(_ root: String, _ names: [String], _ diagnostics: inout [Diagnostic]) -> [ContentLoader.SourcePath] {
        let present = ["site.yml", "site.yaml"].filter(names.contains)
        guard let first = present.first else {
            // `Site.yml`, or a settings file by another generator's name (`config.toml`,
            // `_config.yml`, `hugo.toml`): the author wrote one, and needs to know it is not read.
            let others = names.filter { name in
                let lower = name.lowercased()
                return ["site.", "config.", "_config.", "hugo.", "zola."].contains { lower.hasPrefix($0) }
            }
            let hint =
                others.isEmpty
                ? "create it with at least `title: …`"
                : "Dossier reads its settings from site.yml, not \(others.sorted().joined(separator: " or ")): "
                    + "rename it, with at least `title: …`"
            diagnostics.append(.error(SourceLocation(path: root + "/site.yml"), "the report has no site.yml", hint: hint))
            return []
        }
        if present.count > 1 {
            diagnostics.append(
                .error(
                    SourceLocation(path: root + "/site.yaml"), "a second site file: site.yml is the one read",
                    hint: "keep one of site.yml and site.yaml"))
        }
        return [ContentLoader.SourcePath(path: root + "/" + first, kind: .site)]
    }

    /// A folder beside the entry folders whose name is close to one of theirs (`claim/`,
    /// `Articles/`) is most likely one of them misspelt, its files never read. Other folders
    /// (notes, drafts) are the author's own business. Returns the files such a folder holds for
    /// the entry folder meant, marked as not read: a reference to one of them is then told where
    /// the file is, rather than that there is no such file.
    private static func misspeltFolders(_ root: String, _ names: [String], _ diagnostics: inout [Diagnostic])
        -> [ContentLoader.SourcePath]
    {
        let known = Set(entryFolders + [StaticFiles.folder])
        var misplaced: [ContentLoader.SourcePath] = []
        for name in names where !name.hasPrefix(".") && !known.contains(name) && isFolder(root + "/" + name) {
            guard let meant = Suggestion.closest(to: name.lowercased(), in: known.sorted()) else { continue }
            diagnostics.append(
                .warning(
                    SourceLocation(path: root + "/" + name), "the folder '\(name)/' is not read; did you mean '\(meant)/'?",
                    hint: "rename it to \(meant)/"))
            // A claims file's name is not an id, so only entries named by their file are kept.
            guard let kind = ContentKind.allCases.first(where: { $0.folder == meant }), kind != .claims,
                case .names(let files) = listing(of: root + "/" + name)
            else { continue }
            for file in files.sorted()
            where !file.hasPrefix(".") && kind.extensions.contains((file as NSString).pathExtension.lowercased()) {
                misplaced.append(ContentLoader.SourcePath(path: root + "/" + name + "/" + file, kind: kind, misplacedIn: name))
            }
        }
        return misplaced
    }

    /// The files of one entry folder, with a warning for anything else in it and an error for
    /// two files that would give one entry (`iran.md` and `iran.MD`).
    private static func entries(
        of kind: ContentKind, in folder: String, _ names: [String], _ diagnostics: inout [Diagnostic]
    ) -> [ContentLoader.SourcePath] {
        let folderName = kind.folder ?? ""
        var found: [ContentLoader.SourcePath] = []
        var pathByID: [String: String] = [:]
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder + "/" + name
            let ext = (name as NSString).pathExtension.lowercased()
            if isFolder(path) {
                diagnostics.append(
                    .warning(
                        SourceLocation(path: path), "folders inside \(folderName)/ are not read",
                        hint: "move its files up into \(folderName)/"))
            } else if kind.extensions.contains(ext) {
                // A claims file's name is not an id: its claims have their own.
                if kind != .claims {
                    let id = EntryParser.identifier(of: path)
                    if let first = pathByID[id] {
                        diagnostics.append(
                            .error(
                                SourceLocation(path: path),
                                "a second file for the \(kind.rawValue) '\(id)', beside \((first as NSString).lastPathComponent)",
                                hint: "an entry's id is its file name without the extension; rename or remove one of them"))
                        continue
                    }
                    pathByID[id] = path
                }
                found.append(ContentLoader.SourcePath(path: path, kind: kind))
            } else if !name.hasSuffix("~") {
                diagnostics.append(
                    .warning(SourceLocation(path: path), "ignored: \(folderName)/ holds only ." + kind.extensions[0] + " files"))
            }
        }
        return found
    }

    private enum Listing {
        case missing
        case unreadable(String)
        case names([String])
    }

    /// A folder's names; a folder that is there but cannot be listed says why, for an author
    /// to fix, rather than reading as an empty folder (whose pages a build would then remove).
    private static func listing(of folder: String) -> Listing {
        if let entries = FileIO.entriesIfReadable(of: folder) { return .names(entries.map(\.name)) }
        let code = errno
        var status = stat()
        guard lstat(folder, &status) == 0 else { return .missing }
        if status.st_mode & S_IFMT == S_IFLNK, code == ENOENT {
            return .unreadable("a link to '\(FileIO.linkTarget(folder))', which does not exist")
        }
        if code == ENOTDIR { return .unreadable("it is a file, not a folder") }
        return .unreadable(String(cString: strerror(code)))
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
