import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CPU time each kind of page took in one render (summed over every thread), for
/// `openplan build --timings`. The renderer hands it back when asked
/// (`SiteRenderer.renderProfiled`), so whoever times the build reads it from the outside.
public struct RenderProfile: Sendable {
    public struct Kind: Sendable {
        public var name: String
        public var count: Int
        public var cpuSeconds: Double
    }

    /// The most expensive first.
    public var kinds: [Kind]

    init(_ byName: [String: Kind]) {
        kinds = byName.values.sorted { ($0.cpuSeconds, $1.name) > ($1.cpuSeconds, $0.name) }
    }
}

/// CPU time used so far, by this process or by the calling thread.
public enum CPUClock {
    public static func process() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }
    public static func thread() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

    private static func read(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
