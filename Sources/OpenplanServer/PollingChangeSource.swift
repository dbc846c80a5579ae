import Foundation

/// Changes found by scanning the watched folders at a fixed interval and comparing each file's
/// modification time and size with the previous scan. Slower and busier than inotify, but it
/// works on any system and on network drives, where kernel notifications may never arrive.
///
/// Used only from the watching thread after `init`, hence `@unchecked Sendable`.
final class PollingChangeSource: ChangeSource, @unchecked Sendable {
    private struct Stamp: Equatable {
        var modified: timespec
        var size: Int
        var isFolder: Bool

        init(modified: timespec, size: Int, isFolder: Bool) {
            self.modified = modified
            self.size = size
            self.isFolder = isFolder
        }

        init(_ info: stat) {
            #if canImport(Darwin)
            self.init(modified: info.st_mtimespec, size: Int(info.st_size), isFolder: false)
            #else
            self.init(modified: info.st_mtim, size: Int(info.st_size), isFolder: false)
            #endif
        }

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.size == b.size && a.isFolder == b.isFolder
        }
    }

    private let siteFolder: URL
    private let interval: Duration
    private let clock = ContinuousClock()
    private var nextScan: ContinuousClock.Instant
    private var previous: [String: Stamp]

    init(siteFolder: URL, interval: Duration) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.interval = interval
        previous = [:]
        nextScan = clock.now
        previous = scan()
        nextScan = clock.now.advanced(by: interval)
    }

    /// A scan sees a file's size and time change, not whether its writer has finished: every
    /// change waits for the watcher's quiet period.
    func waitForChanges(upTo wait: Duration) -> [FileChange] {
        let until = min(clock.now.advanced(by: wait), nextScan)
        if until > clock.now {
            Thread.sleep(forTimeInterval: Double((until - clock.now).milliseconds) / 1000)
        }
        guard clock.now >= nextScan else { return [] }
        let current = scan()
        nextScan = clock.now.advanced(by: interval)
        defer { previous = current }
        var changed: [String] = []
        for (path, stamp) in current where previous[path] != stamp {
            changed.append(path)
        }
        for path in previous.keys where current[path] == nil {
            changed.append(path)
        }
        return changed.sorted().map { FileChange(path: $0, isSettled: false) }
    }

    func close() {}

    private func scan() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in ContentWatcher.watchedFolders {
            scan(folder, into: &stamps)
        }
        return stamps
    }

    private func scan(_ relative: String, into stamps: inout [String: Stamp]) {
        var info = stat()
        guard stat(siteFolder.path + "/" + relative, &info) == 0 else { return }
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        guard isFolder else {
            stamps[relative] = Stamp(info)
            return
        }
        // A folder's own time changes with every file added to it; only its appearing matters.
        stamps[relative] = Stamp(modified: timespec(), size: 0, isFolder: true)
        for entry in FolderListing.entries(of: siteFolder.path + "/" + relative) {
            let path = relative + "/" + entry.name
            if entry.isFolder {
                scan(path, into: &stamps)
            } else {
                var fileInfo = stat()
                guard stat(siteFolder.path + "/" + path, &fileInfo) == 0 else { continue }
                stamps[path] = Stamp(fileInfo)
            }
        }
    }
}
