/// The terminal report: findings grouped by file as `FILE:LINE:COLUMN: warning: …` lines,
/// then a table of pages by reading age and a one-line summary.
///
/// Colour only adds emphasis: every line says "warning", "error" or "above target" in words,
/// so the report reads the same in a log file, to a screen reader or in black and white.
extension ReviewReport {
    public func text(colour: Bool) -> String {
        let style = TerminalStyle(enabled: colour)
        var lines: [String] = []
        for group in findingsByFile {
            lines.append(style.bold(group.file))
            for finding in group.findings {
                let d = finding.diagnostic
                let severity = d.severity == .error ? style.red("error:") : style.yellow("warning:")
                lines.append("\(d.place): \(severity) \(d.message)")
                if let quote = finding.quote { lines.append("    \u{201C}\(quote)\u{201D}") }
            }
            lines.append("")
        }
        if !pages.isEmpty {
            lines += pageTable(style)
            lines.append("")
        }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "2 errors and 15 warnings. 3 of 20 pages are above the reading-age target of 12."
    public var summaryLine: String {
        let c = counts
        var text: String
        if c.errors == 0 && c.warnings == 0 {
            text = "No problems found."
        } else {
            text = ReviewReport.plural(c.errors, "error") + " and " + ReviewReport.plural(c.warnings, "warning") + "."
        }
        if !pages.isEmpty {
            let above = pagesAboveTarget.count
            text += " \(above) of \(ReviewReport.plural(pages.count, "page")) "
                + (above == 1 ? "is" : "are") + " above the reading-age target of \(readingAgeTarget)."
        }
        return text
    }

    private func pageTable(_ style: TerminalStyle) -> [String] {
        let header = ["Reading age", "Words", "Long sentences", "Page"]
        let rows: [[String]] = pages.map { page in
            let age = page.isScored ? String(page.readingAgeYears) : "-"
            let status = page.isAboveTarget ? style.yellow(page.targetStatus) : page.targetStatus
            return [age, String(page.words), String(page.longSentences.count),
                    "\(page.title) (\(page.file)): \(status)"]
        }
        let widths = (0..<3).map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            (0..<3).map { pad(cells[$0], widths[$0]) }.joined(separator: "  ") + "  " + cells[3]
        }
        return [style.bold("Reading age of each page (target: \(readingAgeTarget) or under)"), line(header)] + rows.map(line)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)" + (n == 1 ? "" : "s") }
}

/// ANSI emphasis, or none when the output is not a terminal.
struct TerminalStyle {
    var enabled: Bool
    func bold(_ s: String) -> String { wrap(s, "1") }
    func red(_ s: String) -> String { wrap(s, "1;31") }
    func yellow(_ s: String) -> String { wrap(s, "1;33") }
    private func wrap(_ s: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
