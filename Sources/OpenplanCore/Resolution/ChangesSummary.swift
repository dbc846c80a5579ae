/// How a long list of changes is cut down where it is shown (the home page, `{{changes}}` in a
/// bulletin, its emails and feed entries), and split into pages where it is shown in full.
///
/// A new plan of ten thousand actions adds them all in one month: listed in full, the home
/// page and each bulletin would run to megabytes, and an email client would cut the message
/// off. Past `limit` changes, each list shows its first `shownPerList` and counts the rest,
/// and a link leads to the full list, `perPage` changes to a page.
enum ChangesSummary {
    /// Above any real partnership's month: the example site and every test site stay in full.
    static let limit = 300
    static let shownPerList = 10
    static let perPage = 500

    /// The full list of a period, published only when that period is summarised somewhere.
    enum List: Sendable, Hashable {
        /// The 31 days up to the as-of date: the home page's "What changed recently".
        case recent
        case bulletin(ItemID)
    }

    static func isSummarised(_ log: ChangeLog) -> Bool { log.count > limit }

    static func pageCount(_ log: ChangeLog) -> Int { max(1, (log.count + perPage - 1) / perPage) }

    /// `report/changes/`, `report/changes/page/2/`, `bulletins/<slug>/changes/`.
    static func folder(_ list: List, page: Int = 1) -> String {
        let base: String
        switch list {
        case .recent: base = SitePaths.report + "changes/"
        case .bulletin(let id): base = SitePaths.bulletin(id) + "changes/"
        }
        return page <= 1 ? base : base + "page/\(page)/"
    }

    /// The same lists with each cut to its first `shownPerList`, and the number left out said.
    static func summarise(_ view: ChangesView, allHref: String, total: Int) -> ChangesView {
        var out = view
        func cut<Item>(_ items: inout [Item], _ more: inout String?) {
            guard items.count > shownPerList else { return }
            let left = items.count - shownPerList
            items = Array(items.prefix(shownPerList))
            more = "And \(NumberText.group(left)) more."
        }
        cut(&out.completed, &out.completedMore)
        cut(&out.statusChanges, &out.statusChangesMore)
        cut(&out.updates, &out.updatesMore)
        cut(&out.passedDue, &out.passedDueMore)
        cut(&out.feedback, &out.feedbackMore)
        cut(&out.readings, &out.readingsMore)
        cut(&out.added, &out.addedMore)
        // The first few are shown like the other lists, not folded away.
        if out.addedMore != nil { out.addedFolded = false }
        out.allChanges = LinkView(text: "See all \(NumberText.group(total)) changes in this period", href: allHref)
        return out
    }

    /// The changes numbered `range` (in the order the lists are shown), the lists in full.
    static func slice(_ view: ChangesView, _ range: Range<Int>) -> ChangesView {
        var out = view
        var start = 0
        func take<Item>(_ items: [Item]) -> [Item] {
            defer { start += items.count }
            let lower = min(max(range.lowerBound - start, 0), items.count)
            let upper = min(max(range.upperBound - start, 0), items.count)
            return Array(items[lower..<upper])
        }
        out.completed = take(view.completed)
        out.statusChanges = take(view.statusChanges)
        out.updates = take(view.updates)
        out.added = take(view.added)
        out.passedDue = take(view.passedDue)
        out.feedback = take(view.feedback)
        out.readings = take(view.readings)
        out.hasCompleted = !out.completed.isEmpty
        out.hasStatusChanges = !out.statusChanges.isEmpty
        out.hasUpdates = !out.updates.isEmpty
        out.hasAdded = !out.added.isEmpty
        out.addedFolded = false
        out.hasPassedDue = !out.passedDue.isEmpty
        out.hasFeedback = !out.feedback.isEmpty
        out.hasReadings = !out.readings.isEmpty
        return out
    }
}

extension ChangeLog {
    /// Every change listed: status changes (additions among them), completions, passed due
    /// dates, leads' updates, "You said, we did" items and measures with new readings (a
    /// measure's new figures, its own and its groups', are one item of the list).
    public var count: Int {
        statusChanges.count + completed.count + passedDue.count + updates.count + feedback.count
            + Set(readings.map(\.measure)).count
    }
}
