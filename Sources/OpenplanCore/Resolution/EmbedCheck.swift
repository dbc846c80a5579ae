import Markdown

/// Whether an embed line (`{{measure ID}}`, `{{action ID}}`, `{{progress}}`, `{{changes}}`,
/// `{{feedback latest N}}`) can be filled in from the plan. Only the plan decides: in a
/// bulletin the embeds show a snapshot of the plan, but a snapshot keeps every measure and
/// an action is looked up in the plan itself, so the same calls succeed there.
enum EmbedCheck {
    static let help = "The embeds are {{measure ID}}, {{action ID}}, {{progress}}, {{changes}} and {{feedback latest N}}."

    /// The error to report for the call, or nil when it can be filled in (or names an item
    /// left out for a problem of its own, which is reported already; it then shows nothing).
    static func problem(_ call: EmbedCall, in plan: Plan) -> String? {
        let argument = unquoted(call.argument)
        switch call.kind.lowercased() {
        case "measure":
            guard !argument.isEmpty else { return "{{measure}} needs a measure id, for example {{measure LO-VISITS}}." }
            let id = ItemID(argument)
            guard plan.measureByID[id] != nil || plan.withheldMeasures.contains(id) else {
                return "There is no measure with the id “\(argument)”. Use an id from Content/measures, for example {{measure \(plan.measures.first?.id.raw ?? "LO-VISITS")}}."
            }
            return nil
        case "action":
            guard !argument.isEmpty else { return "{{action}} needs an action id, for example {{action 1.2}}." }
            let id = ItemID(argument)
            guard plan.actionByID[id] != nil || plan.withheldActions.contains(id) else {
                return "There is no action with the id “\(argument)”. Use an id from Content/actions, for example {{action \(plan.actions.first?.id.raw ?? "1.2")}}."
            }
            return nil
        case "progress":
            return argument.isEmpty ? nil : "{{progress}} takes nothing after the word progress, but “\(argument)” was written."
        case "changes":
            return argument.isEmpty ? nil : "{{changes}} takes nothing after the word changes, but “\(argument)” was written."
        case "feedback":
            return feedbackCount(argument) != nil ? nil
                : "“{{feedback \(call.argument)}}” is not understood. Write {{feedback latest 3}}, with a number from 1 to 50."
        default:
            let written = call.argument.isEmpty ? call.kind : call.kind + " " + call.argument
            return "“{{\(written)}}” is not an embed. \(help)"
        }
    }

    /// `latest 3`, `3` or nothing (3 items).
    static func feedbackCount(_ argument: String) -> Int? {
        var words = argument.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.first?.lowercased() == "latest" { words.removeFirst() }
        if words.isEmpty { return 3 }
        guard words.count == 1, let n = Int(words[0]), (1...50).contains(n) else { return nil }
        return n
    }

    static func unquoted(_ text: String) -> String {
        let t = text.trimmedSpaces()
        if t.count >= 2, let f = t.first, let l = t.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            return String(t.dropFirst().dropLast())
        }
        return t
    }
}
