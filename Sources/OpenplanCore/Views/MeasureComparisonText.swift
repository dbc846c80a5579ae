/// A measure's comparators and breakdowns in plain sentences: what the charts show, for
/// everyone, including readers who cannot see them.
///
/// Differences are given in the measure's own unit ("8.6 points", "3 weeks", "£200", "120").
/// "Better" or "worse" is said only when the measure's direction makes it clear; a group is
/// compared with the whole measure only on the same date, never across dates.
public struct MeasureComparisonText: Sendable {
    public let measure: Measure
    let text: MeasureText

    public init(_ measure: Measure) {
        self.measure = measure
        text = MeasureText(measure)
    }

    /// The comparators that have at least one figure, in the order written.
    public var shownComparators: [Comparator] { measure.comparators.filter { !$0.values.isEmpty } }

    // MARK: Comparators

    /// The comparator's most recent figure: its latest with a number, else its last entry.
    func latest(_ c: Comparator) -> DataPoint? { c.latest ?? c.values.last }

    /// "England average: 46.4% in December 2024".
    public func summary(_ c: Comparator) -> String {
        guard let p = latest(c) else { return "\(c.label): no figures yet" }
        return "\(c.label): \(text.value(p)) \(text.when(p.date))"
    }

    /// "Our latest figure, 55% in December 2025, is 8.6 points above the England average (46.4%
    /// in December 2024). That is better than the England average."
    public func comparison(_ c: Comparator) -> String {
        guard let theirs = c.latest, let b = theirs.value else {
            return "There is no figure for the \(c.label) to compare with yet."
        }
        let them = "the \(c.label) (\(text.value(theirs)) \(text.when(theirs.date)))"
        guard let ours = measure.latest, let a = ours.value else {
            return "We have no figures of our own yet to compare with \(them)."
        }
        var s = "Our latest figure, \(text.value(ours)) \(text.when(ours.date)), is \(relation(a, to: b)) \(them)."
        if let verdict = verdict(a, against: b) { s += " That is \(verdict) than the \(c.label)." }
        return s
    }

    /// "8.6 points above", "3 weeks less than", "120 fewer than", "the same as": how `a` stands
    /// against `b`, in the measure's unit, ready to be followed by what `b` is.
    public func relation(_ a: Double, to b: Double) -> String {
        let higher = a > b
        let size = abs(a - b)
        switch measure.unit {
        case .percent, .score:
            let amount = NumberText.grouped(size, maxDecimals: measure.unit == .percent ? 1 : 2)
            if amount == "0" { return "the same as" }
            return "\(amount) \(amount == "1" ? "point" : "points") \(higher ? "above" : "below")"
        case .count:
            let amount = NumberText.grouped(size)
            if amount == "0" { return "the same as" }
            return "\(amount) \(higher ? "more than" : "fewer than")"
        case .weeks, .days, .money:
            let amount = NumberText.value(size, unit: measure.unit)
            if ["0 weeks", "0 days", "£0"].contains(amount) { return "the same as" }
            return "\(amount) \(higher ? "more than" : "less than")"
        }
    }

    /// "better" or "worse" for `a` against `b`; nil when they are the same as shown, or when
    /// the aim is to hold steady (then neither side is plainly better).
    public func verdict(_ a: Double, against b: Double) -> String? {
        guard relation(a, to: b) != "the same as" else { return nil }
        switch measure.direction {
        case .increase: return a > b ? "better" : "worse"
        case .decrease: return a < b ? "better" : "worse"
        case .maintain: return nil
        }
    }

    // MARK: Breakdowns

    /// "By area", the heading of a breakdown's part of the page.
    public func heading(_ b: Breakdown) -> String { "By " + Self.lowerFirst(b.by) }

    /// "the three areas", "the four groups by SEND status".
    public func groupsPhrase(_ b: Breakdown, count: Int) -> String {
        let number = Self.numberWord(count)
        let by = Self.lowerFirst(b.by)
        if !by.contains(" "), by == b.by.lowercased() { return "the \(number) \(count == 1 ? by : Self.plural(by))" }
        return "the \(number) \(count == 1 ? "group" : "groups") by \(by)"
    }

