import Dispatch
import Foundation

/// Ends the process a second after Ctrl-C or SIGTERM if the graceful shutdown has not. A
/// rebuild runs to its end once started (it cannot be cancelled halfway), and on a large report,
/// or one whose every page fails, that can take seconds; an author pressing Ctrl-C expects the
/// prompt back at once. Ending mid-build loses nothing: a build is staged beside the output and
/// published by renames, and the next build starts afresh.
enum ShutdownWatchdog {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let queue = DispatchQueue(label: "dossier.shutdown-watchdog")

    /// Call once, before the service group starts. Until the group ignores the signals (it
    /// starts after the first build), they end the process at once as usual; after, both the
    /// group and this are told (a dispatch source does not take a signal from another). The
    /// status is the graceful shutdown's: 0.
    static func arm(after grace: TimeInterval = 1) {
        for signalNumber in [SIGINT, SIGTERM] {
            // A queue of its own, not a global one: a rebuild keeps every global thread busy, and
            // a handler queued behind it would run only when the rebuild ends.
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                Thread.sleep(forTimeInterval: grace)
                fflush(stdout)
                _exit(0)
            }
            source.resume()
            sources.append(source)
        }
    }
}
