extension PageContext {
    func feedbackPage(_ filter: FeedbackFilter) -> [UInt8] {
        let all = plan.feedback
        let items: [Feedback]
        let heading: String
        let filterText: String
        switch filter {
        case .all:
            items = all
            heading = "You said, we did"
            filterText = ""
        case .theme(let slug):
            let theme = site.feedbackThemes.first { $0.slug == slug }
            items = theme?.items ?? []
            heading = "You said, we did: \(theme?.name ?? slug)"
            filterText = "Showing \(NumberText.count(items.count, "item", "items")) about \(theme?.name ?? slug)."
        case .status(let status):
            items = all.filter { $0.status == status }
            heading = "You said, we did: \(status.label)"
            filterText = "Showing \(NumberText.count(items.count, "item", "items")) with the status \(status.label)."
        }
        var byTheme: [String: [Feedback]] = [:]
        for f in items { byTheme[Slug.make(f.theme), default: []].append(f) }
        let groups = site.feedbackThemes.compactMap { t -> FeedbackGroupView? in
            guard let list = byTheme[t.slug], !list.isEmpty else { return nil }
            return FeedbackGroupView(theme: t.name, themeHref: href(SitePaths.feedbackTheme(t.name)),
                                     items: list.map { feedbackItem($0, detail: true) })
        }
        let themeFilters = site.feedbackThemes.map {
            FilterLinkView(text: $0.name, href: href(SitePaths.feedbackTheme($0.name)), count: $0.items.count,
                           isCurrent: filter == .theme($0.slug))
        }
        let statusFilters = FeedbackStatus.allCases.map { s in
            FilterLinkView(text: s.label, href: href(SitePaths.feedbackStatus(s)), count: all.filter { $0.status == s }.count,
                           isCurrent: filter == .status(s))
        }
        let view = FeedbackPageView(heading: heading, isFiltered: filter != .all, filterText: filterText,
                                    allHref: href(SitePaths.feedback), themeFilters: themeFilters, statusFilters: statusFilters,
                                    hasItems: !items.isEmpty, groups: groups)
        let crumbTrail: [(String, String)] = filter == .all ? [] : [("You said, we did", SitePaths.feedback)]
        return layout(title: heading, content: site.theme.render(view, "you-said-we-did"), breadcrumbs: crumbs(crumbTrail),
                      lastUpdated: items.first?.date ?? site.lastUpdated, kind: "you-said-we-did")
    }
}
