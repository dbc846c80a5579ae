import Foundation
import Synchronization

/// Where a build's time goes, for `openplan build --timings` and docs/performance.md: the
/// wall-clock and CPU time of each stage, and the CPU time of each kind of page job (summed
/// over every thread). Only ever printed, never written into the site.
///
/// `SiteBuild` fills it from the outside: it times each stage around the call that runs it,
/// and takes the split by kind of page from the renderer's `RenderProfile`.
public final class BuildTimings: Sendable {
    public struct Stage: Sendable {
        public var name: String
        public var wallSeconds: Double
        /// User and system time of the whole process during the stage (every thread).
        public var cpuSeconds: Double
    }

    public struct JobKind: Sendable {
        public var name: String
        public var count: Int
        public var cpuSeconds: Double
    }

    private let stageList = Mutex<[Stage]>([])
    private let jobs = Mutex<[String: JobKind]>([:])

    public init() {}

    public var stages: [Stage] { stageList.withLock { $0 } }

    /// Job kinds, the most expensive first.
    public var jobKinds: [JobKind] {
        jobs.withLock { $0.values.sorted { ($0.cpuSeconds, $1.name) > ($1.cpuSeconds, $0.name) } }
    }

    func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let wall = MonotonicClock.now()
        let cpu = CPUClock.process()
        defer {
            let stage = Stage(name: name, wallSeconds: MonotonicClock.seconds(since: wall), cpuSeconds: CPUClock.process() - cpu)
            stageList.withLock { $0.append(stage) }
        }
        return try body()
    }

    /// Adds time measured elsewhere to a kind of job.
    func add(_ kind: String, seconds: Double, count: Int) {
        jobs.withLock { jobs in
            jobs[kind, default: JobKind(name: kind, count: 0, cpuSeconds: 0)].count += count
            jobs[kind]!.cpuSeconds += seconds
        }
    }

    /// The renderer's own account of each kind of page.
    func add(_ profile: RenderProfile) {
        for kind in profile.kinds { add(kind.name, seconds: kind.cpuSeconds, count: kind.count) }
    }
}
