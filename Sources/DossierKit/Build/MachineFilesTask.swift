import Foundation

/// The site's machine-readable files (feed, claims.json, search index, sitemap), made and staged
/// on a thread of their own while the pages render. Each is staged as soon as it is made, so
/// that claims.json (tens of megabytes on a large report) is not held until the pages are done.
/// A file an edit cannot change is kept as published.
final class MachineFilesTask: @unchecked Sendable {
    private let group = DispatchGroup()
    private var error: Error?

    init(site: SiteContext, pages: [OutputPath], affected: AffectedPages?, stage: OutputStage, previousHashes: [OutputPath: Int]) {
        DispatchQueue.global().async(group: group) { [self] in
            // Each file is handed to the stage as it is made: claims.json and the search index,
            // tens of megabytes on a large report, in pieces.
            func add(_ path: String, needed: Bool, _ write: (_ emit: ([UInt8]) throws -> Void) throws -> Void) throws {
                guard let outputPath = OutputPath(path) else { return }
                if needed {
                    try stage.write(outputPath, pieces: write)
                } else {
                    stage.keep([outputPath], hashes: previousHashes)
                }
            }
            do {
                try add("feed.xml", needed: affected?.feed ?? true) { try $0(Array(MachineFiles.feed(site).utf8)) }
                try add("claims.json", needed: affected?.claimsJSON ?? true) { try MachineFiles.claimsJSON(site, to: $0) }
                try add("search/index.js", needed: affected?.searchIndex ?? true) { try MachineFiles.searchIndex(site, to: $0) }
                if let base = site.report.site.baseURL {
                    try add("sitemap.xml", needed: affected?.sitemap ?? true) {
                        try $0(Array(MachineFiles.sitemap(pages: pages, base: base).utf8))
                    }
                }
            } catch {
                self.error = error
            }
        }
    }

    /// Waits for the files; throws what staging them threw.
    func wait() throws {
        group.wait()
        if let error { throw error }
    }
}
