extension Plan {
    /// The plan as it stood at the end of `day`, as far as the content records it: each
    /// action at the status its timeline gives for that day (actions not yet in the plan are
    /// left out), and only the feedback, readings (a measure's own, its comparators' and its
    /// breakdown groups') and bulletins dated by then.
    ///
    /// A bulletin is a letter to families on its date, so its figures must not change when
    /// the plan moves on; its embeds are drawn from this snapshot.
    public func snapshot(on day: Day) -> Plan {
        let actions: [Action] = self.actions.compactMap { action in
            // With no dates at all, nothing says when the status began: keep it as it is.
            guard !action.timeline.isEmpty else { return action }
            guard let status = action.status(on: day) else { return nil }
            var then = action
            then.history = action.timeline.filter { $0.date <= day }
            then.status = status
            then.updated = then.history.last?.date
            return then
        }
        let measures = self.measures.map { measure -> Measure in
            var then = measure
            // A month's figure is known once the month is over.
            then.actuals = measure.actuals.filter { $0.date.end <= day }
            for i in then.comparators.indices { then.comparators[i].values.removeAll { $0.date.end > day } }
            for b in then.breakdowns.indices {
                for g in then.breakdowns[b].groups.indices { then.breakdowns[b].groups[g].actuals.removeAll { $0.date.end > day } }
            }
            return then
        }
        return Plan(site: site, people: people, glossary: glossary, priorities: priorities, actions: actions,
                    measures: measures, feedback: feedback.filter { $0.date <= day },
                    bulletins: bulletins.filter { $0.date <= day }, pages: pages, homeIntro: homeIntro)
    }
}
