import Markdown

/// Rendering an action's body once for both its own page and the whole-plan page; see
/// `SharedBodies` for when a stored rendering is used.
extension PageContext {
    enum BodySharing {
        case none
        /// Render, and leave an unmarked copy finished for `BodyPlacement` on another page.
        case store(BodyPlacement)
        /// Use the copy left by the body's own page when it is what rendering here would give.
        case take(BodyPlacement)
    }

    /// Where a body goes on the page that takes it: worked out by the page that stores it, so
    /// both must describe the place the same way.
    struct BodyPlacement: Hashable {
        var rootPath: String
        var topLevel: Int
        var idPrefix: String?
    }

    /// The rendering for this page and, when a stored copy was finished for this very
    /// placement, its finished HTML.
    func markdown(_ source: MarkdownSource, sharing: BodySharing) -> (RenderedMarkdown, String?) {
        let glossary = marksGlossary ? glossaryMarks : []
        let shares = site.sharesBodies && site.sharedBodies.isEnabled && PlaceholderRoot.canRelocate(to: path.rootPath)
        switch sharing {
        case .take(let placement) where shares && placement.rootPath == path.rootPath:
            if let entry = site.sharedBodies.take(source), entry.placement == placement,
               glossary.isEmpty || entry.termsPresent.isSubset(of: markedTerms) {
                return (entry.unmarked, entry.finished)
            }

        case .store(let placement) where shares && PlaceholderRoot.canRelocate(to: placement.rootPath)
                                         && PlaceholderRoot.isSafe(source.text):
            let both = site.markdown.renderSharing(source.text, rewriteLink: { rewrite($0, root: PlaceholderRoot.root) },
                                                   glossary: glossary, alreadyMarked: markedTerms)
            var unmarked = PlaceholderRoot.relocate(both.unmarked, to: placement.rootPath)
            var finished: String?
            let hasEmbeds = unmarked.segments.contains { if case .embed = $0 { return true } else { return false } }
            if !hasEmbeds {
                // Finished here, on this page's thread, so the whole-plan page only puts it in place.
                finished = Self.finish(unmarked, topLevel: placement.topLevel, idPrefix: placement.idPrefix) { _ in "" }
                unmarked.segments = []
            }
            site.sharedBodies.store(SharedBodies.Entry(text: source.text, firstLine: source.firstLine, file: source.file,
                                                       placement: placement, unmarked: unmarked, finished: finished,
                                                       termsPresent: both.termsPresent))
            return (PlaceholderRoot.relocate(both.marked, to: path.rootPath), nil)
        default:
            break
        }
        return (markdownRenderer.render(source.text, rewriteLink: { rewrite($0) }, glossary: glossary, alreadyMarked: markedTerms), nil)
    }
}

