import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build's time goes, for `openplan build --timings` and docs/performance.md: the
/// wall-clock and CPU time of each stage, and the CPU time of each kind of page job (summed
/// over every thread). Only ever printed, never written into the site.
public final class BuildTimings: @unchecked Sendable {
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

    private let lock = NSLock()
    private var stageList: [Stage] = []
    private var jobs: [String: JobKind] = [:]

    public init() {}

    public var stages: [Stage] { lock.lock(); defer { lock.unlock() }; return stageList }

    /// Job kinds, the most expensive first.
    public var jobKinds: [JobKind] {
        lock.lock(); defer { lock.unlock() }
        return jobs.values.sorted { ($0.cpuSeconds, $1.name) > ($1.cpuSeconds, $0.name) }
    }

    func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let wall = MonotonicClock.now()
        let cpu = Self.processCPU()
        defer {
            let stage = Stage(name: name, wallSeconds: MonotonicClock.seconds(since: wall), cpuSeconds: Self.processCPU() - cpu)
            lock.lock(); stageList.append(stage); lock.unlock()
        }
        return try body()
    }

    /// Runs one job on the calling thread and adds its CPU time to its kind.
    func job<T>(_ kind: String, _ body: () throws -> T) rethrows -> T {
        let cpu = Self.threadCPU()
        defer {
            let spent = Self.threadCPU() - cpu
            lock.lock()
            jobs[kind, default: JobKind(name: kind, count: 0, cpuSeconds: 0)].count += 1
            jobs[kind]!.cpuSeconds += spent
            lock.unlock()
        }
        return try body()
    }

    /// Adds time measured elsewhere to a kind (negative to take out time counted twice).
    func add(_ kind: String, seconds: Double, count: Int) {
        lock.lock()
        jobs[kind, default: JobKind(name: kind, count: 0, cpuSeconds: 0)].count += count
        jobs[kind]!.cpuSeconds += seconds
        lock.unlock()
    }

    static func processCPU() -> Double { cpu(CLOCK_PROCESS_CPUTIME_ID) }
    static func threadCPU() -> Double { cpu(CLOCK_THREAD_CPUTIME_ID) }

    private static func cpu(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
