/// Maps a raw request path onto a file inside the output folder, refusing anything that would leave it.
///
/// Two independent guards: the path is checked segment by segment before it touches the file
/// system (no `..`, no encoded separators, no backslashes, no NUL, all after decoding once),
/// and the file that is finally chosen is resolved with realpath and must lie inside the real
/// output folder, which is what stops symlinks pointing elsewhere. Names starting with a dot are
/// never served, `.well-known/` aside: the site has none of its own, and a dotfile put into the
/// output by hand (`.git`, `.env`) is not for the network.
struct OutputPathResolver: Sendable {
    /// What a request path refers to.
    enum Resolution: Equatable, Sendable {
        /// A regular file: `path` is its real path, `name` the URL-side file name that picks the content type.
        case file(path: String, name: String)
        /// A folder asked for without its trailing slash; `location` is the slash form.
        case redirect(location: String)
        case notFound
        /// The path exists but resolves outside the output folder (a symlink pointing out).
        case forbidden
    }

    /// The output folder as configured; resolved again on each request because the builder may
    /// replace it (e.g. by renaming a fresh build into place) while the server runs.
    let root: String

    func resolve(rawPath: String) -> Resolution {
        guard let segments = Self.decodedSegments(of: rawPath) else { return .notFound }
        guard let realRoot = FileSystem.realPath(root) else { return .notFound }
        let candidate = ([root] + segments).joined(separator: "/")
        guard let realCandidate = FileSystem.realPath(candidate) else { return .notFound }
        guard Self.isInside(realCandidate, root: realRoot) else { return .forbidden }
        guard let status = FileSystem.status(of: realCandidate) else { return .notFound }
        let wantsFolder = rawPath.hasSuffix("/")

        switch status.kind {
        case .directory:
            guard wantsFolder else {
                // Rebuilt from the checked segments (not echoed from the request) so that `//host`
                // can never turn into an off-site, protocol-relative redirect.
                let encoded = rawPath.split(separator: "/", omittingEmptySubsequences: true)
                return .redirect(location: "/" + encoded.joined(separator: "/") + "/")
            }
            return resolveIndex(in: realCandidate, realRoot: realRoot)
        case .file:
            // `/page.html/` names a folder that does not exist; serving the file would give it a wrong base URL.
            guard !wantsFolder else { return .notFound }
            return .file(path: realCandidate, name: segments.last ?? "")
        case .symlink, .other:
            return .notFound
        }
    }

    private func resolveIndex(in folder: String, realRoot: String) -> Resolution {
        // index.html may itself be a symlink, so it gets the same containment check.
        guard let realIndex = FileSystem.realPath(folder + "/index.html") else { return .notFound }
        guard Self.isInside(realIndex, root: realRoot) else { return .forbidden }
        guard FileSystem.status(of: realIndex)?.kind == .file else { return .notFound }
        return .file(path: realIndex, name: "index.html")
    }

    static func isInside(_ path: String, root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }

    /// The percent-decoded, non-empty path segments, or nil when the path must be refused.
    static func decodedSegments(of rawPath: String) -> [String]? {
        guard rawPath.hasPrefix("/"), !rawPath.contains("\\"), !rawPath.utf8.contains(0) else { return nil }
        var segments: [String] = []
        for rawSegment in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = percentDecoded(rawSegment),
                segment != ".", segment != "..", !segment.hasPrefix(".") || segment == ".well-known",
                !segment.contains("/"), !segment.contains("\\"), !segment.utf8.contains(0)
            else { return nil }
            // Decoded once, as a static host decodes: `%2520` is a file named with `%20`, and a
            // segment that decodes to `%2e%2e` is a name, never `..`.
            segments.append(segment)
        }
        return segments
    }

    /// Strict percent-decoding: nil for a malformed escape or for bytes that are not UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        let decoded = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces invalid sequences with U+FFFD; a round trip that differs means the bytes were not UTF-8.
        return Array(decoded.utf8) == bytes ? decoded : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
