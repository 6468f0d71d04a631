import Foundation

/// The site's machine-readable files (feed, claims.json, search index, sitemap), made on a
/// thread of their own while the pages render. A file an edit cannot change comes back as nil:
/// the published one stays.
final class MachineFilesTask: @unchecked Sendable {
    private let group = DispatchGroup()
    private var files: [(OutputPath, [UInt8]?)] = []

    init(site: SiteContext, pages: [OutputPath], affected: AffectedPages?) {
        DispatchQueue.global().async(group: group) { [self] in
            var files: [(OutputPath, [UInt8]?)] = []
            func add(_ path: String, needed: Bool, _ bytes: @autoclosure () -> [UInt8]) {
                guard let outputPath = OutputPath(path) else { return }
                files.append((outputPath, needed ? bytes() : nil))
            }
            add("feed.xml", needed: affected?.feed ?? true, Array(MachineFiles.feed(site).utf8))
            add("claims.json", needed: affected?.claimsJSON ?? true, MachineFiles.claimsJSON(site))
            add("search/index.js", needed: affected?.searchIndex ?? true, MachineFiles.searchIndex(site))
            if let base = site.report.site.baseURL {
                add("sitemap.xml", needed: affected?.sitemap ?? true, Array(MachineFiles.sitemap(pages: pages, base: base).utf8))
            }
            self.files = files
        }
    }

    /// The files, once made; waits for the thread.
    @discardableResult
    func wait() -> [(OutputPath, [UInt8]?)] {
        group.wait()
        return files
    }
}
