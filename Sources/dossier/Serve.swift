import ArgumentParser
import DossierKit
import DossierPreview

extension Dossier {
    /// `dossier serve`: build, serve on loopback, rebuild and reload on every change.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Preview the site: build, serve it locally, and rebuild and reload on every change.",
            discussion: "Listens on 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C."
        )

        @OptionGroup var folders: SourceOptions
        @OptionGroup var destination: OutputOptions

        @Option(help: "The address to listen on; 0.0.0.0 exposes the preview to your network.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on; 0 picks a free one. (default: 8000, or a free port if 8000 is in use)")
        var port: Int?

        @Flag(help: "Open the site in the browser once it is served ($BROWSER, else the system's).")
        var open = false

        func validate() throws {
            if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
        }

        func run() async throws {
            let builder = SiteBuilder(options: folders.buildOptions(output: destination.output))
            let console = Console(quiet: folders.quiet)
            // A folder no build may publish to (`--output ~`, `--output /`) is not served either:
            // serving it would share whatever is in it.
            let problems = builder.outputFolderProblems()
            if !problems.isEmpty {
                var printer = DiagnosticPrinter()
                console.error(printer.format(problems) + "not serving: the output folder is not one Dossier publishes to\n")
                throw ExitCode.failure
            }
            let configuration = PreviewConfiguration(
                host: host, port: port ?? 8000, outputDirectory: destination.output,
                watchedDirectories: [folders.content, folders.templatesFolder], optionalDirectories: folders.optionalFolders,
                mayUseAnotherPort: port == nil)
            ShutdownWatchdog.arm()
            do {
                try await PreviewServer.run(
                    configuration: configuration, builder: PreviewAdapter(builder: builder), quiet: folders.quiet,
                    onServing: { url in if open { BrowserOpener.open(url, log: { console.line($0) }) } },
                    log: { console.line($0) })
            } catch let error as ListenError {
                console.error("\(error)\n")
                throw ExitCode.failure
            }
        }
    }
}
