extension PageContext {
    /// One page of the full list of changes in a period, published where the list is too long
    /// to show in full on the home page or in a bulletin (`ChangesSummary`).
    func changesPage(_ list: ChangesSummary.List, page number: Int) -> [UInt8] {
        var back = LinkView(text: "Back to the home page", href: href(""))
        var crumbTrail: [(String, String)] = []
        var lastUpdated = site.lastUpdated
        if case .bulletin(let id) = list, let bulletin = plan.bulletins.first(where: { $0.id == id }) {
            speak(as: bulletin)
            back = LinkView(text: "Back to the bulletin “\(bulletin.title)”", href: href(SitePaths.bulletin(id)))
            crumbTrail = [("Bulletins", SitePaths.bulletins), (bulletin.title, SitePaths.bulletin(id))]
            lastUpdated = bulletin.date
        }
        let log = changesLog
        let count = ChangesSummary.pageCount(log)
        let start = (number - 1) * ChangesSummary.perPage
        let view = ChangesSummary.slice(changesView(log), start..<(start + ChangesSummary.perPage))
        let from = log.period.firstDay, through = log.period.through
        let total = NumberText.group(log.count)
        let pageText = count > 1 ? " (page \(number) of \(count))" : ""
        let title = "Every change between \(from.long) and \(through.long)"
        let page = ChangesPageView(
            title: title + pageText,
            lead: count > 1
                ? "\(total) changes in this period, \(NumberText.group(ChangesSummary.perPage)) to a page."
                : "\(total) changes in this period.",
            pagination: pagination(current: number, count: count, navLabel: "Pages of changes") { ChangesSummary.folder(list, page: $0) },
            changesHTML: site.theme.render(view, "embed-changes"), back: back)
        if number > 1 { crumbTrail.append(("Every change", ChangesSummary.folder(list))) }
        return layout(title: "Every change" + pageText, content: site.theme.render(page, "changes"),
                      breadcrumbs: crumbs(crumbTrail), lastUpdated: lastUpdated, kind: "changes")
    }
}
