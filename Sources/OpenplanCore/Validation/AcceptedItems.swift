/// The items that keep their ids after duplicate and address checks, and the plan built from
/// them. Only what is consistent goes into the plan: a reference to something missing is
/// dropped from it (having been reported), so later stages can look every id up safely.
struct AcceptedItems {
    var priorities: [Priority] = []
    var actions: [Action] = []
    var measures: [Measure] = []
    var feedback: [Feedback] = []
    var bulletins: [Bulletin] = []
    var pages: [Page] = []
    var people: [Person] = []

    /// Runs the identity checks for every kind, keeping the items that pass.
    mutating func take(_ items: FileChecks) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func accept<T>(_ checked: [Checked<T>], _ check: IdentityCheck) -> [T] {
            let output = check.check(checked.map(\.identity))
            diagnostics += output.diagnostics
            return output.accepted.compactMap { checked[$0].item }
        }
        priorities = accept(items.priorities, IdentityCheck(noun: "priority", urlFolder: "priorities", checksSlugs: true))
        actions = accept(items.actions, IdentityCheck(noun: "action", urlFolder: "actions", checksSlugs: true))
        measures = accept(items.measures, IdentityCheck(noun: "measure", urlFolder: "measures", checksSlugs: true))
        feedback = accept(items.feedback, IdentityCheck(noun: "\"You said, we did\" item", urlFolder: nil, checksSlugs: true))
        bulletins = accept(items.bulletins, IdentityCheck(noun: "bulletin", urlFolder: "bulletins", checksSlugs: true,
                                                          idsAreFileNames: true))
        pages = accept(items.pages, IdentityCheck(noun: "page", urlFolder: nil, checksSlugs: true, idsAreFileNames: true))
        people = accept(items.people, IdentityCheck(noun: "person", urlFolder: nil, checksSlugs: false))
        return diagnostics
    }

    func plan(site: Site, glossary: [GlossaryEntry]) -> Plan {
        let scale = site.statuses
        let priorityIDs = Set(priorities.map(\.id))
        let personIDs = Set(people.map(\.id))
        let measures = self.measures.map { measure -> Measure in
            var measure = measure
            if let p = measure.priority, !priorityIDs.contains(p) { measure.priority = nil }
            return measure
        }
        let measureIDs = Set(measures.map(\.id))
        let actions = self.actions.compactMap { action -> Action? in
            var action = action
            if scale.status(action.status) == nil {
                // An unknown or missing status has been reported. The action stays in the plan
                // with a stand-in, so its body and everything naming it are still checked; the
                // error stops the build from publishing it.
                guard let standIn = scale.statuses.first?.id else { return nil }
                action.status = standIn
            }
            action.priorities = action.priorities.filter(priorityIDs.contains)
            action.leads = action.leads.filter(personIDs.contains)
            action.measures = action.measures.filter(measureIDs.contains)
            action.milestones = action.milestones.filter { scale.status($0.status) != nil }
            action.history = action.history.filter { scale.status($0.status) != nil }
            return action
        }
        let actionIDs = Set(actions.map(\.id))
        let feedback = self.feedback.map { item -> Feedback in
            var item = item
            item.actions = item.actions.filter(actionIDs.contains)
            return item
        }
        let homeIntro = pages.first { $0.slug == "index" }
        return Plan(site: site, people: people, glossary: glossary, priorities: priorities, actions: actions,
                    measures: measures, feedback: feedback, bulletins: bulletins,
                    pages: pages.filter { $0.slug != "index" }, homeIntro: homeIntro)
    }
}
