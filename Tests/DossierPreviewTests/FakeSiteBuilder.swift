import Foundation
@testable import DossierPreview

/// A PreviewSiteBuilder that records its calls and answers with scripted outcomes.
final class FakeSiteBuilder: PreviewSiteBuilder, @unchecked Sendable {
    // @unchecked: all mutable state sits behind `state`'s lock.
    private struct State {
        var calls: [[String]] = []
        var callTimes: [ContinuousClock.Instant] = []
        var outcomes: [PreviewBuildOutcome] = []
        var gate: CheckedContinuation<Void, Never>?
        var holdNextCall = false
        var released = false
    }

    private let state = Locked(State())
    let defaultOutcome: PreviewBuildOutcome

    init(
        defaultOutcome: PreviewBuildOutcome = .init(
            succeeded: true, diagnostics: "", summary: "built in 1 ms: 1 written, 0 unchanged, 0 removed",
            changedOutputPaths: ["index.html"])
    ) {
        self.defaultOutcome = defaultOutcome
    }

    var calls: [[String]] { state.withLock { $0.calls } }
    var callTimes: [ContinuousClock.Instant] { state.withLock { $0.callTimes } }

    /// Outcomes returned by the next calls, in order; afterwards `defaultOutcome`.
    func enqueue(_ outcomes: PreviewBuildOutcome...) {
        state.withLock { $0.outcomes.append(contentsOf: outcomes) }
    }

    /// Makes the next call wait until `release()`, to simulate a slow rebuild.
    func holdNextCall() {
        state.withLock {
            $0.holdNextCall = true
            $0.released = false
        }
    }

    /// Lets the held call finish (or, if it has not started waiting yet, lets it through).
    func release() {
        let gate = state.withLock { state -> CheckedContinuation<Void, Never>? in
            defer { state.gate = nil }
            state.released = true
            return state.gate
        }
        gate?.resume()
    }

    var isHolding: Bool { state.withLock { $0.gate != nil } }

    func rebuild(changedPaths: [String]) async -> PreviewBuildOutcome {
        let (outcome, hold) = state.withLock { state -> (PreviewBuildOutcome, Bool) in
            state.calls.append(changedPaths)
            state.callTimes.append(.now)
            let outcome = state.outcomes.isEmpty ? defaultOutcome : state.outcomes.removeFirst()
            let hold = state.holdNextCall
            state.holdNextCall = false
            return (outcome, hold)
        }
        if hold {
            await withCheckedContinuation { continuation in
                let alreadyReleased = state.withLock { state -> Bool in
                    if !state.released {
                        state.gate = continuation
                    }
                    return state.released
                }
                if alreadyReleased {
                    continuation.resume()
                }
            }
        }
        return outcome
    }
}

/// Collects what the preview logs.
final class LogRecorder: @unchecked Sendable {
    private let lines = Locked([String]())

    var log: @Sendable (String) -> Void {
        { [lines] line in lines.withLock { $0.append(line) } }
    }

    var all: [String] { lines.withLock { $0 } }
}

/// Polls `condition` every few milliseconds until it holds or `timeout` passes.
func waitUntil(
    timeout: Duration = .seconds(3),
    _ condition: () -> Bool
) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return condition()
}
