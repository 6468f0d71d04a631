import Foundation

/// A theme as a build reads it: the files of the theme folder, and for each file the folder
/// lacks, the built-in theme's, as a Hugo site's layouts stand over its theme's and a Jekyll
/// site's files over its theme gem's. A theme folder may so hold only what it changes: one
/// partial, or a stylesheet.
struct ThemeFiles {
    /// One file of the theme.
    struct File {
        /// Its path in the theme: `claim.mustache`, `partials/claim.mustache`, `assets/site.css`.
        let path: String
        /// Where it is read from, and where diagnostics place it: `Templates/claim.mustache`, or
        /// `(built-in theme)/claim.mustache`.
        let location: String
        /// Its bytes when it is built in; nil when it is read from the theme folder.
        let builtIn: [UInt8]?

        /// Its text, with a diagnostic when the folder's file cannot be read.
        func text(_ diagnostics: inout [Diagnostic]) -> String? {
            if let builtIn { return String(decoding: builtIn, as: UTF8.self) }
            return SourceFile.read(location, diagnostics: &diagnostics)?.text
        }
    }

    /// The templates (`*.mustache` outside `assets/`), by path.
    let templates: [File]
    /// The files under `assets/`, copied into the site at the same paths, by path.
    let assets: [File]
    /// The paths of the templates found in the theme folder, which are its own.
    let ownTemplates: Set<String>
    /// The theme folder's files that are neither templates nor under `assets/`, so that no
    /// build reads them: `site.css` put beside the templates, `claim.mustche`. Hidden files and
    /// editors' backups (`claim.mustache~`, `#claim.mustache#`) are left out.
    let unusedFiles: [String]

    /// The theme folder at `root` over the built-in theme; the built-in theme alone when `root`
    /// is nil.
    init(folder root: String?) {
        var templates: [String: File] = [:]
        var assets: [String: File] = [:]
        for (path, bytes) in DefaultTheme.files {
            let file = File(path: path, location: DefaultTheme.folderLabel + "/" + path, builtIn: bytes)
            if path.hasPrefix("assets/") { assets[path] = file } else if path.hasSuffix(".mustache") { templates[path] = file }
        }
        var own: Set<String> = []
        var unused: [String] = []
        if let root {
            // Names starting with a dot are skipped, as everywhere: Emacs keeps `.#claim.mustache`,
            // a link to nowhere, beside a file while it is being edited.
            let all = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { !Self.isHiddenOrBackup($0) }
            let names = all.filter { $0.hasSuffix(".mustache") && !$0.hasPrefix("assets/") }
            unused = all.filter { path in
                !path.hasSuffix(".mustache") && !path.hasPrefix("assets/") && !Self.isThemeDocument(path)
                    && (try? FileManager.default.attributesOfItem(atPath: root + "/" + path)[.type] as? FileAttributeType) == .typeRegular
            }.sorted()
            for path in names {
                templates[path] = File(path: path, location: root + "/" + path, builtIn: nil)
                own.insert(path)
            }
            for file in StaticFiles.files(under: root + "/assets", prefix: "assets/") {
                assets[file.path.value] = File(path: file.path.value, location: file.source, builtIn: nil)
            }
        }
        self.templates = templates.values.sorted { $0.path < $1.path }
        self.assets = assets.values.sorted { $0.path < $1.path }
        ownTemplates = own
        unusedFiles = unused
    }

    /// A theme's own documents, which a theme shared as a repository keeps beside its templates:
    /// `README.md`, `LICENSE`, notes in Markdown or plain text. Not misplaced theme files.
    private static func isThemeDocument(_ path: String) -> Bool {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).uppercased()
        return ["README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "NOTICE", "AUTHORS"].contains { name.hasPrefix($0) }
            || name.hasSuffix(".MD") || name.hasSuffix(".TXT")
    }

    /// A file no author means as part of the theme: in a hidden folder, hidden itself, or an
    /// editor's backup or autosave.
    private static func isHiddenOrBackup(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
            || path.hasSuffix("~") || (path.split(separator: "/").last?.hasPrefix("#") ?? false)
    }
}
