import ArgumentParser
import DossierKit
import Foundation

extension Dossier {
    /// `dossier theme`: copy built-in theme files into the theme folder, to change them there.
    struct Theme: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy files of the built-in theme into the theme folder, to change them there.",
            discussion: """
                A build uses the theme folder's files and, for every file the folder lacks, the \
                built-in theme's. Copy only what you change: 'dossier theme partials/claim.mustache' \
                writes Templates/partials/claim.mustache. A file already in the folder is never \
                replaced. Without names, copies every file the folder lacks. To restyle, \
                'dossier theme assets/custom.css' and write there only the rules you change: every \
                page loads it after assets/site.css.
                """
        )

        @Option(name: .long, help: ArgumentHelp("The theme folder to copy into.", valueName: "dir"))
        var templates = "Templates"

        @Flag(name: .long, help: "List the built-in theme's files instead of copying.")
        var list = false

        @Argument(help: ArgumentHelp("Files or folders of the built-in theme: claim.mustache, partials/claim, assets.", valueName: "file"))
        var files: [String] = []

        func validate() throws {
            try SourceOptions.requireFolder(templates, "--templates")
        }

        func run() async throws {
            let console = Console(quiet: false)
            if list {
                for path in DefaultTheme.paths { console.line(path) }
                return
            }
            let (copy, problems) = ThemeCopy.plan(files, into: templates)
            guard let copy else {
                for problem in problems { console.error("error: \(problem.message)\n    hint: \(problem.hint)\n") }
                throw ExitCode.failure
            }
            var failed = false
            for (path, outcome) in copy.run() {
                switch outcome {
                case .written: console.line("wrote \(path)")
                case .kept: console.line("kept \(path): it is there already")
                case .failed(let reason):
                    console.error("\(path): error: cannot write: \(reason)\n")
                    failed = true
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
