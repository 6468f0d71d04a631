/// Every page of the site, from every page builder.
enum PageCatalog {
    static func jobs(_ site: SiteContext) -> [PageJob] {
        HomePage.jobs(site) + TopicPages.jobs(site) + ActorPages.jobs(site) + WeaponPages.jobs(site)
            + ArticlePages.jobs(site) + ClaimPages.jobs(site) + TimelinePages.jobs(site) + UtilityPages.jobs(site)
    }
}
