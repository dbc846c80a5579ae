import Markdown

/// A body is parsed once however many pages show it: by the check, for a build, or by the
/// render's first map (`RenderedBodies`). Each page takes a rendering from there when it is
/// exactly what rendering on the page would give.
extension PageContext {
    /// Where a body goes on the whole-plan page (`ReportPage.placement`): the page's root and
    /// the body's placement there. A page takes `RenderedBodies`' copy only where both are its own.
    struct BodyPlacement: Hashable, Sendable {
        var rootPath: String
        var placement: MarkdownRenderer.Placement
    }

    /// The rendering for this page and, when the rendered body was finished for this very
    /// placement, its finished HTML.
    func markdown(_ source: MarkdownSource, at placement: MarkdownRenderer.Placement) -> (RenderedMarkdown, String?) {
        let glossary = marksGlossary ? glossaryMarks : []
        if flavour.isWeb {
            // An action's body on the whole plan, already at this page's root and placement,
            // with no term marked: right once this page has marked every term the body holds.
            if let body = bodies[source], body.placement.placement == placement, body.placement.rootPath == path.rootPath,
               glossary.isEmpty || body.termsPresent.isSubset(of: markedTerms) {
                return (body.inPlan, body.finished)
            }
            if let entry = bodies.renderings[source], PlaceholderRoot.canRelocate(to: path.rootPath) {
                // On its own page, as a page that has marked no term yet marks them.
                if placement == .ownPage, path.folder == entry.home, markedTerms.isEmpty, marksGlossary {
                    return (PlaceholderRoot.relocate(entry.forms.marked, to: path.rootPath), nil)
                }
                if placement == entry.unmarkedPlacement, glossary.isEmpty || entry.forms.termsPresent.isSubset(of: markedTerms) {
                    return (PlaceholderRoot.relocate(entry.forms.unmarked, to: path.rootPath), nil)
                }
            }
        }
        var renderer = markdownRenderer
        renderer.minimumHeadingLevel = placement.minimumHeadingLevel
        renderer.headingIDPrefix = placement.headingIDPrefix
        return (renderer.render(source.text, rewriteLink: { rewrite($0) }, glossary: glossary, alreadyMarked: markedTerms), nil)
    }
}
