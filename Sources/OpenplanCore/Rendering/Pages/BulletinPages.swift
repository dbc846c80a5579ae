extension PageContext {
    func bulletinsPage(_ number: Int) -> [UInt8] {
        let per = SiteContext.bulletinsPerPage
        let count = site.bulletinPageCount
        let slice = plan.bulletins.dropFirst((number - 1) * per).prefix(per)
        let pagination = self.pagination(current: number, count: count, navLabel: "Pages of bulletins", folder: SitePaths.bulletinsPage)
        let view = BulletinsPageView(hasBulletins: !slice.isEmpty, bulletins: slice.map(bulletinSummary), pagination: pagination,
                                     feeds: !site.linksFeeds ? nil : BulletinFeedLinksView(
                                        atomHref: href(SitePaths.bulletinsFeed), rssHref: href(SitePaths.bulletinsRSS)))
        let title = number == 1 ? "Bulletins" : "Bulletins (page \(number) of \(count))"
        return layout(title: title, content: site.theme.render(view, "bulletins"),
                      breadcrumbs: crumbs(number == 1 ? [] : [("Bulletins", SitePaths.bulletins)]),
                      lastUpdated: slice.first?.date ?? site.lastUpdated, kind: "bulletins")
    }

    func bulletinPage(_ bulletin: Bulletin) -> [UInt8] {
        speak(as: bulletin)
        let index = plan.bulletins.firstIndex { $0.id == bulletin.id }
        let newer = index.flatMap { $0 > 0 ? plan.bulletins[$0 - 1] : nil }
        let older = index.flatMap { $0 + 1 < plan.bulletins.count ? plan.bulletins[$0 + 1] : nil }
        let view = BulletinPageView(
            title: bulletin.title, date: DateView(bulletin.date), summary: bulletin.summary, bodyHTML: body(bulletin.body),
            newer: newer.map { LinkView(text: $0.title, href: href(SitePaths.bulletin($0.id))) },
            older: older.map { LinkView(text: $0.title, href: href(SitePaths.bulletin($0.id))) },
            allHref: href(SitePaths.bulletins))
        return layout(title: bulletin.title, content: site.theme.render(view, "bulletin"), description: bulletin.summary,
                      breadcrumbs: crumbs([("Bulletins", SitePaths.bulletins)]), lastUpdated: bulletin.date, kind: "bulletin")
    }
}
