extension PageContext {
    func homePage() -> [UInt8] {
        let plan = self.plan
        let intro = plan.homeIntro.map { body($0.body) } ?? ""
        // Many priorities are counted in one table: a card each would make the page grow with the plan.
        let table = plan.priorities.count <= HomePage.cardLimit ? nil : PriorityTableView(
            summary: "The plan has \(NumberText.group(plan.priorities.count)) priorities. Each row counts a priority's actions by status and links to them.",
            tableCaption: "Actions by priority and status", statusHeadings: site.statusKey, priorities: priorityRows(plan))
        let cards = table != nil ? [] : plan.priorities.map { p -> PriorityCardView in
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
            priorities: cards, hasPriorities: !plan.priorities.isEmpty, priorityTable: table,
            latestBulletin: plan.bulletins.first.map(bulletinSummary), bulletinsHref: href(SitePaths.bulletins),
            latestFeedback: Array(feedback), hasFeedback: !feedback.isEmpty, feedbackHref: href(SitePaths.feedback),
            changesHTML: site.theme.render(changesView(site.recentChanges, fullList: .recent), "embed-changes"),
            reportHref: href(SitePaths.report),
            reportLinkText: site.reportPages.count > 1 ? "Read the whole plan" : "Read the whole plan on one page", measuresHref: href(SitePaths.measures), statusKeyHTML: site.statusKeyHTML)
        let content = site.theme.render(view, "home")
        return layout(title: plan.site.title, content: content, lastUpdated: site.lastUpdated, kind: "home")
    }
}

enum HomePage {
    /// Up to this many priorities, each has a card with its progress; past it, one table
    /// counts them all. Real plans have a handful of priorities.
    static let cardLimit = 24
}
