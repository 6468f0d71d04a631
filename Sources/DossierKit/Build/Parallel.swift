import Dispatch

/// Runs work over many items on every core, keeping the input order in the result.
enum Parallel {
    static func map<Input, Output>(_ items: [Input], _ transform: (Input) -> Output) -> [Output] {
        if items.count < 2 { return items.map(transform) }
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let output = buffer
            // Each index is written by exactly one iteration, so the writes never overlap.
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                output[index] = transform(items[index])
            }
        }
        return results.compactMap { $0 }
    }
}
