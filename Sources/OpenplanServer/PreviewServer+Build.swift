import Foundation
import OpenplanCore

extension PreviewServer {
    /// Runs one build (the whole site when `changed` is nil or touches `site.yml` or a template,
    /// otherwise only what the changes affect), records the outcome for pages and event streams,
    /// and tells the terminal what happened.
    func build(changed: Set<String>?, into folder: URL, state: PreviewState) async {
        let clock = ContinuousClock()
        let start = clock.now
        let wasBroken = await state.problems != nil
        let everything = changed.map(PreviewChangeScope.needsFullBuild) ?? true
        // The pages made from the saved file reload first; the pages that list it follow.
        let outcome = everything
            ? await builder.buildAll(into: folder)
            : await builder.rebuild(changed: changed ?? [], into: folder, whenOwnPagesAreOut: { first in
                await state.record(first)
            })
        let elapsed = (clock.now - start).milliseconds
        await state.record(outcome)
        let cause = changed.map(Self.describe) ?? ""
        switch outcome {
        case .built(let pages):
            let what = everything ? "Built the whole site (\(Self.pages(pages)))" : "Rebuilt \(Self.pages(pages))"
            log("\(what) in \(elapsed) ms\(cause).")
            if wasBroken { log("The problems are fixed: the preview shows the site again.") }
        case .failed(let diagnostics):
            log("The site could not be built\(cause). Fix these problems and save again:")
            log(PreviewErrorPage.terminalText(for: diagnostics))
        }
    }

    private static func pages(_ count: Int) -> String {
        count == 1 ? "1 page" : "\(count) pages"
    }

    private static func describe(_ changed: Set<String>) -> String {
        let sorted = changed.sorted()
        switch sorted.count {
        case 0: return ""
        case 1: return " after a change to \(sorted[0])"
        case 2, 3: return " after changes to \(sorted.joined(separator: ", "))"
        default: return " after changes to \(sorted.prefix(2).joined(separator: ", ")) and \(sorted.count - 2) more files"
        }
    }
}
