import Hummingbird

/// The ETag and Last-Modified of a served file, and the conditional-request check against them.
struct FileValidators: Sendable {
    let entityTag: String
    let lastModified: String
    private let modifiedSeconds: Int

    init(status: FileSystem.Status, injectsLiveReload: Bool) {
        // Inode, size and nanosecond mtime change whenever the builder rewrites a file, without
        // hashing its bytes. The snippet's version is mixed in for HTML because that body differs from disk.
        var tag =
            "\(String(status.inode, radix: 16))-\(String(status.size, radix: 16))"
            + "-\(String(status.modifiedSeconds, radix: 16)).\(String(status.modifiedNanoseconds, radix: 16))"
        if injectsLiveReload {
            tag += "-lr" + LiveReloadScript.versionTag
        }
        self.entityTag = "\"\(tag)\""
        self.lastModified = HTTPDate.format(secondsSince1970: status.modifiedSeconds)
        self.modifiedSeconds = status.modifiedSeconds
    }

    /// RFC 9110 §13.2.2 order: If-None-Match decides when present (weak comparison, `*` matches),
    /// and only otherwise If-Modified-Since, compared at the one-second precision of HTTP dates.
    func isNotModified(for headers: HTTPFields) -> Bool {
        let noneMatch = headers[values: .ifNoneMatch]
        if !noneMatch.isEmpty {
            let candidates = noneMatch.flatMap { $0.split(separator: ",") }.map { Self.opaqueTag($0) }
            return candidates.contains("*") || candidates.contains(Self.opaqueTag(Substring(entityTag)))
        }
        if let since = headers[.ifModifiedSince], let sinceSeconds = HTTPDate.parse(since) {
            return modifiedSeconds <= sinceSeconds
        }
        return false
    }

    /// Whether a `Range` may be answered (RFC 9110 §13.1.5): always without If-Range, otherwise
    /// only when it names this version of the file, by strong ETag or its exact Last-Modified.
    /// A player that cached the start of an older build then gets the whole new file.
    func allowsRange(for headers: HTTPFields) -> Bool {
        guard let ifRange = headers[.ifRange].map({ String(Substring($0).trimmingWhitespace()) }) else { return true }
        if ifRange.hasPrefix("\"") { return ifRange == entityTag }
        if ifRange.hasPrefix("W/") { return false }
        return ifRange == lastModified
    }

    private static func opaqueTag(_ value: Substring) -> String {
        var tag = value.trimmingWhitespace()
        if tag.hasPrefix("W/") {
            tag = tag.dropFirst(2)
        }
        return String(tag)
    }
}

extension Substring {
    /// Without the spaces and tabs HTTP allows around a header's value and its list items.
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
