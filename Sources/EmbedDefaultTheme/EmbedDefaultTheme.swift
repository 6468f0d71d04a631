import Foundation
import PackagePlugin

/// Embeds `Templates/`, the default theme, into DossierKit at build time, so the theme in the
/// binary is always the one in the repository. Every file of the theme is an input: editing
/// one, adding one or removing one makes the next build embed it again.
@main
struct EmbedDefaultTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme+Files.swift")
        var inputs = [theme]
        if let walk = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: nil) {
            for case let url as URL in walk { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding the default theme",
                executable: try context.tool(named: "dossier-embed-theme").url,
                arguments: [theme.path, output.path],
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
