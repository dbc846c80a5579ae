extension PageContext {
    /// The GOV.UK pagination pattern for page `current` of `count`, each page's folder given by
    /// `folder`; nil when there is one page. Up to seven pages are all listed; past that, the
    /// first, the last and the pages either side of the current one, with a gap (`⋯`) between,
    /// so the navigation stays short however long the list.
    func pagination(current: Int, count: Int, navLabel: String, folder: (Int) -> String) -> PaginationView? {
        guard count > 1 else { return nil }
        let shown: [Int]
        if count <= 7 {
            shown = Array(1...count)
        } else {
            shown = Array(Set([1, count, current - 1, current, current + 1]).filter { (1...count).contains($0) }).sorted()
        }
        var pages: [PageNumberView] = []
        for (i, n) in shown.enumerated() {
            if i > 0, n > shown[i - 1] + 1 {
                pages.append(PageNumberView(number: 0, href: "", isCurrent: false, label: "", isEllipsis: true))
            }
            pages.append(PageNumberView(number: n, href: href(folder(n)), isCurrent: n == current, label: "Page \(n) of \(count)"))
        }
        return PaginationView(
            navLabel: navLabel,
            previous: current > 1 ? LinkView(text: "Previous", href: href(folder(current - 1))) : nil,
            next: current < count ? LinkView(text: "Next", href: href(folder(current + 1))) : nil,
            pages: pages)
    }
}
