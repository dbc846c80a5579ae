/// "Did you mean …?": the closest known word to a mistyped one, if any is close enough to
/// be a likely typo.
package enum Suggestion {
    /// Compares case-insensitively; a transposition (`stauts`) counts as one edit. Returns
    /// nil when nothing is within a third of the word's length (at least one edit).
    package static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = max(1, min(3, target.count / 3))
        var best: (distance: Int, word: String)?
        for candidate in candidates where candidate != word {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - target.count) <= limit else { continue }
            let d = distance(target, other)
            if d <= limit, best == nil || d < best!.distance { best = (d, candidate) }
        }
        return best?.word
    }

    /// " Did you mean "x"?" or "".
    package static func phrase(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { " Did you mean \"\($0)\"?" } ?? ""
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                row[j] = value
            }
            (previous2, previous, row) = (previous, row, previous2)
        }
        return previous[b.count]
    }

    /// A readable list of accepted values: `a, b or c`. Long lists are cut short.
    package static func list(_ words: [String], conjunction: String = "or", limit: Int = 12) -> String {
        let shown = words.prefix(limit).map { $0 }
        let more = words.count > limit ? ", …" : ""
        guard shown.count > 1 else { return (shown.first ?? "") + more }
        if !more.isEmpty { return shown.joined(separator: ", ") + more }
        return shown.dropLast().joined(separator: ", ") + " \(conjunction) " + shown.last!
    }
}
