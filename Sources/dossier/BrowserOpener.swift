import Foundation

/// `serve --open`: opens the served site in the user's browser, as `hugo server --openBrowser`
/// and `zola serve --open` do. The browser is `$BROWSER` when set (its first command, with `%s`
/// standing for the address, or the address after it), else the system's opener: `open` on
/// macOS, `xdg-open` elsewhere. A preview goes on without one; only the failure is said.
enum BrowserOpener {
    static func open(_ url: String, log: @escaping @Sendable (String) -> Void) {
        let arguments = command(for: url, browser: ProcessInfo.processInfo.environment["BROWSER"])
        let process = Process()
        // Through env, so that the command is looked up on PATH.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let name = arguments.first ?? ""
        process.terminationHandler = { finished in
            // env exits 127 when the command is not found, 126 when it cannot be run.
            if finished.terminationStatus == 127 || finished.terminationStatus == 126 {
                log("cannot open a browser: '\(name)' was not found; open \(url) yourself, or set BROWSER")
            }
        }
        do {
            try process.run()
        } catch {
            log("cannot open a browser: \(error.localizedDescription); open \(url) yourself")
        }
    }

    /// The command line that opens `url`: `$BROWSER`'s first command (`firefox:chromium` lists
    /// several), with `%s` replaced by the address or the address after it.
    static func command(for url: String, browser: String?) -> [String] {
        if let first = browser?.split(separator: ":").first.map(String.init), !first.trimmingCharacters(in: .whitespaces).isEmpty {
            let words = first.split(separator: " ").map(String.init)
            return words.contains { $0.contains("%s") } ? words.map { $0.replacingOccurrences(of: "%s", with: url) } : words + [url]
        }
        #if os(macOS)
            return ["open", url]
        #else
            return ["xdg-open", url]
        #endif
    }
}
