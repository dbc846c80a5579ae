import OpenplanCore

/// A "Sep 2025: text" line found in a cell.
struct MilestoneLine: Equatable {
    var due: DueDate
    var text: String
}

enum MilestoneReader {
    /// Splits a cell's lines into milestones (`Mon YYYY: text`, numbered or bulleted or not)
    /// and the other lines, in order.
    static func split(_ text: String) -> (milestones: [MilestoneLine], others: [String]) {
        var milestones: [MilestoneLine] = []
        var others: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if let m = milestone(line) { milestones.append(m) } else if !line.isEmpty { others.append(line) }
        }
        return (milestones, others)
    }

    static func milestone(_ line: String) -> MilestoneLine? {
        var rest = Substring(line)
        // "1.", "2)", "-", "•" before the date.
        if let first = rest.first, first.isNumber {
            let digits = rest.prefix(while: \.isNumber)
            let after = rest.dropFirst(digits.count)
            if let mark = after.first, mark == "." || mark == ")" { rest = after.dropFirst() }
        } else if let first = rest.first, "-•*–".contains(first) {
            rest = rest.dropFirst()
        }
        rest = rest.drop(while: { $0 == " " })
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let datePart = String(rest[..<colon])
        let words = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !words.isEmpty, case .date(let due) = DueReader.parse(datePart), case .date = due else { return nil }
        return MilestoneLine(due: due, text: words)
    }
}

import Foundation
