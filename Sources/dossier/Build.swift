import ArgumentParser
import DossierKit
import DossierPreview
import Foundation

extension Dossier {
    /// `dossier build`: check the report and write the site.
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the report and write the site.",
            discussion: """
                Writes every page into the output folder. On any error nothing is written and the \
                previous site stays as it was; files whose bytes did not change are not rewritten.
                """
        )

        @OptionGroup var folders: SourceOptions
        @OptionGroup var destination: OutputOptions

        @Flag(name: .long, help: "Rebuild whenever a file under the content or templates folder changes.")
        var watch = false

        func run() async throws {
            var options = folders.buildOptions(output: destination.output)
            options.rebuilds = watch
            let builder = SiteBuilder(options: options)
            let console = Console(quiet: folders.quiet)
            if watch {
                ShutdownWatchdog.arm()
                // The loop builds once before it starts watching.
                try await WatchLoop.run(
                    watchedDirectories: [folders.content, folders.templatesFolder], optionalDirectories: folders.optionalFolders,
                    builder: PreviewAdapter(builder: builder),
                    quiet: folders.quiet, log: { console.line($0) })
                return
            }
            let result = builder.build()
            console.report(result, verb: "built")
            // Exits here, with the builder alive: the system takes the built site back at once,
            // where freeing it value by value would add a sixth of a second to a large build.
            Foundation.exit(result.succeeded ? EXIT_SUCCESS : EXIT_FAILURE)
        }
    }
}
