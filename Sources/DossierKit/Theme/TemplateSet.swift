import Foundation
import Mustache

/// A theme's Mustache templates, the folder's over the built-in ones, parsed and checked once:
/// parse errors, partials that do not exist and the folder's templates that no page uses are
/// diagnostics; rendering reports keys a page lacks.
public struct TemplateSet: Sendable {
    /// Why a page could not be rendered.
    public struct RenderError: Error, Sendable {
        /// The names the page lacks; a build tells those of all its pages together.
        var missingValues: [MissingValue] = []
        /// Its other problems: a template that does not exist.
        var otherProblems: [Diagnostic] = []
        /// Every problem the page met, sorted; never empty.
        public var diagnostics: [Diagnostic] { (otherProblems + missingValues.map(\.diagnostic)).sorted() }
        /// The first of them.
        public var diagnostic: Diagnostic { diagnostics[0] }
    }

    /// The theme folder, which may not exist: then the theme is the built-in one alone.
    public let directory: String
    /// Where each template was read from, by name: in the theme folder or built in.
    private let locations: [String: String]
    /// The files to copy into the site's `assets/`: the folder's over the built-in ones.
    let assets: [ThemeFiles.File]
    /// The paths of the theme folder's own templates (`claim.mustache`).
    private let ownTemplates: Set<String>
    private let library: MustacheLibrary
    /// Template name (`actor`, `partials/claim`) to its source text.
    private let sources: [String: String]
    /// Each template's tags, scanned once: a theme error met by every page of a 40,000-page
    /// site is located 40,000 times, and scanning the template each time made a failed build
    /// thirty times slower than a good one.
    private let tags: [String: [MustacheTag]]
    /// For each template, the dotted names outside sections in it and its parents, scanned once.
    private let dottedNames: [String: [DottedName]]
    /// For each template, itself and the parents and partials it renders, nearest first: where
    /// a name its page lacks can be.
    private let rendered: [String: [String]]

    /// A dotted tag outside sections, split once: every page checks its template's.
    private struct DottedName {
        let template: String
        let tag: MustacheTag
        /// The tag's name split into parts, with their numbers, as the renderer reads it.
        let name: TemplateName

        init(template: String, tag: MustacheTag) {
            self.template = template
            self.tag = tag
            name = TemplateName(tag.name, transforms: [])
        }
    }
    /// Every template converted for `TemplateRenderer`; nil when one could not be, and the
    /// library renders instead.
    private(set) var compiled: [String: [TemplateNode]]?
    /// `compiled` laid out for rendering.
    private var program: TemplateProgram?
    /// Why the library renders this theme, when it does: for a note to the user.
    private(set) var libraryReason: String?
    /// The remembered pages' long lists, as last rendered with this theme.
    let rememberedLists = RememberedLists()

    /// The templates every build renders; the built-in theme provides each.
    public static let pageTemplates = [
        "index", "actors", "actor", "weapons", "weapon", "topics", "topic", "articles", "article", "claim",
        "timeline", "timeline-year", "search", "404",
    ]

