/// Where a measure stands, in one of five words a family can act on: target met, on course,
/// off course, no figures yet, or figures late. The raw values are what the measures page
/// writes in `data-measure-state`, so tests and stylesheets can read them.
///
/// The rule, in the order it is applied:
/// 1. **Figures late**: the next figure was due (`next_reading_due`) and has not come
///    (`Measure.isLate`). A late figure is news in itself, whatever the last one said.
/// 2. **No figures yet**: no reading has a number. The same state also covers a measure whose
///    targets are all words ("Target to be reviewed"): with no number to aim for there is
///    nothing to measure against; and a measure with a single figure and nothing before it
///    (no baseline, no earlier target): with one point there is no course to be on.
/// 3. **Target met**: the latest figure has reached the target that applies, in the measure's
///    direction (at or above it when higher is better, at or below it when lower is better).
///    The target that applies is the first target not yet past at the date of the latest
///    figure (the one shown beside it as "Target"), or the last target when all are past.
/// 4. **Off course** when that target's date had come by the latest figure's date and the
///    figure did not reach it.
/// 5. Otherwise the target is still ahead: draw a straight line from where the measure started
///    (the target before it once that date has passed, else the baseline, else the first
///    figure) to the target. **On course** when the latest figure is on that line or better
///    at its own date; **off course** when it is behind it.
///
/// A measure whose aim is to keep steady (`maintain`) has reached its target when it is within
/// 5% of it either way, and is on course when it is within 5% of the line.
///
/// Archived measures are judged the same way on their last figure, and are never late: they
/// are no longer collected. Targets that are words, not numbers, are left out of the rule.
///
/// Dates are read at their last day: a figure for November 2025 stands on 30 November, a
/// target "by March 2026" on 31 March.
public enum MeasureStanding: String, Sendable, Hashable, CaseIterable {
    case met
    case onCourse = "on-course"
    case offCourse = "off-course"
    case noData = "no-data"
    case late

    /// Within this share of the target either way, a `maintain` measure has held steady.
    public static let steadyTolerance = 0.05

    /// Why a measure stands where it does: the figures the rule compared, so the page can say it.
    public enum Basis: Sendable, Hashable {
        /// No reading has a number.
        case noFigures
        /// The next figure was due by this date and has not come.
        case late(due: PlanDate)
        /// Every target is words, or there is none.
        case noTarget
        /// One figure, and nothing earlier to draw a course from.
        case tooSoon
        /// The latest figure reached this target.
        case reached(target: DataPoint)
        /// This target's date passed before the latest figure, which had not reached it.
        case missed(target: DataPoint)
        /// At or better than `expected`, the value on the straight line to `target` at the
        /// latest figure's date.
        case onPath(expected: Double, target: DataPoint)
        /// Behind `expected`, the value on the straight line to `target` at its date.
        case behindPath(expected: Double, target: DataPoint)

        public var standing: MeasureStanding {
            switch self {
            case .noFigures, .noTarget, .tooSoon: return .noData
            case .late: return .late
            case .reached: return .met
            case .missed, .behindPath: return .offCourse
            case .onPath: return .onCourse
            }
        }
    }

    /// The measure's standing on `asOf`, with the figures behind it.
    public static func basis(of measure: Measure, asOf: Day) -> Basis {
        if measure.isLate(asOf: asOf), let due = measure.nextReadingDue { return .late(due: due) }
        guard let latest = measure.latest, let value = latest.value, value.isFinite else { return .noFigures }
        let targets = measure.targets.filter { $0.value?.isFinite == true }
        guard !targets.isEmpty else { return .noTarget }
        let index = targets.firstIndex { $0.date.end >= latest.date.start } ?? targets.count - 1
        let target = targets[index]
        let aim = target.value!
        if reaches(value, aim, measure.direction, tolerance: abs(aim) * steadyTolerance) { return .reached(target: target) }
        if target.date.end <= latest.date.end { return .missed(target: target) }
        guard let start = start(of: measure, before: index, in: targets, latest: latest),
              let from = start.value else { return .tooSoon }
        let expected = pathValue(on: latest.date.end, from: (start.date.end, from), to: (target.date.end, aim))
        return reaches(value, expected, measure.direction, tolerance: abs(aim) * steadyTolerance)
            ? .onPath(expected: expected, target: target) : .behindPath(expected: expected, target: target)
    }

    public static func of(_ measure: Measure, asOf: Day) -> MeasureStanding { basis(of: measure, asOf: asOf).standing }

    /// Where the straight line to the target starts: the numbered target before it, else the
    /// baseline, else the first numbered reading (when it is not the latest itself). Only a
    /// point dated before the target counts: a line must run forwards in time.
    static func start(of measure: Measure, before index: Int, in targets: [DataPoint], latest: DataPoint) -> DataPoint? {
        let target = targets[index]
        if index > 0 { return targets[index - 1] }
        let candidates = [measure.baseline, measure.actuals.first { $0.value?.isFinite == true && $0 != latest }]
        return candidates.compactMap { $0 }.first { $0.value?.isFinite == true && $0.date.end < target.date.end }
    }

    /// The value on the straight line between two dated points, on `day`; held at either end
    /// outside them.
    static func pathValue(on day: Day, from start: (Day, Double), to end: (Day, Double)) -> Double {
        let span = Double(end.0.ordinal - start.0.ordinal)
        guard span > 0 else { return end.1 }
        let share = min(1, max(0, Double(day.ordinal - start.0.ordinal) / span))
        return start.1 + (end.1 - start.1) * share
    }

    /// `value` is at `aim` or better in `direction`; for `maintain`, within `tolerance` either way.
    static func reaches(_ value: Double, _ aim: Double, _ direction: Direction, tolerance: Double) -> Bool {
        // Figures are written with a few decimals: a difference below this is the same figure.
        let slack = 1e-9 * max(1, abs(aim))
        switch direction {
        case .increase: return value >= aim - slack
        case .decrease: return value <= aim + slack
        case .maintain: return abs(value - aim) <= tolerance + slack
        }
    }
}
