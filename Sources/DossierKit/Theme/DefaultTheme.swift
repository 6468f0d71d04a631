import Foundation

/// The theme built into dossier: `Templates/` as it was when the binary was built, embedded by
/// the EmbedDefaultTheme plugin. A report needs no theme folder of its own, and a theme folder
/// needs only the files it changes (see `ThemeFiles`); `dossier theme` writes these files out
/// to start from.
public enum DefaultTheme {
    /// Where diagnostics and the log place a built-in file: `(built-in theme)/claim.mustache`.
    public static let folderLabel = "(built-in theme)"

    /// Each file's bytes by its path in the theme: `claim.mustache`, `assets/site.css`.
    public static let files: [String: [UInt8]] = Dictionary(
        uniqueKeysWithValues: encodedFiles.map { file in (file.path, Array(Data(base64Encoded: file.base64) ?? Data())) })

    /// The paths of `files`, sorted.
    public static let paths = files.keys.sorted()
}
