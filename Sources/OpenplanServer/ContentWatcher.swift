import Foundation
import OpenplanCore
import Synchronization

/// Watches a site's `Content/`, `Templates/` and `Public/` folders and reports which files changed.
///
/// Editors save in bursts (write a temporary file, rename it over the old one, touch a backup),
/// so changes are collected until the folders have been quiet for a moment, then reported
/// together as paths relative to the site folder. The moment is short (`settlePeriod`) once
/// the kernel has said that every changed file was closed after writing, renamed into place
/// or deleted: then the save is over, and waiting longer would only delay the preview. A file
/// still open for writing, or a change seen by scanning, waits for `quietPeriod`. On Linux the kernel tells us about changes
/// (inotify), which is immediate and costs nothing while idle; elsewhere, or if inotify is not
/// available, the folders are scanned every `pollInterval` instead.
///
/// The watching runs on its own thread, not on the shared concurrency pool, because it blocks
/// waiting for the kernel.
struct ContentWatcher: Sendable {
    static let watchedFolders = SiteLayout.sourceFolders

    var siteFolder: URL
    var quietPeriod: Duration = .milliseconds(30)
    /// How long a batch whose files are all settled waits for what an editor does next.
    var settlePeriod: Duration = .milliseconds(5)
    /// However busy the folders are, a batch is reported at least this often.
    var longestWait: Duration = .milliseconds(400)
    var pollInterval: Duration = .milliseconds(100)
    var forcePolling = false

    /// Starts watching now, before returning, so no save made after this call is missed.
    /// The stream ends, and the watching thread stops, when the stream's consumer goes away.
    func changes() -> AsyncStream<Set<String>> {
        let (stream, continuation) = AsyncStream.makeStream(of: Set<String>.self)
        let source = makeSource()
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.set() }
        let settings = self
        let thread = Thread {
            settings.collect(from: source, until: stop) { batch in continuation.yield(batch) }
            source.close()
            continuation.finish()
        }
        thread.name = "openplan-content-watcher"
        thread.start()
        return stream
    }

    private func makeSource() -> any ChangeSource {
        #if canImport(Glibc)
        if !forcePolling, let inotify = InotifyChangeSource(siteFolder: siteFolder) {
            return inotify
        }
        #endif
        return PollingChangeSource(siteFolder: siteFolder, interval: pollInterval)
    }

    /// Gathers changes into batches separated by a quiet period, until told to stop.
    private func collect(from source: any ChangeSource, until stop: StopFlag, report: (Set<String>) -> Void) {
        let clock = ContinuousClock()
        var pending = Set<String>()
        // Files in `pending` whose last change did not say the writer was done with them.
        var unsettled = Set<String>()
        var firstChange = clock.now
        var lastChange = clock.now
        while !stop.isSet {
            let quiet = unsettled.isEmpty ? settlePeriod : quietPeriod
            let wait = pending.isEmpty ? pollInterval : max(.milliseconds(1), quiet - (clock.now - lastChange))
            let seen = source.waitForChanges(upTo: wait).filter { !Self.isEditorScratchFile($0.path) }
            let now = clock.now
            if !seen.isEmpty {
                if pending.isEmpty { firstChange = now }
                for change in seen {
                    pending.insert(change.path)
                    if change.isSettled { unsettled.remove(change.path) } else { unsettled.insert(change.path) }
                }
                lastChange = now
            }
            let quietNow = unsettled.isEmpty ? settlePeriod : quietPeriod
            if !pending.isEmpty, now - lastChange >= quietNow || now - firstChange >= longestWait {
                report(pending)
                pending.removeAll()
                unsettled.removeAll()
            }
        }
    }

    /// Files editors write beside the real one while saving, which never hold content:
    /// Vim's swap files and its `4913` write test, Emacs's `#lock#` and `.#lock` files, `~` backups,
    /// `sed -i`'s `sedXXXXXX`, GNOME's `.goutputstream-XXXXXX`, JetBrains' `___jb_tmp___` and
    /// `.tmp` files.
    static func isEditorScratchFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == "4913" || name == ".DS_Store" || name.hasSuffix("~") { return true }
        if name.hasPrefix(".goutputstream-") || name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___")
            || name.lowercased().hasSuffix(".tmp") { return true }
        // sed -i writes "sed" and six random letters or digits, with no extension.
        if name.count == 9, name.hasPrefix("sed"), name.dropFirst(3).allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            return true
        }
        if name.hasPrefix(".#") || (name.hasPrefix("#") && name.hasSuffix("#")) { return true }
        for suffix in [".swp", ".swx", ".swo", ".swn"] where name.hasSuffix(suffix) && name.hasPrefix(".") {
            return true
        }
        return false
    }
}

/// Somewhere changes come from: the kernel, or a scan of the folders.
protocol ChangeSource: Sendable {
    /// Blocks for at most `wait`, returning the changes seen, in the order they happened.
    func waitForChanges(upTo wait: Duration) -> [FileChange]
    func close()
}

/// One change to a file or folder.
struct FileChange: Hashable, Sendable {
    /// Relative to the site folder.
    var path: String
    /// The writer is done with it: closed after writing, renamed into place, or deleted.
    var isSettled: Bool
}

/// Set once, from any thread, to ask the watching thread to stop.
final class StopFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}

extension Duration {
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
