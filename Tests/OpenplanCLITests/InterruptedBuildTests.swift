import Foundation
import Testing

/// A build killed at any moment (SIGKILL: no chance to tidy up) leaves the previous website
/// whole, and the next build succeeds and clears what the killed one left.
@Suite(.serialized) struct InterruptedBuildTests {
    /// The same moments on every run, so a failure can be repeated.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let kills = 20

    /// Enough actions that a build takes long enough to be caught in each of its stages.
    static func site(round: Int) -> [String: String] {
        var files = ScratchSite.minimal
        for i in 2...60 {
            files["Content/actions/1.\(i).md"] = """
                ---
                title: Action number \(i)
                priority: "1"
                leads: [L1]
                due: 2026-03
                status: on-track
                updated: 2025-12-01
                ---
                ## What we are doing

                \(String(repeating: "We share every plan with the family on time. ", count: 20))
                """
        }
        // Each round changes every action page, so the new site differs from the one before.
        files["Content/pages/about.md"] = "---\ntitle: About\nnav: true\n---\nRound \(round).\n"
        files["Content/actions/1.1.md"] = files["Content/actions/1.1.md"]!.replacingOccurrences(
            of: "Sharing every EHCP on time.", with: "Sharing every EHCP on time, round \(round).")
        return files
    }

    @Test func aBuildKilledAtRandomMomentsNeverHarmsThePreviousSite() async throws {
        let site = try ScratchSite(Self.site(round: 0))
        defer { site.remove() }
        let arguments = ["build", "--site", site.root.path, "--as-of", "2026-01-31", "--quiet"]
        let first = try await CLI.runAsync(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        // How long a build takes now; measured again each round, as a busy machine slows it.
        let started = Date()
        #expect(try await CLI.runAsync(arguments).status == 0)
        var buildSeconds = Date().timeIntervalSince(started)
        var before = try site.snapshot("_site")
        #expect(before.count > 60)

        var random = SplitMix64(state: 15)
        var seen: [String: Int] = [:]
        for round in 1...Self.kills {
            for (path, text) in Self.site(round: round) where path.hasPrefix("Content/pages") || path == "Content/actions/1.1.md" {
                try site.write(path, text)
            }
            let fraction = Double.random(in: 0...1.1, using: &random)
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let ended = try CLI.start(process)
            // Timed by a dispatch timer, not by this task: a busy test run may resume a task late.
            // Cancelled once the build has ended, so its process id is never signalled after.
            let stop = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
            DispatchQueue.global().asyncAfter(deadline: .now() + fraction * buildSeconds, execute: stop)
            for await _ in ended {}
            stop.cancel()
            let killed = process.terminationReason == .uncaughtSignal

            // What the killed build left: the previous site, or (killed too late) the new one, or
            // (killed between the two renames of the swap) the previous site set aside.
            let left = try site.snapshot("_site")
            let aside = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
                .filter { $0.hasPrefix("._site.previous-") }
            let state: String
            if left == before {
                state = "previous site in place"
            } else if left.isEmpty, let folder = aside.first, try site.snapshot(folder) == before {
                state = "previous site set aside mid-swap"
            } else {
                state = "new site"
            }
            seen[killed ? state : "finished before the kill", default: 0] += 1

            let rebuildStarted = Date()
            let next = try await CLI.runAsync(arguments)
            buildSeconds = Date().timeIntervalSince(rebuildStarted)
            #expect(next.status == 0, "round \(round): \(next.stderr)")
            let after = try site.snapshot("_site")
            #expect(after != before, "round \(round): the build after the kill published nothing new")
            #expect(try site.read("_site/about/index.html").contains("Round \(round)."))
            if state == "new site" {
                #expect(left == after, "round \(round): the killed build left a site that is neither the old one nor the new one whole")
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix("._site") }
            #expect(leftovers.isEmpty, "round \(round): \(leftovers) left behind")
            before = after
        }
        print("InterruptedBuildTests: \(Self.kills) kills, last build \(String(format: "%.2f", buildSeconds)) s: \(seen.sorted { $0.key < $1.key })")
        // Most kills must land inside a build, or the test would prove nothing.
        #expect(seen["finished before the kill", default: 0] < Self.kills / 2)
    }

    /// Ctrl-C (or SIGTERM) while pages are being written: the build removes its half-built
    /// folder before it ends, rather than leaving it for the next build.
    @Test(arguments: [SIGINT, SIGTERM]) func aBuildStoppedWithCtrlCLeavesNothingBehind(signalNumber: Int32) async throws {
        let site = try ScratchSite(Self.site(round: 0))
        defer { site.remove() }
        let arguments = ["build", "--site", site.root.path, "--as-of", "2026-01-31", "--quiet"]
        #expect(try await CLI.runAsync(arguments).status == 0)
        let before = try site.snapshot("_site")
        try site.write("Content/pages/about.md", "---\ntitle: About\nnav: true\n---\nChanged.\n")

        var caught = false
        for _ in 0..<3 where !caught {
            let process = Process()
            // The test runner may ignore these signals, and a child inherits that: `env` gives
            // the build the default handling a terminal's Ctrl-C meets.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["--default-signal=INT,TERM,HUP", CLI.binary.path] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let ended = try CLI.start(process)
            // Wait until the build is writing its staging folder, then stop it; on a thread of
            // its own, since a busy test run may resume a task too late to catch the build.
            let sent = SentFlag()
            let root = site.root.path
            DispatchQueue.global().async {
                let deadline = Date().addingTimeInterval(30)
                while process.isRunning, Date() < deadline {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
                    if names.contains(where: { $0.hasPrefix("._site.building-") }) {
                        kill(process.processIdentifier, signalNumber)
                        sent.set()
                        return
                    }
                    usleep(1_000)
                }
            }
            for await _ in ended {}
            caught = sent.value
            // Finished before the signal arrived: try again.
            if caught, process.terminationStatus == 0 { caught = false; continue }
            if caught {
                #expect(process.terminationReason == .exit && process.terminationStatus == 128 + signalNumber,
                        "the build did not stop by itself: \(process.terminationReason.rawValue) \(process.terminationStatus)")
            }
        }
        #expect(caught, "the build was never seen writing, so it was never stopped")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix("._site") }
        #expect(leftovers.isEmpty, "\(leftovers) left behind")
        let after = try site.snapshot("_site")
        #expect(after == before, "the stopped build changed the published site")
    }
}

/// Set once from another thread.
final class SentFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false
    func set() { lock.lock(); isSet = true; lock.unlock() }
    var value: Bool { lock.lock(); defer { lock.unlock() }; return isSet }
}
