/// A claims file cut into its top-level items, one per claim, each known by its first line and a
/// hash of its text. After an edit, the file is re-read by parsing only the items whose text or
/// place changed, and taking the others' claims from the last read: a 1,500-claim file took
/// 35–60 ms to parse whole, most of the time an edit to one claim took to reach the disk.
///
/// Only a plain block list is cut: every line at the left margin starts an item (`- …`) or is a
/// comment or blank, and no anchor (`&name`) lets one item's value depend on another's. Any
/// other file is parsed whole, as is any file whose last read found a problem.
struct ClaimChunks: Sendable, Equatable {
    struct Chunk: Hashable, Sendable {
        /// The item's first line (1-based).
        let line: Int
        /// Its bytes: from its `-` to the next item's, or to the end of the file.
        let bytes: Range<Int>
        let hash: Int

        static func == (lhs: Chunk, rhs: Chunk) -> Bool {
            lhs.line == rhs.line && lhs.bytes.count == rhs.bytes.count && lhs.hash == rhs.hash
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(line)
            hasher.combine(bytes.count)
            hasher.combine(hash)
        }
    }

    let chunks: [Chunk]

    /// Nil when the text is not a plain block list of items.
    init?(_ text: String) {
        var text = text
        guard let chunks = text.withUTF8({ Self.cut($0) }) else { return nil }
        self.chunks = chunks
    }

    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> [Chunk]? {
        var starts: [(line: Int, offset: Int)] = []
        var line = 1
        var offset = 0
        while offset < bytes.count {
            let lineStart = offset
            var lineEnd = offset
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            switch bytes[lineStart] {
            case UInt8(ascii: "-"):
                let next = lineStart + 1 < lineEnd ? bytes[lineStart + 1] : UInt8(ascii: "\n")
                // `- ` starts an item; `---` or `-x` at the margin is something else.
                guard next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") else { return nil }
                starts.append((line, lineStart))
            case UInt8(ascii: "#"), UInt8(ascii: "\n"):
                break
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                // Inside an item, or a blank line; before the first item, only blank lines.
                if starts.isEmpty && bytes[lineStart..<lineEnd].contains(where: { !isSpace($0) }) { return nil }
            default:
                return nil
            }
            if hasAnchor(bytes, lineStart..<lineEnd) { return nil }
            offset = lineEnd + 1
            line += 1
        }
        var chunks: [Chunk] = []
        chunks.reserveCapacity(starts.count)
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].offset : bytes.count
            let range = start.offset..<end
            chunks.append(
                Chunk(
                    line: start.line, bytes: range,
                    hash: OutputStage.hash(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[range])))))
        }
        return chunks
    }

    /// `&name` where a node's properties go: after a space, a tab or a flow indicator. An `&` in
    /// text (`Russia & Iran`, `R&D`) is either followed by a space or not preceded by one; the
    /// few that are neither make the file be parsed whole, which is only slower.
    private static func hasAnchor(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        while index + 1 < line.upperBound {
            if bytes[index] == UInt8(ascii: "&"), !isSpace(bytes[index + 1]),
                index == line.lowerBound || isSpace(bytes[index - 1]) || isFlowIndicator(bytes[index - 1])
            {
                return true
            }
            index += 1
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",")
    }
}
