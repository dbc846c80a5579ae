import Testing
@testable import OpenplanCore

/// Where a measure stands: every branch of the rule in `MeasureStanding`, on real dates.
@Suite struct MeasureStandingTests {
    static let asOf = Day(iso: "2026-01-31")!

    func p(_ date: String, _ value: Double?, text: String? = nil) -> DataPoint {
        DataPoint(date: PlanDate(date)!, value: value, text: text)
    }

    func measure(_ direction: Direction = .decrease, baseline: DataPoint? = nil, targets: [DataPoint] = [],
                 actuals: [DataPoint] = [], archived: Bool = false, due: String? = nil) -> Measure {
        Measure(id: "M", title: "Weeks to issue a plan", unit: .weeks, direction: direction, baseline: baseline,
                targets: targets, actuals: actuals, location: SourceLocation(file: "Content/measures/m.json", line: 1),
                archived: archived, nextReadingDue: due.flatMap(PlanDate.init))
    }

    func basis(_ m: Measure, asOf: Day = asOf) -> MeasureStanding.Basis { MeasureStanding.basis(of: m, asOf: asOf) }

    // MARK: the five states

    @Test func noReadingWithANumberIsNoData() {
        #expect(basis(measure(targets: [p("2026-03", 94)])) == .noFigures)
        // A reading given only as words is not a figure.
        let words = measure(targets: [p("2026-03", 94)], actuals: [p("2025-11", nil, text: "Not collected this month")])
        #expect(basis(words) == .noFigures)
        #expect(MeasureStanding.of(words, asOf: Self.asOf) == .noData)
    }

    @Test func lateFiguresComeFirst() {
        // On target, but the December figure was due by January and 31 January has ended.
        let m = measure(baseline: p("2024-09", 104), targets: [p("2026-03", 94)], actuals: [p("2025-11", 93)], due: "2026-01")
        #expect(basis(m, asOf: Day(iso: "2026-02-01")!) == .late(due: PlanDate("2026-01")!))
        // On the due month's last day it is not late yet.
        #expect(basis(m, asOf: Self.asOf) == .reached(target: p("2026-03", 94)))
        // With no figures at all, a missed due date still says "late", not "no figures".
        let none = measure(targets: [p("2026-03", 94)], due: "2025-12")
        #expect(MeasureStanding.of(none, asOf: Self.asOf) == .late)
    }

    @Test func lowerIsBetterMetOnCourseAndOffCourse() {
        let targets = [p("2026-03", 94)]
        // Baseline 104 weeks (30 Sep 2024) → 94 weeks (31 Mar 2026): 547 days. On 30 Nov 2025
        // (426 days in) the steady path is at 104 − 10 × 426/547 = 96.2 weeks.
        let on = measure(baseline: p("2024-09", 104), targets: targets, actuals: [p("2025-11", 96)])
        guard case .onPath(let expected, let target) = basis(on) else { Issue.record("not on course: \(basis(on))"); return }
        #expect(abs(expected - (104 - 10 * 426.0 / 547.0)) < 1e-9)
        #expect(target == p("2026-03", 94))

        let off = measure(baseline: p("2024-09", 104), targets: targets, actuals: [p("2025-11", 97)])
        #expect(MeasureStanding.of(off, asOf: Self.asOf) == .offCourse)

        let met = measure(baseline: p("2024-09", 104), targets: targets, actuals: [p("2025-11", 94)])
        #expect(basis(met) == .reached(target: p("2026-03", 94)))
    }

    @Test func higherIsBetterMetOnCourseAndOffCourse() {
        // 40% (31 Mar 2025) → 70% (31 Mar 2026); on 30 Sep 2025 (183 of 365 days) the path is at 55.04%.
        let targets = [p("2026-03", 70)]
        func at(_ v: Double) -> MeasureStanding {
            MeasureStanding.of(measure(.increase, baseline: p("2025-03", 40), targets: targets, actuals: [p("2025-09", v)]), asOf: Self.asOf)
        }
        #expect(at(56) == .onCourse)
        #expect(at(55) == .offCourse)
        #expect(at(70) == .met)
        #expect(at(82) == .met)
    }

    @Test func aTargetWhosDateHasPassedUnreachedIsOffCourse() {
        // The only target was March 2025; the latest figure, for June 2025, has not reached it.
        let m = measure(baseline: p("2024-09", 104), targets: [p("2025-03", 94)], actuals: [p("2025-06", 95)])
        #expect(basis(m) == .missed(target: p("2025-03", 94)))
        // A figure for the target's own month that misses it has missed it too.
        let same = measure(baseline: p("2024-09", 104), targets: [p("2025-03", 94)], actuals: [p("2025-03", 95)])
        #expect(basis(same) == .missed(target: p("2025-03", 94)))
    }

    @Test func theLineStartsAtThePreviousTargetOnceItsDateHasPassed() {
        // Targets 100 (Mar 2025) then 90 (Mar 2026). A June 2025 figure of 99 met the first but
        // is judged on the path from 100 to 90: on 30 June (91 of 365 days) it is at 97.51.
        let m = measure(baseline: p("2024-09", 104), targets: [p("2025-03", 100), p("2026-03", 90)], actuals: [p("2025-06", 99)])
        guard case .behindPath(let expected, let target) = basis(m) else { Issue.record("\(basis(m))"); return }
        #expect(abs(expected - (100 - 10 * 91.0 / 365.0)) < 1e-9)
        #expect(target == p("2026-03", 90))
        // The figure after the last target is judged against it.
        let after = measure(baseline: p("2024-09", 104), targets: [p("2025-03", 100), p("2026-03", 90)], actuals: [p("2026-06", 89)])
        #expect(basis(after) == .reached(target: p("2026-03", 90)))
    }

