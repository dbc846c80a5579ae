import Foundation

/// A quick look for embed lines in a body, without rendering it, so a page job can say which
/// content files its embeds read.
enum EmbedScan {
    /// Adds what the body's embeds depend on: `{{progress}}` and `{{changes}}` read every
    /// action (so the page depends on everything), `{{measure X}}` and `{{action X}}` their
    /// item's file, `{{feedback …}}` every feedback file.
    static func merge(_ deps: Dependencies, _ body: MarkdownSource, _ plan: Plan) -> Dependencies {
        guard case .files(var set) = deps, body.text.contains("{{") else { return deps }
        for line in body.text.split(separator: "\n", omittingEmptySubsequences: true) {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("{{"), t.hasSuffix("}}"), t.count > 4 else { continue }
            let inner = t.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
            let parts = inner.split(separator: " ", maxSplits: 1).map(String.init)
            let argument = parts.count > 1 ? PageContext.unquoted(parts[1]) : ""
            switch parts.first?.lowercased() ?? "" {
            case "progress", "changes": return .all
            case "measure": if let m = plan.measureByID[ItemID(argument)] { set.insert(m.location.file) }
            case "action": if let a = plan.actionByID[ItemID(argument)] { set.insert(a.location.file) }
            case "feedback": set.formUnion(plan.feedback.map(\.location.file))
            default: break
            }
        }
        return .files(set)
    }
}
