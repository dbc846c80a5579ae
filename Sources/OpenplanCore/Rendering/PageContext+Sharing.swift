import Markdown

/// An action's body is parsed once for both its own page and the whole-plan page, in the
/// render's first map (`RenderedBodies`); each page takes its form from there when that form is
/// exactly what rendering on the page would give.
extension PageContext {
    enum BodySharing {
        case none
        /// The action's own page.
        case own
        /// The whole-plan page, placing the body at `BodyPlacement`.
        case inPlan(BodyPlacement)
    }

    /// Where a body goes on the whole-plan page: worked out by `ReportPage.placement` for both
    /// the page and `RenderedBodies`, so both describe the place the same way.
    struct BodyPlacement: Hashable, Sendable {
        var rootPath: String
        var placement: MarkdownRenderer.Placement
    }

    /// The rendering for this page and, when the rendered body was finished for this very
    /// placement, its finished HTML.
    func markdown(_ source: MarkdownSource, at placement: MarkdownRenderer.Placement,
                  sharing: BodySharing) -> (RenderedMarkdown, String?) {
        let glossary = marksGlossary ? glossaryMarks : []
        switch sharing {
        case .own:
            // Rendered as a page that has marked no term yet marks them.
            if let body = bodies[source], markedTerms.isEmpty, marksGlossary, flavour.isWeb,
               PlaceholderRoot.canRelocate(to: path.rootPath) {
                return (PlaceholderRoot.relocate(body.own, to: path.rootPath), nil)
            }
        case .inPlan(let shared):
            // Rendered with no term marked: right once this page has marked every term the body holds.
            if let body = bodies[source], body.placement == shared, shared.placement == placement,
               shared.rootPath == path.rootPath, flavour.isWeb,
               glossary.isEmpty || body.termsPresent.isSubset(of: markedTerms) {
                return (body.inPlan, body.finished)
            }
        case .none:
            break
        }
        var renderer = markdownRenderer
        renderer.minimumHeadingLevel = placement.minimumHeadingLevel
        renderer.headingIDPrefix = placement.headingIDPrefix
        return (renderer.render(source.text, rewriteLink: { rewrite($0) }, glossary: glossary, alreadyMarked: markedTerms), nil)
    }
}
