extension PageContext {
    func homePage() -> [UInt8] {
        let plan = self.plan
        let intro = plan.homeIntro.map { body($0.body) } ?? ""
        let cards = plan.priorities.map { p -> PriorityCardView in
            let actions = plan.actionsByPriority[p.id] ?? []
            let progress = self.progress(actions, caption: "")
            let text = [progress.sentence, progress.overdueSentence].compactMap { $0 }.joined(separator: " ")
            return PriorityCardView(idLabel: site.priorityLabel(p), title: p.title, href: href(SitePaths.priority(p.id)),
                                    cardSummary: p.summary, progressText: text, statusCounts: statusCounts(actions))
        }
        let feedback = plan.feedback.prefix(3).map { feedbackItem($0, detail: false) }
        let view = HomeView(
            title: plan.site.title, hasIntro: !intro.isEmpty, introHTML: intro,
            purpose: "This site shows how the \(plan.site.partnership) is doing on its plan to improve support for children and young people with special educational needs and disabilities (SEND), and their families. It is updated as the work moves on.",
            progress: progress(plan.actions, caption: "All actions by status"),
            showsProgress: !(plan.homeIntro.map { EmbedScan.calls("progress", in: $0.body) } ?? false),
            priorities: cards, hasPriorities: !cards.isEmpty,
            latestBulletin: plan.bulletins.first.map(bulletinSummary), bulletinsHref: href(SitePaths.bulletins),
            latestFeedback: Array(feedback), hasFeedback: !feedback.isEmpty, feedbackHref: href(SitePaths.feedback),
            changesHTML: site.theme.render(changesView(site.recentChanges), "embed-changes"),
            reportHref: href(SitePaths.report), measuresHref: href(SitePaths.measures), statusKeyHTML: site.statusKeyHTML)
        let content = site.theme.render(view, "home")
        return layout(title: plan.site.title, content: content, lastUpdated: site.lastUpdated, kind: "home")
    }
}
