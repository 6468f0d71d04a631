import Foundation

/// A file of the report read as UTF-8 text, with the path as the user gave it.
struct SourceFile: Sendable {
    let path: String
    let text: String

    /// Reads `path`; a file that is not UTF-8 gets a diagnostic at the first bad byte.
    static func read(_ path: String, diagnostics: inout [Diagnostic]) -> SourceFile? {
        guard var bytes = FileIO.contents(of: path) else {
            diagnostics.append(.error(SourceLocation(path: path), "cannot read the file: \(FileIO.whyUnreadable(path))"))
            return nil
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            // Most files have no carriage returns; looking for one is far cheaper than replacing.
            let hasCarriageReturn = bytes.contains(0x0D)
            // Lines ended by CR alone (classic Mac OS) are one line to the loader and the editor's
            // lines to libyaml: "missing front matter" over the whole file, or errors on no real line.
            if hasCarriageReturn, !bytes.contains(0x0A) {
                let column = text.unicodeScalars.prefix(while: { $0 != "\r" }).count + 1
                diagnostics.append(
                    .error(
                        SourceLocation(path: path, line: 1, column: column),
                        "the file's lines end in a CR alone (classic Mac OS line endings)",
                        hint: "save it with LF (or CRLF) line endings"))
                return nil
            }
            return SourceFile(path: path, text: hasCarriageReturn ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
        }
        diagnostics.append(
            .error(
                badByteLocation(bytes, path: path), "the file is not UTF-8 text",
                hint: "save it as UTF-8 (most editors: 'Save with encoding')"))
        return nil
    }

    private static func badByteLocation(_ bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1, column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: return SourceLocation(path: path, line: line, column: column)
            }
            guard index + length <= bytes.count,
                String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            else { return SourceLocation(path: path, line: line, column: column) }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return SourceLocation(path: path, line: line, column: column)
    }
}
