import Foundation

/// The canonical decomposition (NFD) of single scalars, so that quote matching sees `é` and `e` + U+0301
/// (the form text copied from PDFs or macOS often has) as the same text.
///
/// The standard library has no public call for it and Foundation's works on whole strings, slowly
/// for one scalar: each scalar's answer is asked once per process and kept. ASCII and Latin-1
/// below U+00C0 never decompose and are not looked up.
enum CanonicalDecomposition {
    private final class Memory: @unchecked Sendable {
        let lock = NSLock()
        /// Empty for a scalar that stands for itself.
        var parts: [UInt32: [UInt32]] = [:]
    }

    private static let memory = Memory()

    /// The scalars `value` decomposes into, in canonical order, or nil when it stands for itself.
    static func of(_ value: UInt32) -> [UInt32]? {
        guard value >= 0xC0 else { return nil }
        memory.lock.lock()
        defer { memory.lock.unlock() }
        if let known = memory.parts[value] { return known.isEmpty ? nil : known }
        var parts: [UInt32] = []
        if let scalar = Unicode.Scalar(value) {
            parts = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            if parts == [value] { parts = [] }
        }
        memory.parts[value] = parts
        return parts.isEmpty ? nil : parts
    }
}
