import Foundation

/// Where a site may be published. Publishing replaces the output with the site and removes what
/// the site does not have, so the output must not overlap the folders a build reads (pointed at
/// a folder holding the content folder, like the report's own, it would remove the report), and
/// must not be a folder of other files (`--output ~/Documents` would empty it).
enum OutputFolderRule {
    /// An error for each source folder the output overlaps; none when they are apart.
    static func problems(output: String, content: String, templates: String) -> [Diagnostic] {
        let resolvedOutput = resolved(output)
        var problems: [Diagnostic] = []
        for (folder, role) in [(content, "content"), (templates, "templates")] {
            let resolvedFolder = resolved(folder)
            let message: String
            if resolvedOutput == resolvedFolder {
                message = "the output folder is the \(role) folder; publishing the site would replace what is in it"
            } else if isInside(resolvedFolder, resolvedOutput) {
                message = "the output folder holds the \(role) folder '\(folder)'; publishing the site would remove it"
            } else if isInside(resolvedOutput, resolvedFolder) {
                message = "the output folder is inside the \(role) folder '\(folder)'; the site would be mixed into what it is built from"
            } else {
                continue
            }
            problems.append(
                .error(
                    SourceLocation(path: output), message,
                    hint: "write the site to a folder of its own, beside '\(folder)' rather than around or in it (the default is Public)"))
        }
        if problems.isEmpty, let foreign = foreignEntries(in: output), !foreign.isEmpty {
            let named = foreign.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
            problems.append(
                .error(
                    SourceLocation(path: output),
                    "the output folder holds files that are not a Dossier site (\(named)); publishing the site would remove them",
                    hint:
                        "point --output at a new or empty folder, or at a site Dossier built (files and folders whose names start with a dot are always left alone)"
                ))
        }
        return problems
    }

    /// The names in an existing, non-empty output folder that holds no site Dossier built: every
    /// site has a claims.json. Nil when the folder is missing, empty but for dotfiles, or a site.
    private static func foreignEntries(in output: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: output) else { return nil }
        let visible = names.filter { !$0.hasPrefix(".") }.sorted()
        guard !visible.isEmpty, !visible.contains("claims.json") else { return nil }
        return visible
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }

    /// The absolute path with symbolic links resolved as far as the path exists, so that two
    /// names of one folder are seen as one.
    static func resolved(_ path: String) -> String {
        var absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var missing: [String] = []
        // realpath fails for a path that does not exist yet (an output not built): resolve the
        // part that does and append the rest.
        while absolute != "/" {
            if let real = realpath(absolute, nil) {
                defer { free(real) }
                absolute = String(cString: real)
                break
            }
            missing.insert((absolute as NSString).lastPathComponent, at: 0)
            absolute = (absolute as NSString).deletingLastPathComponent
        }
        return missing.reduce(absolute) { ($0 as NSString).appendingPathComponent($1) }
    }
}
