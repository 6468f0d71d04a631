import ArgumentParser
import DossierKit
import Foundation

/// The `dossier` command: argument parsing only; the work happens in DossierKit and DossierPreview.
@main
struct Dossier: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Build evidence-backed report sites: who claimed what, and when.",
        discussion: """
            A report is a folder of Markdown articles, actors, weapons and topics, and YAML claim files \
            (every field and check: Docs/content.md, which make install puts in share/doc/dossier/). \
            dossier checks it and writes a static site that works from any folder of any static host.
            """,
        version: "0.1.0",
        subcommands: [Init.self, Build.self, Check.self, Serve.self, Theme.self],
        defaultSubcommand: nil
    )

    /// A misspelt command (`dossier buidl`) is told what it is likely to be; the argument
    /// parser alone says only "Unexpected argument".
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first),
            let guess = Suggestion.closest(to: first, in: commands)
        {
            FileHandle.standardError.write(
                Data(
                    "Error: Unknown command '\(first)'; did you mean '\(guess)'?\nUsage: dossier <subcommand>\n  See 'dossier --help' for more information.\n"
                        .utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        await main(nil)
    }
}

/// Options every command shares: where the report and the theme are, and how strict to be.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The report's sources.", valueName: "dir"))
    var content = "Content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The theme folder: templates and assets/ that replace the built-in theme's. (default: Templates, when there is one)",
            valueName: "dir"))
    var templates: String?

    /// The theme folder to read and watch; without `--templates`, `Templates` when there is one.
    var templatesFolder: String { templates ?? "Templates" }

    /// The folders a build does without: the theme folder when `--templates` is not given.
    var optionalFolders: [String] { templates == nil ? [templatesFolder] : [] }

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: [.short, .long], help: "Print only diagnostics (serve also says where it serves the site).")
    var quiet = false

    func validate() throws {
        try Self.requireFolder(content, "--content")
        if let templates { try Self.requireFolder(templates, "--templates") }
    }

    /// An empty folder name (`--output ""`, often an unset shell variable) would print errors
    /// at an empty path; it is a usage error.
    static func requireFolder(_ value: String, _ option: String) throws {
        if value.isEmpty { throw ValidationError("\(option) needs a folder; it was given an empty name") }
    }

    func buildOptions(output: String = "Public") -> BuildOptions {
        var options = BuildOptions(contentDirectory: content, templatesDirectory: templatesFolder, outputDirectory: output, strict: strict)
        options.templatesFolderIsOptional = templates == nil
        return options
    }
}

/// Where `build` and `serve` write the site.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Where the site is written.", valueName: "dir"))
    var output = "Public"

    func validate() throws {
        try SourceOptions.requireFolder(output, "--output")
    }
}
