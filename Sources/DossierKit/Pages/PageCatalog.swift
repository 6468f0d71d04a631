/// Every page of the site, from every page builder.
enum PageCatalog {
    /// All pages, or only those whose paths are in `wanted`: a rebuild after an edit asks for a
    /// few pages and should not build a job for each of 40,000.
    static func jobs(_ site: SiteContext, only wanted: Set<String>? = nil) -> [PageJob] {
        // The timeline's year pages, the largest (megabytes each on a large report), go first,
        // while the build holds least: last, their buffers came on top of everything else.
        // They and the actor, weapon and topic pages list the same claim items, which render once.
        let listing =
            (TimelinePages.jobs(site) + HomePage.jobs(site) + TopicPages.jobs(site) + ActorPages.jobs(site)
            + WeaponPages.jobs(site)).map { job in
                var sharing = job
                sharing.sharesListItems = true
                return sharing
            }
        let jobs = listing + ArticlePages.jobs(site, only: wanted) + ClaimPages.jobs(site, only: wanted) + UtilityPages.jobs(site)
        guard let wanted else { return jobs }
        return jobs.filter { wanted.contains($0.path.value) }
    }

    /// The ids of the entries in one folder whose pages are wanted (`claims/<id>/index.html`).
    static func ids(in folder: String, of wanted: Set<String>) -> [String] {
        wanted.compactMap { path -> String? in
            let parts = path.split(separator: "/")
            guard parts.count == 3, parts[0] == folder, parts[2] == "index.html" else { return nil }
            return String(parts[1])
        }.sorted()
    }
}