    @Test func withoutABaselineTheLineStartsAtTheFirstFigure() {
        // 101 (31 Mar 2025) → 94 (31 Mar 2026); on 30 Nov 2025 (244 days) the path is at 96.32.
        let on = measure(targets: [p("2026-03", 94)], actuals: [p("2025-03", 101), p("2025-11", 96)])
        #expect(MeasureStanding.of(on, asOf: Self.asOf) == .onCourse)
        let off = measure(targets: [p("2026-03", 94)], actuals: [p("2025-03", 101), p("2025-11", 97)])
        #expect(MeasureStanding.of(off, asOf: Self.asOf) == .offCourse)
    }

    @Test func oneFigureAndNothingBeforeItIsTooSoonToSay() {
        let m = measure(targets: [p("2026-03", 94)], actuals: [p("2025-11", 97)])
        #expect(basis(m) == .tooSoon)
        #expect(MeasureStanding.of(m, asOf: Self.asOf) == .noData)
        // …unless it has already reached the target.
        #expect(MeasureStanding.of(measure(targets: [p("2026-03", 94)], actuals: [p("2025-11", 90)]), asOf: Self.asOf) == .met)
    }

    @Test func targetsInWordsOnlyGiveNothingToMeasureAgainst() {
        let words = measure(baseline: p("2024-09", 104), targets: [p("2026-03", nil, text: "Half the starting figure")],
                            actuals: [p("2025-11", 97)])
        #expect(basis(words) == .noTarget)
        #expect(MeasureStanding.of(words, asOf: Self.asOf) == .noData)
        #expect(basis(measure(baseline: p("2024-09", 104), actuals: [p("2025-11", 97)])) == .noTarget)
        // A later target in words is skipped: the numbered one still applies.
        let mixed = measure(baseline: p("2024-09", 104), targets: [p("2026-03", 94), p("2026-09", nil, text: "To be reviewed")],
                            actuals: [p("2025-11", 96)])
        #expect(MeasureStanding.of(mixed, asOf: Self.asOf) == .onCourse)
    }

    @Test func keepingSteadyMeansWithinFivePercent() {
        // Aim: hold at 80% (tolerance 4 points either way).
        func at(_ v: Double) -> MeasureStanding.Basis {
            basis(measure(.maintain, baseline: p("2025-03", 80), targets: [p("2026-03", 80)], actuals: [p("2025-09", v)]))
        }
        #expect(at(83.9) == .reached(target: p("2026-03", 80)))
        #expect(at(76.5) == .reached(target: p("2026-03", 80)))
        #expect(at(84.5).standing == .offCourse)
        #expect(at(70).standing == .offCourse)
        // Moving to a new level: 60 → 80 by March 2026; on 30 Sep 2025 the path is at 70.03.
        func moving(_ v: Double) -> MeasureStanding {
            MeasureStanding.of(measure(.maintain, baseline: p("2025-03", 60), targets: [p("2026-03", 80)], actuals: [p("2025-09", v)]), asOf: Self.asOf)
        }
        #expect(moving(72) == .onCourse)
        #expect(moving(66) == .offCourse)
    }

    @Test func archivedMeasuresAreJudgedOnTheirLastFigureAndNeverLate() {
        let m = measure(baseline: p("2024-09", 104), targets: [p("2026-03", 94)], actuals: [p("2025-11", 93)],
                        archived: true, due: "2025-12")
        #expect(MeasureStanding.of(m, asOf: Self.asOf) == .met)
        let empty = measure(targets: [p("2026-03", 94)], archived: true, due: "2025-12")
        #expect(MeasureStanding.of(empty, asOf: Self.asOf) == .noData)
        #expect(StandingText(empty, asOf: Self.asOf).reason == "No figures were published before it stopped being collected.")
    }

    @Test func theRawValuesAreTheFiveTheMeasuresPageWrites() {
        #expect(MeasureStanding.allCases.map(\.rawValue) == ["met", "on-course", "off-course", "no-data", "late"])
    }

    // MARK: in words

    @Test func theReasonGivesTheFiguresTheRuleCompared() {
        let on = measure(baseline: p("2024-09", 104), targets: [p("2026-03", 94)], actuals: [p("2025-11", 96)])
        let words = StandingText(on, asOf: Self.asOf)
        #expect(words.label == "On course")
        #expect(words.reason == "The latest figure, 96 weeks in November 2025, is at or better than the 96.2 weeks a steady path to 94 weeks by March 2026 would give in November 2025.")
        #expect(words.status.id == "on-course")
        #expect(StandingText(measure(targets: [p("2026-03", 94)]), asOf: Self.asOf).label == "No figures yet")
        let late = StandingText(measure(targets: [p("2026-03", 94)], due: "2025-12"), asOf: Self.asOf)
        #expect(late.label == "Figures late")
        #expect(late.reason == "The next figure was due by December 2025 and has not been published yet.")
        let missed = StandingText(measure(baseline: p("2024-09", 104), targets: [p("2025-03", 94)], actuals: [p("2025-06", 95)]), asOf: Self.asOf)
        #expect(missed.label == "Off course")
        #expect(missed.reason == "The latest figure, 95 weeks in June 2025, did not reach the target of 94 weeks by March 2025.")
    }

    @Test func eachStandingWearsItsOwnShape() {
        // Not colour alone: five standings, five different shapes.
        let shapes = MeasureStanding.allCases.map { s in
            StatusShape.of(Status(id: s.rawValue, label: "", colour: StandingText.colour(s), meaning: ""), isComplete: s == .met)
        }
        #expect(Set(shapes).count == 5)
        #expect(shapes.first == .tick)
    }
}
