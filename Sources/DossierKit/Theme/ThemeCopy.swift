import Foundation

/// `dossier theme`: copies files of the built-in theme into a theme folder, to be changed
/// there. A theme folder's file replaces the built-in one at the same path, so an author who
/// wants another claim card copies `partials/claim.mustache` alone and edits it.
public struct ThemeCopy {
    /// The built-in files to copy, by their paths in the theme.
    public let paths: [String]
    /// The theme folder they go into.
    public let folder: String

    /// The files named in `requested` (`partials/claim.mustache`, `partials/claim`,
    /// `assets/site.css`, or a folder such as `partials`), or every file when it is empty.
    /// Returns nil, with a problem for each name that is no built-in file, when one is not.
    public static func plan(_ requested: [String], into folder: String) -> (ThemeCopy?, [Problem]) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            return (nil, [Problem(message: "'\(folder)' is a file, not a folder", hint: "name another folder with --templates")])
        }
        let all = DefaultTheme.paths
        guard !requested.isEmpty else { return (ThemeCopy(paths: all, folder: folder), []) }
        var paths: [String] = []
        var problems: [Problem] = []
        for name in requested {
            let fileName = ThemeFileName(name)
            let matching = fileName.matches(in: all)
            if matching.isEmpty {
                let guess = fileName.guess(in: all)
                problems.append(
                    Problem(
                        message: "the built-in theme has no file '\(name)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
                        hint: "'dossier theme --list' lists its files"))
            }
            paths += matching.filter { !paths.contains($0) }
        }
        return problems.isEmpty ? (ThemeCopy(paths: paths, folder: folder), []) : (nil, problems)
    }

    /// A name given that is no file of the built-in theme: a mistake on the command line, not in
    /// a file, so it has no place to point at.
    public struct Problem: Equatable, Sendable {
        public let message: String
        public let hint: String
    }

    /// What copying did to one file.
    public enum Outcome: Equatable, Sendable {
        case written
        /// The folder has the file already: it is the author's, and never replaced.
        case kept
        case failed(String)
    }

    /// Writes each file that the folder lacks, making folders as needed; a file already there
    /// is kept as it is. Returns each file's path in the folder with what happened to it.
    public func run() -> [(path: String, outcome: Outcome)] {
        let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return paths.map { path in
            let target = root + "/" + path
            guard !FileManager.default.fileExists(atPath: target) else { return (target, .kept) }
            do {
                try FileManager.default.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                // Without overwriting: a file made since the check above is the author's too.
                try Data(DefaultTheme.files[path] ?? []).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
                return (target, .written)
            } catch {
                return (
                    target,
                    .failed(Self.blockingFile(above: target).map { "'\($0)' is a file, not a folder" } ?? error.localizedDescription)
                )
            }
        }
    }

    /// A file where a folder of `path` would be (`--templates notes.txt/theme`): Foundation
    /// tells it only as "error 512".
    private static func blockingFile(above path: String) -> String? {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
                return isDirectory.boolValue ? nil : folder
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }
}
