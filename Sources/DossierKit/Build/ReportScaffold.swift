import Foundation

/// `dossier init`: a new report folder with the smallest report that builds, the one the
/// README walks through (the settings, an article, the actor it quotes, a claim), for an author
/// to replace file by file. The theme is built in, so nothing else is needed.
public struct ReportScaffold {
    /// The files, by their paths in the report folder, with their texts.
    public let files: [(path: String, text: String)]

    /// The report `title` in `site.yml`: any text, without the spaces around it, written as a
    /// YAML string that reads back as it.
    public init(title: String = "My report") {
        files = [
            ("Content/site.yml", "title: \(Self.yamlString(title.trimmingCharacters(in: .whitespacesAndNewlines)))\n"),
            (
                "Content/articles/2024-01-04-kirby-briefing.md",
                """
                ---
                title: US says Russia fired North Korean missiles at Ukraine
                published: 2024-01-04
                outlet: Example News
                ---
                John Kirby said a North Korean missile struck an open field in the Zaporizhzhia region.

                """
            ),
            (
                "Content/actors/john-kirby.md",
                """
                ---
                name: John Kirby
                kind: person
                ---

                """
            ),
            (
                "Content/claims/kirby.yml",
                """
                - id: kirby-north-korean-missile
                  actor: john-kirby
                  said: 2024-01-04
                  text: Russia fired a North Korean missile at Ukraine.
                  sources:
                    - article: 2024-01-04-kirby-briefing
                      quote: a North Korean missile struck an open field

                """
            ),
        ]
    }

    /// Plain when it is letters, digits and spaces that YAML reads back as text, else
    /// double-quoted with escapes.
    static func yamlString(_ text: String) -> String {
        let plain =
            text.range(of: "^[A-Za-z][A-Za-z0-9 ]*$", options: .regularExpression) != nil
            && !["yes", "no", "true", "false", "null", "on", "off", "y", "n"].contains(text.lowercased())
        if plain { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += String(format: "\\x%02X", scalar.value)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// Why the scaffold cannot go into `folder`: it holds a `Content` already (a report is
    /// never written over), or it is a file. Nil when it can.
    public static func problem(in folder: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "'\(folder)' is a file, not a folder"
        }
        let content = path("Content", in: folder)
        if FileManager.default.fileExists(atPath: content) {
            return "'\(content)' is there already: init starts a new report and never writes over one"
        }
        return nil
    }

    /// `relative` inside `folder`, as the author would type it: `Content`, not `./Content`.
    static func path(_ relative: String, in folder: String) -> String {
        folder == "." ? relative : folder + "/" + relative
    }

    /// Writes the files into `folder`, making folders as needed; returns the paths written.
    public func write(into folder: String) throws -> [String] {
        try files.map { file in
            let path = Self.path(file.path, in: folder)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            return path
        }
    }
}
