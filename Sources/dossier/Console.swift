import DossierKit
import Foundation

/// Prints what a build did: a line per step with its time, a summary, and the diagnostics on stderr.
struct Console: Sendable {
    var quiet: Bool

    func line(_ text: String) {
        print(text)
        fflush(stdout)
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    func report(_ result: BuildResult, verb: String) {
        var printer = DiagnosticPrinter()
        if !result.diagnostics.isEmpty { error(printer.format(result.diagnostics)) }
        guard !quiet else { return }
        for step in result.steps {
            let name = step.name.padding(toLength: 9, withPad: " ", startingAt: 0)
            line(name + String(format: "%8.1f ms", step.milliseconds))
        }
        for note in result.notes { line("note: \(note)") }
        line(Self.summary(result, verb: verb))
    }

    static func summary(_ result: BuildResult, verb: String) -> String {
        let time = String(format: "%.0f ms", result.totalMilliseconds)
        guard result.succeeded else { return "failed in \(time): nothing written" }
        guard let output = result.output else {
            // Right under a list of warnings, "no problems" would say the opposite of what was printed.
            let warnings = result.diagnostics.warningCount
            return "\(verb) in \(time): " + (warnings == 0 ? "no problems" : "no errors, \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        return
            "\(verb) \(result.pageCount) pages in \(time): \(output.written.count) written, \(output.unchanged) unchanged, \(output.removed.count) removed"
    }
}