    /// Which group is highest and lowest on the most recent date at least two groups have a
    /// figure for (or the most recent date of all, when no date has two), which groups have no
    /// figure for that date, and which have newer ones. Says so when no group has a figure.
    public func ranking(_ b: Breakdown) -> [String] {
        func hasFigure(_ g: BreakdownGroup, on date: PlanDate) -> Bool {
            g.actuals.contains { $0.date == date && $0.value != nil }
        }
        let dates = Set(b.groups.flatMap { g in g.actuals.filter { $0.value != nil }.map(\.date) })
        guard let latestOfAll = dates.max() else {
            return ["There are no figures \(Self.lowerFirst(heading(b))) yet."]
        }
        // Groups are ranked only on one date: a figure from another date is not compared. One
        // group a quarter ahead of the rest must not hide how the others compare.
        let newest = dates.filter { d in b.groups.filter { hasFigure($0, on: d) }.count >= 2 }.max() ?? latestOfAll
        let ranked = b.groups.compactMap { g -> (label: String, value: Double, point: DataPoint)? in
            guard let p = g.actuals.last(where: { $0.date == newest && $0.value != nil }) else { return nil }
            return (g.label, p.value!, p)
        }
        var sentences: [String] = []
        let when = text.when(newest)
        if ranked.count >= 2 {
            let values = ranked.map(\.value)
            let hi = values.max()!, lo = values.min()!
            let phrase = groupsPhrase(b, count: ranked.count)
            if ranked.count == 2, relation(hi, to: lo) != "the same as" {
                let (a, b) = ranked[0].value > ranked[1].value ? (ranked[0], ranked[1]) : (ranked[1], ranked[0])
                let opening = when.prefix(1).uppercased() + when.dropFirst()
                sentences.append("\(opening), \(a.label) was higher than \(b.label): \(text.value(a.point)) against \(text.value(b.point)).")
            } else if relation(hi, to: lo) == "the same as" {
                sentences.append("\(when.prefix(1).uppercased() + when.dropFirst()), \(ranked.count == 2 ? "both " + phrase.dropFirst(8) : "all " + phrase.dropFirst(4)) had the same figure: \(NumberText.value(hi, unit: measure.unit)).")
            } else {
                let top = ranked.filter { relation($0.value, to: hi) == "the same as" }
                let bottom = ranked.filter { relation($0.value, to: lo) == "the same as" }
                let opening = when.prefix(1).uppercased() + when.dropFirst()
                sentences.append("\(opening), \(Self.list(top.map(\.label))) \(top.count == 1 ? "was" : "were") the highest of \(phrase), "
                                 + "at \(NumberText.value(hi, unit: measure.unit)).")
                sentences.append("\(Self.list(bottom.map(\.label))) \(bottom.count == 1 ? "was" : "were") the lowest, "
                                 + "at \(NumberText.value(lo, unit: measure.unit)).")
            }
        } else if let only = ranked.first, b.groups.count > 1 {
            sentences.append("Only \(only.label) has a figure for \(newest.long).")
        }
        if ranked.count >= 2 {
            let missing = b.groups.filter { g in !ranked.contains { $0.label == g.label } }
            if !missing.isEmpty {
                sentences.append("\(Self.list(missing.map(\.label))) \(missing.count == 1 ? "has" : "have") no figure for \(newest.long).")
            }
            let ahead = b.groups.filter { g in g.actuals.contains { $0.date > newest && $0.value != nil } }
            if !ahead.isEmpty {
                sentences.append("\(Self.list(ahead.map(\.label))) already \(ahead.count == 1 ? "has a newer figure" : "have newer figures"), "
                                 + "for \(latestOfAll.long).")
            }
        }
        return sentences
    }

    /// "Eden was 61.5% in December 2025, 3.2 points above the overall figure of 58.3%." The
    /// overall figure is the measure's own reading on the same date; without one, it says so.
    public func groupSentence(_ g: BreakdownGroup) -> String {
        guard let p = g.latest, let v = p.value else { return "\(g.label) has no figures yet." }
        let start = "\(g.label) was \(text.value(p)) \(text.when(p.date))"
        guard let whole = measure.actuals.last(where: { $0.date == p.date && $0.value != nil }), let w = whole.value else {
            return "\(start). There is no overall figure for \(p.date.long) to compare it with."
        }
        // A count split into groups adds up to the whole: "fewer than the whole" says nothing.
        if measure.unit == .count { return "\(start), out of \(text.value(whole)) overall." }
        return "\(start), \(relation(v, to: w)) the overall figure of \(text.value(whole))."
    }

    // MARK: Words

    static func numberWord(_ n: Int) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return n >= 0 && n < words.count ? words[n] : String(n)
    }

    /// "Eden", "Eden and Allerdale", "Eden, Allerdale and Copeland".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// "Area" → "area", but "SEND status" stays as written: an abbreviation keeps its capitals.
    static func lowerFirst(_ s: String) -> String {
        guard let first = s.first, first.isUppercase else { return s }
        let second = s.dropFirst().first
        if let second, second.isUppercase { return s }
        return first.lowercased() + s.dropFirst()
    }

    /// English plural of a single noun: area → areas, age → ages, locality → localities.
    static func plural(_ word: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if word.hasSuffix("y"), let before = word.dropLast().last, !vowels.contains(before) { return word.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: { word.hasSuffix($0) }) { return word + "es" }
        return word + "s"
    }
}
