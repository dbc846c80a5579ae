import Markdown

extension GlossaryMark {
    /// The glossary's terms as a page marks them: each links to its entry, from that page.
    static func marks(_ glossary: [GlossaryEntry], from page: PagePath) -> [GlossaryMark] {
        glossary.map { GlossaryMark(term: $0.term, title: $0.standsFor ?? $0.meaning, href: page.href(SitePaths.glossaryEntry($0))) }
    }
}
