/// Where a measure stands, in words: its label ("On course"), the reason with the figures the
/// rule compared, and the tag it wears. Shared by the measures page, the cards on priority and
/// action pages, and bulletins, so a measure is described the same way everywhere.
public struct StandingText: Sendable {
    public let basis: MeasureStanding.Basis
    let text: MeasureText

    public init(_ measure: Measure, asOf: Day) {
        basis = MeasureStanding.basis(of: measure, asOf: asOf)
        text = MeasureText(measure)
    }

    public var standing: MeasureStanding { basis.standing }

    /// One sentence a parent understands, stating the rule the measures page applies.
    public static let rule = "A measure is on course when its latest figure is at least as good as it would be on a steady path from where it started to its next target, and off course when it is behind that path."

    /// "Target met", "On course", …; the "no figures" state says which gap it is.
    public var label: String {
        switch basis {
        case .reached: return "Target met"
        case .onPath: return "On course"
        case .missed, .behindPath: return "Off course"
        case .noFigures: return "No figures yet"
        case .noTarget: return "No target to measure against"
        case .tooSoon: return "Too soon to say"
        case .late: return "Figures late"
        }
    }

    /// How the measures page counts it, in the order of the rule: "has met its target" for
    /// one measure, "have met their target" for several.
    public var countPhrase: (order: Int, one: String, many: String) {
        switch basis {
        case .reached: return (0, "has met its target", "have met their target")
        case .onPath: return (1, "is on course", "are on course")
        case .missed, .behindPath: return (2, "is off course", "are off course")
        case .late: return (3, "has its figures late", "have their figures late")
        case .noFigures: return (4, "has no figures yet", "have no figures yet")
        case .tooSoon: return (5, "has only one figure so far", "have only one figure so far")
        case .noTarget: return (6, "has no target to measure against", "have no target to measure against")
        }
    }

    /// The reason, with the figures: "The latest figure, 97 weeks in November 2025, is ahead of …".
    public var reason: String {
        let latest = text.measure.latest.map { "The latest figure, \(text.value($0)) \(text.when($0.date))," } ?? ""
        switch basis {
        case .reached(let t):
            if text.measure.direction == .maintain { return "\(latest) is within 5% of the target of \(target(t))." }
            return "\(latest) has reached the target of \(target(t))."
        case .missed(let t):
            return "\(latest) did not reach the target of \(target(t))."
        case .onPath(let expected, let t):
            let compared = text.measure.direction == .maintain ? "is within 5% of" : "is at or better than"
            return "\(latest) \(compared) \(path(expected, t))."
        case .behindPath(let expected, let t):
            let compared = text.measure.direction == .maintain ? "is more than 5% away from" : "is worse than"
            return "\(latest) \(compared) \(path(expected, t))."
        case .noFigures:
            return text.measure.archived ? "No figures were published before it stopped being collected." : "No figures have been published yet."
        case .noTarget:
            return text.measure.targets.isEmpty
                ? "No target has been set yet, so there is nothing to measure it against."
                : "Its targets are not numbers yet, so there is nothing to measure it against."
        case .tooSoon:
            return "There is only one figure so far and no baseline, so there is no course to measure it against yet."
        case .late(let due):
            return "The next figure was due by \(due.long) and has not been published yet."
        }
    }

    /// "the 98.3 weeks a steady path to 94 weeks by March 2026 would give in November 2025".
    private func path(_ expected: Double, _ t: DataPoint) -> String {
        let when = text.measure.latest.map { " " + text.when($0.date) } ?? ""
        return "the \(NumberText.value(expected, unit: text.measure.unit)) a steady path to \(target(t)) would give\(when)"
    }

    /// "94 weeks by March 2026".
    private func target(_ point: DataPoint) -> String { "\(text.value(point)) by \(point.date.long)" }

    /// The standing dressed as a status, so it wears the same tags as actions: a tick for
    /// target met (as for completed work), then the shape of its colour: on course a green
    /// circle, off course a red cross, figures late an amber triangle, no figures a grey ring.
    public var status: Status {
        Status(id: standing.rawValue, label: label, colour: Self.colour(standing), meaning: reason)
    }

    static func colour(_ standing: MeasureStanding) -> PaletteColour {
        switch standing {
        case .met: return .blue
        case .onCourse: return .green
        case .offCourse: return .red
        case .noData: return .grey
        case .late: return .amber
        }
    }
}
