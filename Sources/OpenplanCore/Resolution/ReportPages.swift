/// How the whole-plan page is split into numbered pages (`report/`, `report/page/2/`, …) when
/// the plan is long: one page of ten thousand actions would weigh tens of megabytes, more than
/// a browser or a printer copes with.
///
/// Actions are taken in the order the whole plan shows them (each priority's, then those under
/// no priority), `actionsPerPage` to a page; a priority whose actions run over a page break is
/// continued on the next page. A plan of up to `actionsPerPage` actions is one page, as it
/// always was.
struct ReportPages: Sendable {
    /// Well above any real plan (the largest seen has about a hundred actions), so a plan is
    /// split only when one page could not be read or printed.
    static let actionsPerPage = 250

    /// A priority, or the actions under no priority.
    enum Group: Sendable, Hashable {
        case priority(Int)
        case other
    }

    /// The part of a group's action list on one page.
    struct Part: Sendable {
        var group: Group
        var actions: Range<Int>
        /// The group starts on this page (its heading, summary and introduction are here).
        var isStart: Bool
        /// The group ends on this page (its measures are here).
        var isEnd: Bool
    }

    /// Each page's parts, in order; never empty.
    let pages: [[Part]]
    /// The page (from 1) where each action first appears, with its anchor and body.
    let pageOfAction: [ItemID: Int]
    /// The page where each group starts.
    let pageOfGroup: [Group: Int]

    var count: Int { pages.count }

    /// How links to the whole plan name it: "on one page" only while it is.
    var linkText: String { count > 1 ? "Whole plan" : "Whole plan on one page" }

    init(plan: Plan, actionsWithoutPriority: [Action]) {
        var groups: [(Group, Int)] = plan.priorities.indices.map { (.priority($0), plan.actionsByPriority[plan.priorities[$0].id]?.count ?? 0) }
        if !actionsWithoutPriority.isEmpty { groups.append((.other, actionsWithoutPriority.count)) }
        let per = Self.actionsPerPage
        let total = groups.reduce(0) { $0 + $1.1 }
        var pages: [[Part]] = [[]]
        var used = 0
        for (group, count) in groups {
            if total <= per || count == 0 {
                pages[pages.count - 1].append(Part(group: group, actions: 0..<count, isStart: true, isEnd: true))
                used += count
                continue
            }
            var start = 0
            while start < count {
                if used == per { pages.append([]); used = 0 }
                let take = min(per - used, count - start)
                pages[pages.count - 1].append(Part(group: group, actions: start..<(start + take), isStart: start == 0,
                                                   isEnd: start + take == count))
                used += take
                start += take
            }
        }
        var pageOfAction: [ItemID: Int] = [:]
        var pageOfGroup: [Group: Int] = [:]
        for (i, parts) in pages.enumerated() {
            for part in parts {
                if part.isStart { pageOfGroup[part.group] = i + 1 }
                let actions: [Action]
                switch part.group {
                case .priority(let p): actions = plan.actionsByPriority[plan.priorities[p].id] ?? []
                case .other: actions = actionsWithoutPriority
                }
                for a in actions[part.actions] where pageOfAction[a.id] == nil { pageOfAction[a.id] = i + 1 }
            }
        }
        self.pages = pages
        self.pageOfAction = pageOfAction
        self.pageOfGroup = pageOfGroup
    }
}
