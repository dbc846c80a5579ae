extension PageContext {
    func glossaryPage() -> [UInt8] {
        marksGlossary = false
        var groups: [GlossaryGroupView] = []
        for entry in plan.glossary {
            let first = entry.term.uppercased().first.map(String.init) ?? "#"
            let letter = first.unicodeScalars.first.map { ("A"..."Z").contains($0) } == true ? first : "#"
            let view = GlossaryEntryView(term: entry.term, anchor: entry.anchor, standsFor: entry.standsFor, meaning: entry.meaning)
            if groups.last?.letter == letter { groups[groups.count - 1].entries.append(view) }
            else if let i = groups.firstIndex(where: { $0.letter == letter }) { groups[i].entries.append(view) }
            else { groups.append(GlossaryGroupView(letter: letter, anchor: letter == "#" ? "letter-other" : "letter-" + letter.lowercased(), entries: [view])) }
        }
        groups.sort { ($0.letter == "#" ? "ZZ" : $0.letter) < ($1.letter == "#" ? "ZZ" : $1.letter) }
        let present = Set(groups.map(\.letter))
        for i in groups.indices where groups[i].letter == "#" { groups[i].letter = "Other" }
        var letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map { l in
            LetterView(letter: String(l), href: "#letter-" + String(l).lowercased(), hasEntries: present.contains(String(l)))
        }
        if present.contains("#") { letters.append(LetterView(letter: "Other", href: "#letter-other", hasEntries: true)) }
        let view = GlossaryView(hasEntries: !groups.isEmpty, letters: letters, groups: groups)
        return layout(title: "Glossary", content: site.theme.render(view, "glossary"), breadcrumbs: crumbs([]),
                      lastUpdated: site.lastUpdated, kind: "glossary")
    }

    func contentPage(_ page: Page) -> [UInt8] {
        let view = ContentPageView(title: page.title, summary: page.summary, bodyHTML: body(page.body))
        return layout(title: page.title, content: site.theme.render(view, "page"), description: page.summary,
                      breadcrumbs: crumbs([]), lastUpdated: site.lastUpdated, kind: "content")
    }

    func notFoundPage() -> [UInt8] {
        let view = NotFoundView(homeHref: href(""), searchHref: href(SitePaths.search), contactEmail: plan.site.contact?.email)
        return layout(title: "Page not found", content: site.theme.render(view, "not-found"), lastUpdated: nil, kind: "not-found")
    }
}
