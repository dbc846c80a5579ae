#if canImport(Glibc)
import Foundation
import Glibc

/// Changes reported by the Linux kernel (inotify), one watch per folder.
///
/// inotify does not watch a tree, only single folders, so every folder under the watched ones
/// gets its own watch, and folders created later are added as they appear; any files already
/// inside a new folder (written before its watch existed) are reported as changed at once.
/// The site folder itself is watched only for `Content/`, `Templates/` or `Public/` appearing.
///
/// Used only from the watching thread after `init`, hence `@unchecked Sendable`.
final class InotifyChangeSource: ChangeSource, @unchecked Sendable {
    private let siteFolder: URL
    private let descriptor: Int32
    /// Watch descriptor → folder path relative to the site folder ("" for the site folder).
    private var folders: [Int32: String] = [:]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    private static let treeMask = UInt32(
        IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
            | IN_DELETE_SELF | IN_MOVE_SELF
    )
    private static let rootMask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR)

    /// Nil when inotify is unavailable (or out of watches), so the caller can fall back to scanning.
    init?(siteFolder: URL) {
        self.siteFolder = siteFolder.standardizedFileURL
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        guard addWatch("", mask: Self.rootMask) else {
            Glibc.close(descriptor)
            return nil
        }
        for folder in ContentWatcher.watchedFolders {
            _ = addTree(folder)
        }
    }

    func waitForChanges(upTo wait: Duration) -> [FileChange] {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(max(0, wait.milliseconds))) > 0 else { return [] }
        var changed: [FileChange] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            changed += parseEvents(byteCount: count)
        }
        return changed
    }

    func close() {
        Glibc.close(descriptor)
    }

    private func parseEvents(byteCount: Int) -> [FileChange] {
        var changed: [FileChange] = []
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= byteCount {
            let (watch, mask, nameLength) = buffer.withUnsafeBytes { bytes in
                (
                    bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                    bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                    Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                )
            }
            let nameBytes = buffer[(offset + headerSize)..<min(byteCount, offset + headerSize + nameLength)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += headerSize + nameLength
            changed += handle(watch: watch, mask: mask, name: name)
        }
        return changed
    }

    /// A file's change settles the file when its writer is done with it: closed after writing,
    /// renamed into place or away, or deleted. Anything else (a write, a new file, a change of
    /// permissions, a folder appearing with files in it) may have more to come.
    private static let settlingMask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE)

    private func handle(watch: Int32, mask: UInt32, name: String) -> [FileChange] {
        let paths = changedPaths(watch: watch, mask: mask, name: name)
        guard let first = paths.first else { return [] }
        // Only the file the event names can be settled by it; files found in a new folder cannot.
        let settles = mask & Self.settlingMask != 0 && mask & UInt32(IN_ISDIR) == 0
            || mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0
        return [FileChange(path: first, isSettled: settles)] + paths.dropFirst().map { FileChange(path: $0, isSettled: false) }
    }

    private func changedPaths(watch: Int32, mask: UInt32, name: String) -> [String] {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // The kernel dropped events: we no longer know what changed, so say everything did.
            return ContentWatcher.watchedFolders
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return []
        }
        guard let folder = folders[watch] else { return [] }
        if folder.isEmpty {
            // The site folder: only the three watched folders appearing or going matter.
            guard ContentWatcher.watchedFolders.contains(name) else { return [] }
            return [name] + (mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 ? addTree(name) : [])
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 { return [folder] }
        guard !name.isEmpty else { return [] }
        let path = folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            return [path] + addTree(path)
        }
        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_MOVED_FROM) != 0 {
            // The folder keeps its watches when renamed, but they would report the old name.
            removeTree(path)
        }
        return [path]
    }

    private func removeTree(_ relative: String) {
        for (watch, folder) in folders where folder == relative || folder.hasPrefix(relative + "/") {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }

    @discardableResult
    private func addWatch(_ relative: String, mask: UInt32) -> Bool {
        let path = relative.isEmpty ? siteFolder.path : siteFolder.path + "/" + relative
        let watch = inotify_add_watch(descriptor, path, mask)
        guard watch >= 0 else { return false }
        folders[watch] = relative
        return true
    }

    /// Watches a folder and every folder under it; returns the files found inside, which may
    /// have been written before the watch existed.
    private func addTree(_ relative: String) -> [String] {
        guard addWatch(relative, mask: Self.treeMask) else { return [] }
        var files: [String] = []
        for entry in FolderListing.entries(of: siteFolder.appendingPathComponent(relative).path) {
            let path = relative + "/" + entry.name
            if entry.isFolder {
                files += addTree(path)
            } else {
                files.append(path)
            }
        }
        return files
    }
}
#endif
