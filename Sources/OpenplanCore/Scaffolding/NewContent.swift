/// Starting files for `openplan new`: the shape of a bulletin, action or feedback item with the
/// next free id chosen and every required field in place, so an editor only fills in words.
public struct NewContent: Sendable, Equatable {
    /// Relative to the site folder, e.g. `Content/bulletins/2026-02.md`.
    public var path: String
    public var text: String
    /// A line for the editor about a choice made for them ("Started the December 2026
    /// bulletin: …"), or nil.
    public var note: String? = nil
}

public enum NewContentError: Error, Equatable, CustomStringConvertible {
    case badMonth(String)
    case unknownPriority(String, known: [String])
    case noPriorities

    public var description: String {
        switch self {
        case .badMonth(let m):
            return "\"\(m)\" is not a month: write it like 2026-02."
        case .unknownPriority(let p, let known):
            return "there is no priority \"\(p)\"; the priorities are \(known.joined(separator: ", "))."
        case .noPriorities:
            return "the plan has no priorities yet: add one to Content/priorities/ first."
        }
    }
}

extension NewContent {
    /// Next month's bulletin: the month after the newest one when that is the as-of month or
    /// later; otherwise (the newest is older, or there is none) the as-of month, so a site
    /// that skipped some months starts this month's bulletin rather than a long-past one.
    /// Dated the as-of day when that falls in the month, otherwise the month's last day.
    public static func bulletin(month: String?, plan: Plan, asOf: Day) throws -> NewContent {
        let (year, m): (Int, Int)
        let reason: String?
        if let month {
            guard case .month(let y, let mm)? = PlanDate(month) else { throw NewContentError.badMonth(month) }
            (year, m) = (y, mm)
            reason = nil
        } else if let newest = plan.bulletins.first?.date {
            let next = newest.month == 12 ? (newest.year + 1, 1) : (newest.year, newest.month + 1)
            let newestName = "\(Day.monthNames[newest.month - 1]) \(newest.year)"
            if next < (asOf.year, asOf.month) {
                (year, m) = (asOf.year, asOf.month)
                reason = "this month; the newest bulletin is for \(newestName). Give a month, like 2026-02, for another one."
            } else {
                (year, m) = next
                reason = "the month after the newest bulletin (\(newestName))."
            }
        } else {
            (year, m) = (asOf.year, asOf.month)
            reason = "this month, as there is no bulletin yet."
        }
        let monthName = Day.monthNames[m - 1]
        let date = (asOf.year == year && asOf.month == m)
            ? asOf : Day(year: year, month: m, day: Day.daysIn(month: m, year: year))!
        let id = pad(year, 4) + "-" + pad(m, 2)
        let text = """
        ---
        title: \(monthName) \(year) update
        date: \(date.iso)
        summary: \(PlaceholderText.bulletinSummary)
        ---
        \(PlaceholderText.bulletinBody)

        ## How the plan is going

        {{progress}}

        ## What changed this month

        {{changes}}

        """
        return NewContent(path: SiteLayout.file(.bulletin, stem: id), text: text,
                          note: reason.map { "Started the \(monthName) \(year) bulletin: \($0)" })
    }

    /// A new action under a priority, with the next free number in that priority's series
    /// (after `2.3` comes `2.4`; the first action of priority `5` is `5.1`). It starts at the
    /// scale's not-started status, with its lead and due date "not set yet" (format 1.1), so
    /// nothing is invented and `check` reminds the editor to fill them in.
    public static func action(priority: String?, plan: Plan, asOf: Day) throws -> NewContent {
        guard let first = plan.priorities.first else { throw NewContentError.noPriorities }
        let priorityID = ItemID(priority ?? first.id.raw)
        guard plan.priorityByID[priorityID] != nil else {
            throw NewContentError.unknownPriority(priorityID.raw, known: plan.priorities.map(\.id.raw))
        }
        let taken = Set(plan.actions.map { $0.id.slug })
        let siblings = plan.actionsByPriority[priorityID] ?? []
        let id = nextID(after: siblings.map(\.id.raw), defaultPrefix: priorityID.raw + ".", taken: taken)
        let status = yamlScalar(plan.site.statuses.notStartedID)
        let text = """
        ---
        id: \(yamlScalar(id))
        title: \(PlaceholderText.actionTitle)
        priority: \(yamlScalar(priorityID.raw))
        leads: []
        due: \(DueDate.notSetText)
        status: \(status)
        updated: \(asOf.iso)
        ---
        ## What we are doing

        ## What difference it will make

        ## Latest update

        """
        return NewContent(path: SiteLayout.file(.action, stem: id), text: text)
    }

    /// A new "You said, we did" item, dated the as-of day, with status "listening".
    public static func feedback(theme: String?, plan: Plan, asOf: Day) -> NewContent {
        let taken = Set(plan.feedback.map { $0.id.slug })
        let base = Slug.make(theme ?? "feedback") + "-" + asOf.iso
        var id = base
        var n = 2
        while taken.contains(Slug.make(id)) { id = "\(base)-\(n)"; n += 1 }
        let text = """
        ---
        date: \(asOf.iso)
        theme: \(yamlScalar(theme ?? PlaceholderText.feedbackTheme))
        source: \(PlaceholderText.feedbackSource)
        you_said: \(PlaceholderText.feedbackYouSaid)
        status: listening
        ---

        """
        return NewContent(path: SiteLayout.file(.feedback, stem: id), text: text)
    }

    /// The next id in the most common numbered series among `ids` (prefix + number).
    static func nextID(after ids: [String], defaultPrefix: String, taken: Set<String>) -> String {
        var highest: [String: Int] = [:]
        var count: [String: Int] = [:]
        for id in ids {
            let digits = id.reversed().prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty, let n = Int(String(digits.reversed())) else { continue }
            let prefix = String(id.dropLast(digits.count))
            highest[prefix] = max(highest[prefix] ?? 0, n)
            count[prefix, default: 0] += 1
        }
        let prefix = count.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key ?? defaultPrefix
        var n = (highest[prefix] ?? 0) + 1
        while taken.contains(Slug.make(prefix + String(n))) { n += 1 }
        return prefix + String(n)
    }

    /// Quotes a value when YAML would otherwise read it as something other than text.
    static func yamlScalar(_ s: String) -> String {
        let plain = s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == " " || $0 == "." }
        if plain && Double(s) == nil && !s.isEmpty && s.first != " " && s.last != " " { return s }
        return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
