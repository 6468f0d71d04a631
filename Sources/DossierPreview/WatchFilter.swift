/// Decides which file names are editor droppings rather than sources, so they never trigger a rebuild.
enum WatchFilter {
    private static let ignoredSuffixes = ["~", ".swp", ".swx", ".swo", ".tmp", ".kate-swp", "___jb_tmp___", "___jb_old___"]

    /// True for hidden names and editor scratch files: `.name` (dotfiles, `.#lock`, `.goutputstream-…`),
    /// `#autosave#`, `backup~`, vim's `.swp`/`.swx` and its `4913` write probe, `.tmp`, JetBrains' safe-write files.
    ///
    /// Editors that save through a temporary file end with a rename onto the real name, and that
    /// rename is reported, so ignoring the temporary names loses nothing.
    static func isIgnored(name: String) -> Bool {
        if name.isEmpty || name.hasPrefix(".") || name.hasPrefix("#") || name == "4913" {
            return true
        }
        return ignoredSuffixes.contains { name.hasSuffix($0) }
    }
}
