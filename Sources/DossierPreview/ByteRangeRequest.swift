/// What a `Range` header asks of a file of a given size (RFC 9110 §14.1.2): the whole file, one
/// part of it, or a part it does not have. Video and audio players ask for parts to seek (Safari
/// will not play a video whose server does not answer them), and a long PDF opens on its first page.
enum ByteRangeRequest: Equatable {
    /// No range, or one a server may ignore: another unit, several ranges, a syntax error.
    case whole
    /// The bytes at these offsets, both included.
    case part(ClosedRange<Int>)
    /// A range that starts past the end of the file: 416.
    case unsatisfiable

    init(header: String?, size: Int) {
        guard let header else {
            self = .whole
            return
        }
        let value = Substring(header).trimmingWhitespace()
        guard value.lowercased().hasPrefix("bytes="), !value.contains(",") else {
            // Several ranges would need a multipart answer; sending the whole file is allowed.
            self = .whole
            return
        }
        let spec = value.dropFirst("bytes=".count).trimmingWhitespace()
        guard let dash = spec.firstIndex(of: "-") else {
            self = .whole
            return
        }
        let first = spec[..<dash], last = spec[spec.index(after: dash)...]
        guard first.allSatisfy(\.isASCIIDigit), last.allSatisfy(\.isASCIIDigit), !(first.isEmpty && last.isEmpty) else {
            self = .whole
            return
        }
        // Offsets too large for an Int are past the end of any file.
        if first.isEmpty {
            // `-N`: the last N bytes.
            let count = Int(last) ?? Int.max
            self = count == 0 || size == 0 ? .unsatisfiable : .part(max(0, size - count)...(size - 1))
            return
        }
        guard let start = Int(first), start < size else {
            self = .unsatisfiable
            return
        }
        if last.isEmpty {
            self = .part(start...(size - 1))
        } else if let end = Int(last) {
            self = end < start ? .whole : .part(start...min(end, size - 1))
        } else {
            self = .part(start...(size - 1))
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
