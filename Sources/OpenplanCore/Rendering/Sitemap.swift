import Markdown
/// `sitemap.xml` and `robots.txt`, published only when the site has a `base_url` (both need
/// absolute addresses).
enum Sitemap {
    struct Entry {
        /// Folder relative to the root: `actions/1-2/`.
        var folder: String
        var lastModified: Day
    }

    static func xml(baseURL: String, entries: [Entry]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for e in entries {
            out += "<url><loc>\(HTML.escape(baseURL + e.folder))</loc><lastmod>\(e.lastModified.iso)</lastmod></url>\n"
        }
        return out + "</urlset>\n"
    }

    static func robots(baseURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(baseURL)sitemap.xml\n"
    }
}

extension SiteContext {
    /// The date a page last changed, as its "Last updated" line and the sitemap show it.
    func lastModified(_ kind: PageKind) -> Day? {
        switch kind {
        case .action(let id):
            guard let a = plan.actionByID[id] else { return lastUpdated }
            return a.updated ?? a.history.last?.date
        case .priority(let id):
            var latest: Day?
            for a in plan.actionsByPriority[id] ?? [] {
                if let d = a.updated ?? a.history.last?.date, latest.map({ d > $0 }) ?? true { latest = d }
            }
            return latest ?? lastUpdated
        case .bulletin(let id):
            return plan.bulletins.first { $0.id == id }?.date
        default:
            return lastUpdated
        }
    }

    func sitemapEntries(_ jobs: [PageJob]) -> [Sitemap.Entry] {
        jobs.compactMap { job -> Sitemap.Entry? in
            guard let page = job.page else { return nil }
            if case .notFound = job.kind { return nil }
            return Sitemap.Entry(folder: page.folder, lastModified: lastModified(job.kind) ?? asOf)
        }
    }
}
