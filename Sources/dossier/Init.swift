import ArgumentParser
import DossierKit
import Foundation

extension Dossier {
    /// `dossier init`: start a new report.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new report: a folder with a small report that builds.",
            discussion: """
                Writes Content/ with site.yml, an article, the actor it quotes and a claim: the \
                first report the README walks through, to replace file by file. The theme is built \
                in; 'dossier theme' copies its files out to change them. Never writes into a \
                folder that has a Content/ already.
                """
        )

        @Argument(help: ArgumentHelp("The report's folder; made when it does not exist.", valueName: "folder"))
        var folder = "."

        @Option(name: .long, help: ArgumentHelp("The report's title, for site.yml.", valueName: "text"))
        var title = "My report"

        func validate() throws {
            try SourceOptions.requireFolder(folder, "the folder")
            if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--title needs a text") }
        }

        func run() async throws {
            let console = Console(quiet: false)
            let root = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            if let problem = ReportScaffold.problem(in: root) {
                console.error("error: \(problem)\n    hint: name a new folder: dossier init my-report\n")
                throw ExitCode.failure
            }
            do {
                for path in try ReportScaffold(title: title).write(into: root) { console.line("wrote \(path)") }
            } catch {
                console.error("error: cannot write the report: \(error.localizedDescription)\n")
                throw ExitCode.failure
            }
            let enter = root == "." ? "" : "cd \(root) && "
            console.line("Next: \(enter)dossier serve, and open the address it prints.")
        }
    }
}
