/// `timeline/index.html` (every claim by year and month) and one page per year.
enum TimelinePages {
    /// Above this many claims the timeline index lists months instead of claims.
    static let compactAbove = 1_000

    static func years(_ site: SiteContext) -> [Int] {
        site.index.claimsByYear.keys.sorted()
    }

    static func jobs(_ site: SiteContext) -> [PageJob] {
        var jobs: [PageJob] = []
        let years = self.years(site)
        let yearLinks: [[String: Any]] = years.map { year in
            ["year": yearText(year), "href": SiteURL.year(year), "count": site.index.claimsByYear[year]?.count ?? 0, "current": false]
        }
        if let path = OutputPath("timeline/index.html") {
            jobs.append(
                PageJob(path: path, template: "timeline", section: "timeline", title: "Timeline") {
                    // A page of every claim stops being readable (and cheap) past a point: then it
                    // lists months with their counts, and the year pages hold the claims.
                    let compact = site.index.timeline.count > compactAbove
                    return [
                        "years": years.map { year -> [String: Any] in
                            let claims = site.index.claimsByYear[year] ?? []
                            var months = site.byMonth(claims, withItems: !compact)
                            if compact {
                                months = months.map { month in
                                    var month = month
                                    month["href"] = SiteURL.year(year)
                                    return month
                                }
                            }
                            return ["year": yearText(year), "href": SiteURL.year(year), "count": claims.count, "months": months]
                        },
                        "year_links": yearLinks,
                        "count": site.index.timeline.count,
                        "compact": compact,
                    ]
                })
        }
        for (position, year) in years.enumerated() {
            guard let path = OutputPath.page("timeline", yearText(year)) else { continue }
            jobs.append(
                PageJob(path: path, template: "timeline-year", section: "timeline", title: "Timeline: \(yearText(year))") {
                    let claims = site.index.claimsByYear[year] ?? []
                    let previous = position > 0 ? years[position - 1] : nil
                    let next = position + 1 < years.count ? years[position + 1] : nil
                    return [
                        "year": yearText(year), "count": claims.count, "months": site.byMonth(claims),
                        // The page's own year is marked among the others. Without the others'
                        // counts, which would make a claim's edit render every year's page.
                        "year_links": yearLinks.map { link in link.merging(["current": link["year"] as? String == yearText(year)]) { $1 } },
                        "previous": optional(previous.map { ["year": yearText($0), "href": SiteURL.year($0)] as [String: Any] }),
                        "next": optional(next.map { ["year": yearText($0), "href": SiteURL.year($0)] as [String: Any] }),
                    ]
                })
        }
        return jobs
    }
}
