/// The whole validated site: everything later stages need, and nothing unchecked.
///
/// Collections are in display order. Lookups by id are built once here so that no stage
/// scans every action for every page.
public struct Plan: Sendable {
    public var site: Site
    public var people: [Person]
    public var glossary: [GlossaryEntry]
    public var priorities: [Priority]
    public var actions: [Action]
    public var measures: [Measure]
    /// Newest first.
    public var feedback: [Feedback]
    /// Newest first.
    public var bulletins: [Bulletin]
    public var pages: [Page]
    /// `Content/pages/index.md`: an introduction for the home page.
    public var homeIntro: Page?

    /// Actions and measures the content has but the plan leaves out, because of a problem
    /// already reported (a file that could not be read, an id used twice). An embed naming
    /// one is not reported again: one mistake, one error.
    public var withheldActions: Set<ItemID> = []
    public var withheldMeasures: Set<ItemID> = []

    public let peopleByID: [ItemID: Person]
    public let priorityByID: [ItemID: Priority]
    public let actionByID: [ItemID: Action]
    public let measureByID: [ItemID: Measure]
    public let feedbackByID: [ItemID: Feedback]
    /// priority id → its actions, in display order.
    public let actionsByPriority: [ItemID: [Action]]
    /// priority id → its measures.
    public let measuresByPriority: [ItemID: [Measure]]
    /// action id → feedback items that name it.
    public let feedbackByAction: [ItemID: [Feedback]]
    /// measure id → actions that name it.
    public let actionsByMeasure: [ItemID: [Action]]

    public init(site: Site, people: [Person], glossary: [GlossaryEntry], priorities: [Priority], actions: [Action],
                measures: [Measure], feedback: [Feedback], bulletins: [Bulletin], pages: [Page], homeIntro: Page?) {
        self.site = site
        self.people = people
        self.glossary = glossary.sorted { $0.term.lowercased() < $1.term.lowercased() }
        self.priorities = priorities.sorted { ($0.order ?? Int.max, $0.id) < ($1.order ?? Int.max, $1.id) }
        // A snapshot passes actions already in order; checking is far cheaper than sorting
        // (which moves every action, with all its strings and lists, many times).
        self.actions = Self.isInOrder(actions) ? actions : actions.sorted { $0.id < $1.id }
        self.measures = measures.sorted { $0.id < $1.id }
        self.feedback = feedback.sorted { ($1.date, $0.id) < ($0.date, $1.id) }
        self.bulletins = bulletins.sorted { ($1.date, $0.id) < ($0.date, $1.id) }
        self.pages = pages.sorted { ($0.order ?? Int.max, $0.slug) < ($1.order ?? Int.max, $1.slug) }
        self.homeIntro = homeIntro

        peopleByID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        priorityByID = Dictionary(priorities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        actionByID = Dictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        measureByID = Dictionary(measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        feedbackByID = Dictionary(feedback.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byPriority: [ItemID: [Action]] = [:]
        var byMeasure: [ItemID: [Action]] = [:]
        for action in self.actions {
            for p in action.priorities { byPriority[p, default: []].append(action) }
            for m in action.measures { byMeasure[m, default: []].append(action) }
        }
        actionsByPriority = byPriority
        actionsByMeasure = byMeasure
        var measuresByPriority: [ItemID: [Measure]] = [:]
        for m in self.measures { if let p = m.priority { measuresByPriority[p, default: []].append(m) } }
        self.measuresByPriority = measuresByPriority
        var fbByAction: [ItemID: [Feedback]] = [:]
        for f in self.feedback { for a in f.actions { fbByAction[a, default: []].append(f) } }
        feedbackByAction = fbByAction
    }
}

extension Plan {
    static func isInOrder(_ actions: [Action]) -> Bool {
        for index in actions.indices.dropFirst() where actions[index].id < actions[index - 1].id { return false }
        return true
    }
}