    /// Loads the theme folder `directory` over the built-in theme (see `ThemeFiles`). When the
    /// folder does not exist, that is an error if `folderRequired`, and the built-in theme alone
    /// otherwise.
    public static func load(directory: String, folderRequired: Bool = true) -> (TemplateSet?, [Diagnostic]) {
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory)
        let folderExists = exists && isDirectory.boolValue
        // A file where the theme folder should be is a mistake even when the folder is optional.
        if !folderExists && (folderRequired || exists) {
            diagnostics.append(
                .error(
                    SourceLocation(path: root), exists ? "the templates folder is a file" : "no templates folder here",
                    hint: "point --templates at a theme folder of *.mustache files, or leave it out for the built-in theme"))
            return (nil, diagnostics)
        }
        let theme = ThemeFiles(folder: folderExists ? root : nil)
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        var locations: [String: String] = [:]
        var compiled: [String: [TemplateNode]]? = [:]
        var libraryReason: String?
        for file in theme.templates {
            let name = String(file.path.dropLast(".mustache".count))
            locations[name] = file.location
            guard let text = file.text(&diagnostics) else { continue }
            do {
                let template = try MustacheTemplate(string: text)
                library.register(template, named: name)
                sources[name] = text
                do {
                    compiled?[name] = try TemplateNode.nodes(of: template)
                } catch {
                    compiled = nil
                    libraryReason = libraryReason ?? "\(name).mustache: \(error.reason)"
                }
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(parseProblem(error, text: text, path: file.location))
            } catch {
                diagnostics.append(.error(SourceLocation(path: file.location), "template does not parse: \(error)"))
            }
        }
        let tags = sources.mapValues(MustacheTag.scan)
        let set = TemplateSet(
            directory: root, locations: locations, assets: theme.assets, ownTemplates: theme.ownTemplates, library: library,
            sources: sources, tags: tags,
            dottedNames: dottedNames(sources, tags: tags), rendered: rendered(sources, tags: tags), compiled: compiled,
            program: compiled.map(TemplateProgram.init), libraryReason: libraryReason)
        // A partial that is there but did not parse has its own error; it is not also missing.
        diagnostics += set.lint(present: Set(locations.keys))
        // Which templates a page renders is known only when every template parsed: a partial
        // used by a page template that does not parse is not unused.
        if sources.count == theme.templates.count { diagnostics += set.unused(theme.ownTemplates) }
        diagnostics += UnusedThemeFile.warnings(for: theme.unusedFiles, in: root, templates: Set(locations.keys))
        diagnostics += AssetReference.problems(
            in: sources, at: locations, assets: Set(theme.assets.map(\.path)), directory: root)
        return (diagnostics.hasErrors ? nil : set, diagnostics)
    }

    /// Renders a page as UTF-8, failing when the template needs a key the page does not provide.
    /// - Parameter page: remember the page's long lists under this name, and copy the items that did not
    ///   change from the last render remembered (see `RememberedLists`).
    public func render(_ name: String, _ model: [String: Any], rememberingAs page: String? = nil) throws(RenderError) -> [UInt8] {
        try render(name, model, rememberingAs: page, sharing: nil)
    }

    /// `sharing` holds list items rendered for the pages that render along with this one.
    func render(_ name: String, _ model: [String: Any], rememberingAs page: String?, sharing: SharedListItems?) throws(RenderError)
        -> [UInt8]
    {
        guard sources[name] != nil else {
            throw RenderError(
                otherProblems: [.error(SourceLocation(path: location(of: name)), "missing template '\(name).mustache'")])
        }
        // Every name the page lacks is reported, not only the first: a theme author fixes them in one go.
        var problems = checkDottedNames(of: name, in: model)
        let (output, missing, missingChildren) =
            program.map { renderCompiled(name, model, $0, page: problems.isEmpty ? page : nil, sharing: sharing) }
            ?? renderWithLibrary(name, model)
        let reported = Set(problems.map(\.name))
        for (key, missing) in missingChildren.sorted(by: { $0.key < $1.key }) where !reported.contains(key) {
            let (template, line, column) = locate(key, startingAt: name)
            problems.append(
                missingChild(
                    key, at: missing.position, names: missing.names, page: name,
                    location: SourceLocation(path: location(of: template), line: line, column: column)))
        }
        for (key, visible) in missing.sorted(by: { $0.key < $1.key }) {
            let (template, line, column) = locate(key, startingAt: name)
            problems.append(
                MissingValue(
                    page: name, name: key,
                    location: SourceLocation(path: location(of: template), line: line, column: column),
                    hint: Suggestion.closest(to: key, in: visible).map { "did you mean '\($0)'?" }
                        ?? "a template can use there: " + visible.joined(separator: ", ")))
        }
        if !problems.isEmpty { throw RenderError(missingValues: problems) }
        return output
    }

    /// The same theme rendered by swift-mustache alone.
    func withLibraryRendering() -> TemplateSet {
        var set = self
        set.compiled = nil
        set.program = nil
        return set
    }

    private func renderCompiled(
        _ name: String, _ model: [String: Any], _ program: TemplateProgram, page: String?, sharing: SharedListItems?
    ) -> ([UInt8], [String: [String]], [String: TemplateRenderer.MissingChild]) {
        var renderer = TemplateRenderer(
            program: program, previousLists: page.map { rememberedLists.lists(of: $0) }, sharedItems: sharing)
        renderer.render(name, model: model)
        sharing?.noteCopies(renderer.sharedCopies)
        if let page, renderer.missing.isEmpty {
            rememberedLists.remember(renderer.rememberedLists, copiedItems: renderer.copiedItems, of: page)
        }
        return (renderer.output, renderer.missing, renderer.missingChildren)
    }

    /// swift-mustache's own rendering: the fallback for themes the converter cannot take, and
    /// the reference the tests hold `TemplateRenderer` to.
    /// A missing name is told with the page's own names: the library does not say which
    /// sections were open where it was missed.
    func renderWithLibrary(_ name: String, _ model: [String: Any]) -> ([UInt8], [String: [String]], [String: TemplateRenderer.MissingChild])
    {
        let recorder = KeyRecorder(model)
        let output = library.render(recorder, withTemplate: name) ?? ""
        let names = model.keys.sorted()
        return (Array(output.utf8), Dictionary(uniqueKeysWithValues: recorder.missing.map { ($0, names) }), [:])
    }

    // MARK: Checks

    /// Where diagnostics place the template `name`.
    private func location(of name: String) -> String {
        locations[name] ?? directory + "/" + name + ".mustache"
    }

    /// `partials/claim` as `partials` and `claim`; `claim` as `` and `claim`.
    private static func split(_ name: String) -> (folder: String, file: String) {
        guard let slash = name.lastIndex(of: "/") else { return ("", name) }
        return (String(name[..<slash]), String(name[name.index(after: slash)...]))
    }

    /// A warning for each of the theme folder's own templates (`own`, paths in the theme) that
    /// no page renders, through its layout and partials: with the built-in theme standing in for
    /// what the folder lacks, a misspelt `clam.mustache` would otherwise be passed over silently.
    private func unused(_ own: Set<String>) -> [Diagnostic] {
        let used = Set(Self.pageTemplates.flatMap { rendered[$0] ?? [$0] })
        let known = Set(locations.keys).subtracting(own.map { String($0.dropLast(".mustache".count)) }).union(Self.pageTemplates)
        return own.sorted().compactMap { path in
            let name = String(path.dropLast(".mustache".count))
            guard !used.contains(name) else { return nil }
            // A name is likely a misspelling of one in the same folder (`partials/clam`); failing
            // that, a built-in file put into another folder (`templates/claim`) is likely any name
            // with its last part.
            let (folder, file) = Self.split(name)
            let siblings = known.filter { Self.split($0).folder.lowercased() == folder.lowercased() }
            let guesses =
                Suggestion.closest(to: file, in: siblings.map { Self.split($0).file }.sorted()).flatMap { guess in
                    siblings.first { Self.split($0).file == guess }.map { [$0] }
                } ?? known.filter { Self.split($0).file == file }.sorted()
            return .warning(
                SourceLocation(path: location(of: name)), "no page uses the template '\(name)'",
                hint: guesses.isEmpty
                    ? "render it from a template with {{> \(name)}}; page templates are named after their pages (\(Self.pageTemplates.joined(separator: ", ")))"
                    : "did you mean \(guesses.map { "'\($0).mustache'" }.joined(separator: " or "))? A file of the theme folder replaces the built-in one at the same path"
            )
        }
    }

    /// Among the `problems` of a build's pages, a page template of the folder that lacks values,
    /// extends no layout and is no whole page of its own (no `<html`), while the built-in theme
    /// has a partial of its name, is likely that partial saved in the page's place: a claim card
    /// saved as `claim.mustache`. A warning says so; the missing values alone would not say why.
    func partialsSavedAsPages(amid problems: [Diagnostic]) -> [Diagnostic] {
        // Every good rebuild comes here too.
        guard !problems.isEmpty else { return [] }
        return Self.pageTemplates.compactMap { page in
            let partial = "partials/" + page
            guard ownTemplates.contains(page + ".mustache"), DefaultTheme.files[partial + ".mustache"] != nil,
                problems.contains(where: { $0.location.path == location(of: page) }),
                let tags = tags[page], !tags.contains(where: { $0.sigil == "<" }),
                sources[page]?.range(of: "<html", options: .caseInsensitive) == nil
            else { return nil }
            return .warning(
                SourceLocation(path: location(of: page), line: 1, column: 1),
                "'\(page).mustache' replaces the \(page) page, and extends no layout as the pages do",
                hint: "a \(page) as lists show it is '\(partial).mustache'; a page starts with {{<layout}}")
        }
    }

    /// The template a partial tag that names none likely means: a misspelling (`partials/bagde`),
    /// or a template of that name in a folder (`{{> badge}}` for `partials/badge`).
    private static func partialGuess(_ name: String, in present: Set<String>) -> String? {
        Suggestion.closest(to: name, in: present.sorted())
            ?? present.sorted().first { split($0).file == split(name).file }
    }

    /// Tags of every template, for the static checks.
    private func lint(present: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (name, tags) in tags.sorted(by: { $0.key < $1.key }) {
            for tag in tags {
                let location = SourceLocation(path: location(of: name), line: tag.line, column: tag.column)
                // A section's closing tag repeats its opening one: told once, at the opening.
                for transform in tag.transforms where tag.sigil != "/" && !TemplateRenderer.transformNames.contains(transform) {
                    diagnostics.append(
                        .error(
                            location,
                            "unknown transform '\(transform)'\(Suggestion.didYouMean(transform, in: TemplateRenderer.transformNames.sorted()))",
                            hint: "transforms: " + TemplateRenderer.transformNames.sorted().joined(separator: ", ")))
                }
                switch tag.sigil {
                case ">", "<":
                    if !present.contains(tag.name) {
                        diagnostics.append(
                            .error(
                                location,
                                "template '\(tag.name)' does not exist\(Self.partialGuess(tag.name, in: present).map { "; did you mean '\($0)'?" } ?? "")",
                                hint: "partials are named by their path under the templates folder, without .mustache"))
                    }
                case "{", "&":
                    // Only values built as HTML by the generator may skip escaping.
                    if !(tag.name.hasSuffix("_html") || tag.name.hasSuffix("_json")) {
                        diagnostics.append(
                            .error(
                                location, "'\(tag.name)' is written unescaped",
                                hint: "use {{\(tag.name)}}; only values named *_html or *_json are safe to insert raw"))
                    }
                case "%":
                    // swift-mustache stops escaping every later `{{name}}` of a TEXT template: on an
                    // HTML page that would make content's text live markup.
                    let pragma = tag.name.filter { !$0.isWhitespace }
                    if pragma != "CONTENT_TYPE:HTML" {
                        diagnostics.append(
                            .error(
                                location, "'{{%\(pragma)}}' turns off HTML escaping",
                                hint: "every page is HTML, so every {{name}} must stay escaped; remove the tag"))
                    }
                default: break
                }
            }
        }
        return diagnostics
    }

    /// Mustache renders `{{site.titel}}` blank when `site` exists but has no `titel`, and the key
    /// recorder only sees the first name. Outside any section a dotted name can only start at
    /// the page's own values, so those are checked here, in the page's template and its parents.
    private static func dottedNames(_ sources: [String: String], tags: [String: [MustacheTag]]) -> [String: [DottedName]] {
        var result: [String: [DottedName]] = [:]
        for name in sources.keys {
            var templates = [name], index = 0
            while index < templates.count {
                for tag in tags[templates[index]] ?? [] where tag.sigil == "<" && !templates.contains(tag.name) {
                    templates.append(tag.name)
                }
                index += 1
            }
            // Each name once, at its first tag: every page checks them, and a layout names
            // `site.title` or opens and closes `page.canonical` several times.
            var seen: Set<String> = []
            result[name] = templates.flatMap { template in
                (tags[template] ?? []).filter { $0.depth == 0 && $0.name.contains(".") && $0.name != "." }.map {
                    DottedName(template: template, tag: $0)
                }
            }.filter { seen.insert($0.tag.name).inserted }
        }
        return result
    }

    /// "the claim page has no value 'actor.nmae'", at the tag: the part at `position` is not
    /// among the `names` of the object before it.
    private func missingChild(_ dotted: String, at position: Int, names: [String], page: String, location: SourceLocation)
        -> MissingValue
    {
        let parts = dotted.split(separator: ".").map(String.init)
        let prefix = parts[..<position].joined(separator: ".")
        return MissingValue(
            page: page, name: dotted, location: location,
            hint: Suggestion.closest(to: parts[position], in: names).map { "did you mean '\(prefix).\($0)'?" }
                ?? "'\(prefix)' has: " + names.sorted().joined(separator: ", "))
    }

    private func checkDottedNames(of name: String, in model: [String: Any]) -> [MissingValue] {
        var problems: [MissingValue] = []
        names: for dotted in dottedNames[name] ?? [] {
            let parts = dotted.name.parts
            // The first part is the page's own; the key recorder reports it when missing.
            guard var object = model[parts[0]] else { continue }
            for position in parts.indices.dropFirst() {
                guard TemplateRenderer.isObject(object) else { break }
                guard let next = TemplateRenderer.child(named: parts[position], number: dotted.name.partNumbers[position], of: object)
                else {
                    problems.append(
                        missingChild(
                            dotted.tag.name, at: position, names: TemplateRenderer.names(of: object) ?? [], page: name,
                            location: SourceLocation(
                                path: location(of: dotted.template), line: dotted.tag.line, column: dotted.tag.column)))
                    continue names
                }
                object = next
            }
        }
        return problems
    }

    /// Each template with the templates it renders, through parents and partials, nearest first.
    private static func rendered(_ sources: [String: String], tags: [String: [MustacheTag]]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for name in sources.keys {
            var templates = [name], index = 0
            while index < templates.count {
                for tag in tags[templates[index]] ?? [] where (tag.sigil == "<" || tag.sigil == ">") && !templates.contains(tag.name) {
                    templates.append(tag.name)
                }
                index += 1
            }
            result[name] = templates
        }
        return result
    }

    /// The template and position of the first tag naming `key`, in the page's template or one it
    /// renders: another page's template may use the same name rightly.
    private func locate(_ key: String, startingAt name: String) -> (String, Int, Int) {
        for template in rendered[name] ?? [name] {
            if let tag = tags[template]?.first(where: { $0.name == key || $0.name.hasPrefix(key + ".") }) {
                return (template, tag.line, tag.column)
            }
        }
        return (name, 1, 1)
    }

    /// A template that does not parse, at the tag to fix: for a section that does not nest,
    /// the section by its name and where it opened, which the library does not say.
    private static func parseProblem(_ error: MustacheTemplate.ParserError, text: String, path: String) -> Diagnostic {
        switch error.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect, .expectedSectionEnd:
            if let problem = SectionNesting.problem(in: MustacheTag.scan(text), path: path) { return problem }
        default: break
        }
        // The library's columns count from 1 already.
        return .error(
            SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber),
            "template does not parse: \((error.error as? MustacheTemplate.Error).map(Self.describe) ?? Self.describeReaderError(error.error))"
        )
    }

    /// The library's reader says only "overflow" when the text ends in the middle of a tag.
    private static func describeReaderError(_ error: any Error) -> String {
        "\(error)" == "overflow" ? "the file ends inside a tag: a {{ is never closed" : "\(error)"
    }

    private static func describe(_ error: MustacheTemplate.Error) -> String {
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "bad delimiter change"
        case .transformAppliedToInheritanceSection: return "a transform on an inheritance section"
        case .illegalTokenInsideInheritSection: return "only block definitions may stand inside an inheritance section"
        case .textInsideInheritSection: return "only block definitions may stand inside an inheritance section"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "bad configuration tag"
        @unknown default: return "\(error)"
        }
    }
}
