import Foundation

/// Untouched starting text from `openplan new`: a warning at its place, from `openplan build`
/// and `openplan check` alike, so a placeholder never reaches families (or a bulletin's feeds
/// and email) without the editor being told.
enum PlaceholderCheck {
    static func check(_ plan: Plan) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func warn(_ place: SourceLocation?, _ fallback: SourceLocation, _ message: String) {
            let at = place ?? fallback
            out.append(.warning(at.file, line: at.line, column: at.column, message))
        }
        for action in plan.actions where action.title == PlaceholderText.actionTitle {
            warn(action.places["title"], action.location,
                 "The title of action \(action.id) is still the words openplan new wrote. "
                     + "Say what will be done, in a few plain words, before you publish.")
        }
        for bulletin in plan.bulletins {
            if bulletin.summary == PlaceholderText.bulletinSummary {
                warn(bulletin.places["summary"], bulletin.location,
                     "The summary is still the words openplan new wrote, and it goes into the feeds and the email as it is. "
                         + "Write one or two sentences about this month.")
            }
            if let line = lineNumber(of: PlaceholderText.bulletinBody, in: bulletin.body) {
                out.append(.warning(bulletin.body.file, line: line, column: 1,
                                    "This paragraph is still the words openplan new wrote. Write what happened this month "
                                        + "and what comes next, or delete it."))
            }
        }
        for item in plan.feedback {
            let fields: [(String, String?, String)] = [
                ("theme", item.theme, PlaceholderText.feedbackTheme),
                ("source", item.source, PlaceholderText.feedbackSource),
                ("you_said", item.youSaid, PlaceholderText.feedbackYouSaid),
            ]
            for (key, value, placeholder) in fields where value == placeholder {
                warn(item.places[key], item.location,
                     "\"\(key)\" is still the words openplan new wrote. Replace them before you publish.")
            }
        }
        return out
    }

    /// The file line of the first body line that is exactly `text` (spaces around it allowed).
    private static func lineNumber(of text: String, in body: MarkdownSource) -> Int? {
        guard body.text.contains(text) else { return nil }
        let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == text }.map { body.firstLine + $0 }
    }
}
