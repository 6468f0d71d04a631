import Foundation

/// A name given to `dossier theme`, as an author types it: `partials/claim`,
/// `claim.mustache`, `assets/` (a folder, with the slash tab completion adds), `./assets/site.css`.
struct ThemeFileName {
    /// The name without a leading `./` or trailing slashes.
    let name: String

    init(_ given: String) {
        var name = Substring(given)
        while name.hasPrefix("./") { name = name.dropFirst(2) }
        while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        self.name = String(name)
    }

    /// The files of `all` (paths in the built-in theme) it names: the file, the template without
    /// `.mustache`, or every file of a folder.
    func matches(in all: [String]) -> [String] {
        all.filter { $0 == name || $0 == name + ".mustache" || $0.hasPrefix(name + "/") }
    }

    /// The file or folder of `all` a name that matches none is likely to mean: the same name in
    /// other case (`partials/Claim.mustache`), with the theme folder in front
    /// (`Templates/claim.mustache`), in another folder (`site.css`), another extension
    /// (`claim.html`), or misspelt (`clam`).
    func guess(in all: [String]) -> String? {
        // Templates by their names without `.mustache`, other files by their paths, and folders.
        var candidates: [String: String] = [:]
        for path in all {
            let key = path.hasSuffix(".mustache") ? String(path.dropLast(".mustache".count)) : path
            candidates[key.lowercased()] = path
            if let slash = path.firstIndex(of: "/") { candidates[path[..<slash].lowercased()] = String(path[..<slash]) }
        }
        let lowered = name.lowercased()
        let key = lowered.hasSuffix(".mustache") ? String(lowered.dropLast(".mustache".count)) : lowered
        let keys = [key, (key as NSString).deletingPathExtension]
        if let exact = keys.lazy.compactMap({ candidates[$0] }).first { return exact }
        if let inFolder = candidates.keys.filter({ key.hasSuffix("/" + $0) }).max(by: { $0.count < $1.count }) {
            return candidates[inFolder]
        }
        let lastPart = key.split(separator: "/").last.map(String.init) ?? key
        if let elsewhere = candidates.keys.sorted().first(where: { $0.split(separator: "/").last.map(String.init) == lastPart }) {
            return candidates[elsewhere]
        }
        return Suggestion.closest(to: key, in: candidates.keys.sorted()).flatMap { candidates[$0] }
    }
}
