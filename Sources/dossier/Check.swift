import ArgumentParser
import DossierKit

extension Dossier {
    /// `dossier check`: validate without writing.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the report and the theme without writing anything.",
            discussion: "Reports every problem in one run as path:line:col: error: message, and exits 1 if there is an error."
        )

        @OptionGroup var folders: SourceOptions

        func run() async throws {
            let result = SiteBuilder(options: folders.buildOptions()).check()
            Console(quiet: folders.quiet).report(result, verb: "checked")
            if !result.succeeded { throw ExitCode.failure }
        }
    }
}
