import Foundation
import Testing
@testable import OpenplanCore

/// A large plan timed end to end. Off by default (it takes a while on a shared machine):
/// run with `OPENPLAN_PERF=1 swift test -c release --filter RenderPerformance`.
@Test(.enabled(if: ProcessInfo.processInfo.environment["OPENPLAN_PERF"] != nil))
func renderingTenThousandActionsIsQuick() throws {
    let base = RenderFixtures.plan()
    var actions: [Action] = []
    for p in 1...20 {
        for i in 1...500 {
            let id = ItemID("\(p).\(i)")
            actions.append(Action(id: id, title: "Action \(id) title with a few words", priorities: [ItemID("\(p % 2 + 1)")],
                                  leads: ["NB"], due: .date(PlanDate("2026-03")!), status: i % 3 == 0 ? "complete" : "on-track",
                                  updated: Day(iso: "2025-11-01"), milestones: [Milestone(due: .date(PlanDate("2026-01")!), text: "M", status: "on-track")],
                                  history: [HistoryEntry(date: Day(iso: "2025-09-01")!, status: "not-started")],
                                  body: MarkdownSource(text: "## What we are doing\n\nSome text about the EHCP work.\n\n## Latest update\n\nMore text.", file: "Content/actions/\(id).md", firstLine: 10),
                                  location: SourceLocation(file: "Content/actions/\(id).md", line: 1)))
        }
    }
    let plan = Plan(site: base.site, people: base.people, glossary: base.glossary, priorities: base.priorities, actions: actions,
                    measures: base.measures, feedback: base.feedback, bulletins: base.bulletins, pages: base.pages, homeIntro: base.homeIntro)
    let theme = try Theme.builtIn()
    let count = Counter()
    let start = Date()
    let renderer = SiteRenderer(plan: plan, theme: theme, asOf: RenderFixtures.asOf)
    let jobs = renderer.jobs()
    let made = Date()
    if ProcessInfo.processInfo.environment["OPENPLAN_PERF_JOBS"] != nil {
        // The slowest single jobs, to see where time goes.
        var timed: [(Double, String)] = []
        for job in jobs.filter({ !$0.path.hasPrefix("actions/") }) {
            let t = Date()
            try renderer.render([job]) { _ in }
            timed.append((Date().timeIntervalSince(t), job.path))
        }
        for (t, p) in timed.sorted(by: { $0.0 > $1.0 }).prefix(8) { print(String(format: "%.3f", t), p) }
    }
    let cpuBefore = cpuSeconds()
    try renderer.render(jobs) { count.add($0.bytes.count) }
    let seconds = Date().timeIntervalSince(start)
    print("rendered \(count.files) files, \(count.bytes / 1_000_000) MB in \(seconds)s wall, \(cpuSeconds() - cpuBefore)s CPU (jobs \(made.timeIntervalSince(start))s)")
    #expect(count.files > 10_000)
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files = 0
    private(set) var bytes = 0
    func add(_ n: Int) { lock.lock(); files += 1; bytes += n; lock.unlock() }
}

/// User and system CPU time of this process: steadier than wall time on a shared machine.
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
