import Dispatch

/// Times the named steps of a build.
struct Stopwatch {
    private(set) var steps: [BuildResult.Step] = []
    private let start = DispatchTime.now().uptimeNanoseconds

    /// Milliseconds since the stopwatch was made: the build's age, across steps.
    var elapsedMilliseconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }

    mutating func time<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            steps.append(BuildResult.Step(name: name, milliseconds: elapsed))
        }
        return try work()
    }

    /// Times a step that may turn out not to apply: it counts only when it returns a value.
    mutating func timeIfTaken<T>(_ name: String, _ work: () throws -> T?) rethrows -> T? {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let value = try work() else { return nil }
        steps.append(BuildResult.Step(name: name, milliseconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000))
        return value
    }
}
