/// A measure's numbers in plain sentences: what the chart shows, for everyone.
public struct MeasureText: Sendable {
    public let measure: Measure

    public init(_ measure: Measure) { self.measure = measure }

    /// "Lower is better".
    public var direction: String {
        switch measure.direction {
        case .increase: return "Higher is better"
        case .decrease: return "Lower is better"
        case .maintain: return "The aim is to keep this steady"
        }
    }

    public var unitName: String {
        switch measure.unit {
        case .percent: return "Percentage"
        case .count: return "Number"
        case .weeks: return "Weeks"
        case .days: return "Days"
        case .score: return "Score"
        case .money: return "Pounds"
        }
    }

    /// A point's value as shown: `97 weeks`, or its text when it has no number.
    public func value(_ point: DataPoint) -> String {
        if let v = point.value, v.isFinite { return NumberText.value(v, unit: measure.unit) }
        return point.text ?? "No value given"
    }

    /// The target that the latest reading is working towards: the first dated on or after
    /// it, else the last.
    public var nextTarget: DataPoint? {
        guard let latest = measure.latest else { return measure.targets.first }
        return measure.targets.first { $0.date.end >= latest.date.start } ?? measure.targets.last
    }

    /// "the target is 94 weeks by March 2026", or nil when there is no target.
    public var targetPhrase: String? {
        guard let t = nextTarget else { return nil }
        if t.value == nil { return "the target is: \(t.text ?? "to be set") (\(t.date.long))" }
        return "the target is \(value(t)) by \(t.date.long)"
    }

    /// The whole trend in words, for the chart's description and the page.
    public var trend: String {
        var sentences: [String] = []
        let numbered = measure.actuals.filter { $0.value != nil }
        let start = measure.baseline?.value != nil ? measure.baseline : (numbered.count > 1 ? numbered.first : nil)
        if let latest = measure.latest {
            if let start, let a = start.value, let b = latest.value, start != latest {
                let from = "\(value(start)) \(when(start.date))", to = "\(value(latest)) \(when(latest.date))"
                if abs(a - b) < 1e-9 {
                    sentences.append("No change from \(from) to \(to)")
                } else {
                    var s = (b > a ? "Up" : "Down") + " from \(from) to \(to)"
                    if let verdict = verdict(from: a, to: b) { s += ", \(verdict)" }
                    sentences.append(s)
                }
            } else {
                sentences.append("Latest reading: \(value(latest)) \(when(latest.date))")
            }
        } else {
            sentences.append("No readings yet")
            if let b = measure.baseline { sentences.append("The baseline is \(value(b)) \(when(b.date))") }
        }
        if measure.baseline == nil { sentences.append("No baseline yet") }
        if let target = targetPhrase { sentences.append(target.prefix(1).uppercased() + target.dropFirst()) }
        return sentences.map { $0 + "." }.joined(separator: " ")
    }

    /// "an improvement", "worse than the starting point", or nil when the aim is to hold steady.
    func verdict(from a: Double, to b: Double) -> String? {
        switch measure.direction {
        case .increase: return b > a ? "an improvement" : "worse than the starting point"
        case .decrease: return b < a ? "an improvement" : "worse than the starting point"
        case .maintain: return nil
        }
    }

    /// "in March 2025" or "on 3 March 2025".
    func when(_ date: PlanDate) -> String {
        if case .day = date { return "on \(date.long)" }
        return "in \(date.long)"
    }
}
