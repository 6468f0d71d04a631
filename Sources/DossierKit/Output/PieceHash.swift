/// `OutputStage.hash` for a file that arrives in pieces: the same mixing, eight bytes at a time
/// across the pieces' edges, with the length mixed in at the end rather than first (it is not
/// known until then). Its values are compared only with its own, from the previous build.
struct PieceHash {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var count = 0
    /// The bytes after the last whole word, at most seven.
    private var pending: [UInt8] = []

    mutating func add(_ bytes: [UInt8]) {
        count += bytes.count
        var offset = 0
        if !pending.isEmpty {
            while pending.count < 8 && offset < bytes.count {
                pending.append(bytes[offset])
                offset += 1
            }
            guard pending.count == 8 else { return }
            hash = OutputStage.mix(hash ^ pending.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
            pending.removeAll(keepingCapacity: true)
        }
        bytes.withUnsafeBytes { buffer in
            while offset + 8 <= buffer.count {
                hash = OutputStage.mix(hash ^ buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
        }
        pending.append(contentsOf: bytes[offset...])
    }

    func finish() -> Int {
        var tail: UInt64 = 0
        for byte in pending { tail = tail << 8 | UInt64(byte) }
        return Int(truncatingIfNeeded: OutputStage.mix(OutputStage.mix(hash ^ tail) ^ UInt64(count)))
    }
}
