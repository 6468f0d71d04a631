import Foundation

/// A file of the theme folder that no build reads: neither a template (`*.mustache`) nor under
/// `assets/`. The built-in theme stands in for every file the folder lacks, so a stylesheet put
/// beside the templates (`Templates/site.css`) or a template with a misspelt extension
/// (`claim.mustche`) would otherwise leave the built-in file in use without a word.
enum UnusedThemeFile {
    /// A warning for each of `paths` (paths in the theme folder `root`), with the file it most
    /// likely meant to be; `templates` are the theme's template names (`claim`, `partials/claim`).
    static func warnings(for paths: [String], in root: String, templates: Set<String>) -> [Diagnostic] {
        let builtInAssets = DefaultTheme.paths.filter { $0.hasPrefix("assets/") }
        return paths.map { path in
            let parts = path.split(separator: "/").map(String.init)
            let name = parts.last ?? path
            let stem = (path as NSString).deletingPathExtension
            let guess: String?
            if parts.count > 1, parts[0].lowercased() == "assets" || parts[0].lowercased() == "asset" {
                // `Assets/site.css`, `asset/logo.svg`: the folder's name is off.
                guess = "assets/" + parts.dropFirst().joined(separator: "/")
            } else if let asset = builtInAssets.first(where: { $0.split(separator: "/").last?.lowercased() == name.lowercased() }) {
                // `site.css` beside the templates.
                guess = asset
            } else {
                // `claim.mustche`, `claim.html`.
                guess = Suggestion.closest(to: stem, in: templates.sorted()).map { $0 + ".mustache" }
            }
            let rule = "only templates (*.mustache) and the files under assets/ are part of a theme"
            return .warning(
                SourceLocation(path: root + "/" + path), "no build uses this file",
                hint: guess.map { "did you mean '\($0)'? " + rule.prefix(1).uppercased() + rule.dropFirst() }
                    ?? rule + "; a file to publish goes under assets/")
        }
    }
}
