import Foundation

/// A quick look for embed lines in a body, without rendering it, so a page job can say which
/// content files its embeds read.
enum EmbedScan {
    /// Adds what the body's embeds depend on: `{{progress}}` and `{{changes}}` read every
    /// action (so the page depends on everything), `{{measure X}}` and `{{action X}}` their
    /// item's file, `{{feedback …}}` every feedback file.
    static func merge(_ deps: Dependencies, _ body: MarkdownSource, _ plan: Plan) -> Dependencies {
        guard case .files(var set) = deps, let lines = candidateLines(body.text) else { return deps }
        for line in lines {
            let t = line.trimmedSpaces()
            guard t.hasPrefix("{{"), t.hasSuffix("}}"), t.count > 4 else { continue }
            let inner = t.dropFirst(2).dropLast(2).trimmedSpaces()
            let parts = inner.split(separator: " ", maxSplits: 1).map(String.init)
            let argument = parts.count > 1 ? EmbedCheck.unquoted(parts[1]) : ""
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

    /// Whether the body calls the embed `kind` (`{{progress}}`) on a line of its own, so a page
    /// that would show the same thing itself can leave it out.
    static func calls(_ kind: String, in body: MarkdownSource) -> Bool {
        guard let lines = candidateLines(body.text) else { return false }
        return lines.contains { line in
            let t = line.trimmedSpaces()
            guard t.hasPrefix("{{"), t.hasSuffix("}}"), t.count > 4 else { return false }
            let inner = t.dropFirst(2).dropLast(2).trimmedSpaces()
            return inner.split(separator: " ", maxSplits: 1).first?.lowercased() == kind
        }
    }

    /// The lines that could hold an embed, in order; nil when there is no `{{` at all.
    ///
    /// Runs for every body when the jobs are listed, so it looks at bytes: only a line whose
    /// first character after spaces and tabs is `{`, or is not ASCII (it could be another kind
    /// of space), is turned into a `String` for the checks above.
    static func candidateLines(_ text: String) -> [Substring]? {
        let utf8 = text.utf8
        let hasBrace = utf8.withContiguousStorageIfAvailable { b in
            b.baseAddress.map { memchr($0, Int32(UInt8(ascii: "{")), b.count) != nil } ?? false
        } ?? utf8.contains(UInt8(ascii: "{"))
        guard hasBrace else { return nil }
        // A `\r\n` is one character, so splitting on "\n" keeps it inside the line; loaded
        // content never has one, but keep the exact behaviour for any that does.
        if utf8.contains(13) {
            return text.split(separator: "\n", omittingEmptySubsequences: true)
        }
        var lines: [Substring] = []
        var lineStart = utf8.startIndex
        var sawDoubleBrace = false
        var previous: UInt8 = 0
        var i = utf8.startIndex
        // The first non-blank byte of the current line, once seen.
        var first: UInt8? = nil
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 10 {
                if let f = first, f == UInt8(ascii: "{") || f >= 0x80 { lines.append(text[lineStart..<i]) }
                first = nil
                lineStart = utf8.index(after: i)
            } else if first == nil, b != 32, b != 9 {
                first = b
            }
            if b == UInt8(ascii: "{"), previous == UInt8(ascii: "{") { sawDoubleBrace = true }
            previous = b
            i = utf8.index(after: i)
        }
        if let f = first, f == UInt8(ascii: "{") || f >= 0x80 { lines.append(text[lineStart...]) }
        return sawDoubleBrace ? lines : nil
    }
}
