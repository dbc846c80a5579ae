import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build writes its pages before they are published.
///
/// The staging folder sits beside the output folder (same file system, so the final move is a
/// rename). Nothing touches the published output until `publish()`, so a build that fails or is
/// interrupted leaves the previous site exactly as it was.
public final class StagingFolder: Sendable {
    public let output: URL
    public let staging: URL
    /// `staging.path`, worked out once rather than for every file.
    private let stagingPath: String
    private let previous: URL
    // Directories already made, so concurrent writers do not all call mkdir for `actions/`.
    private let made = Mutex<Set<String>>([""])

    /// Makes the staging folder beside `output`, after putting back or clearing what an
    /// interrupted build left there. Call `OutputFolderCheck.check` first: this does not judge
    /// whether `output` may be replaced.
    public init(replacing output: URL) throws {
        let output = output.standardizedFileURL
        self.output = output
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(name).building-\(pid)")
        previous = parent.appendingPathComponent(".\(name).previous-\(pid)")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw PublishingError.cannotMakeFolder(parent.path, FileProblem.reason(for: error))
        }
        try StagingFolder.recover(output: output)
        // Left by an earlier build with the same process id; removed only if it is a build.
        if BuildMarker.isPresent(in: staging.path) { StagingFolder.removeBuild(atPath: staging.path) }
        // Known before it exists, so a Ctrl-C at any moment after this finds it.
        StagingFolder.active.insert(staging.path)
        if mkdir(staging.path, 0o755) != 0 {
            StagingFolder.active.remove(staging.path)
            throw PublishingError.cannotMakeFolder(staging.path, FileProblem.reason(errno: errno))
        }
        stagingPath = staging.path
        // First, so that even a build killed at once leaves a folder the next build may remove.
        try write(BuildMarker.name, text: BuildMarker.text)
    }

    /// Writes one file. `path` is relative to the site root and may not climb out of it.
    public func write(_ path: String, bytes: some Collection<UInt8>) throws {
        guard let safe = OutputPath(path) else { throw PublishingError.unsafePath(path) }
        guard !StagingFolder.active.isStopping else { throw PublishingError.stopped }
        if let slash = safe.value.lastIndex(of: "/") {
            try makeDirectory(String(safe.value[..<slash]))
        }
        let full = stagingPath + "/" + safe.value
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PublishingError.cannotWrite(path, errno) }
        defer { close(fd) }
        let buffer = bytes as? [UInt8] ?? Array(bytes)
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw PublishingError.cannotWrite(path, errno)
            }
            offset += n
        }
    }

    public func write(_ path: String, text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    /// Swaps the staged site into place. The old output is moved aside first and removed only
    /// after the new one is in place; if the process dies between the two renames, the next
    /// build finds the old output aside and puts it back before doing anything else.
    public func publish() throws {
        defer { StagingFolder.active.remove(stagingPath) }
        if rename(output.path, previous.path) == 0 {
            guard rename(staging.path, output.path) == 0 else {
                let code = errno
                rename(previous.path, output.path)
                throw PublishingError.cannotReplace(output.path, FileProblem.reason(errno: code))
            }
            StagingFolder.removeBuild(atPath: previous.path)
        } else if errno == ENOENT {
            guard rename(staging.path, output.path) == 0 else {
                throw PublishingError.cannotReplace(output.path, FileProblem.reason(errno: errno))
            }
        } else if errno == EBUSY || errno == EXDEV {
            // A folder mounted from elsewhere (a shared drive, a container volume) cannot be
            // renamed, and swapping in a whole new folder is what keeps a failed build harmless.
            throw PublishingError.cannotReplace(output.path,
                "it is a mount point, which cannot be swapped for a new folder; build into a folder inside it instead")
        } else {
            throw PublishingError.cannotReplace(output.path, FileProblem.reason(errno: errno))
        }
    }

    /// Removes the staged files; the published output is untouched.
    public func discard() {
        StagingFolder.removeBuild(atPath: staging.path)
        StagingFolder.active.remove(stagingPath)
    }

    /// Removes the staging folder of every build still under way in this process, for a
    /// Ctrl-C or SIGTERM handler to call before exiting: otherwise a stopped build's folder
    /// (hundreds of megabytes for a large plan) stays until the next build clears it.
    /// A build that has already swapped its folder into place is not affected: only the staging
    /// name is removed, never the output.
    public static func discardAllUnderWay() {
        active.stop()
        for path in active.all {
            // A writer may still be finishing a file as the folder is removed: try again if so,
            // for up to a second.
            for _ in 0..<100 where FileManager.default.fileExists(atPath: path) {
                removeBuild(atPath: path)
                if FileManager.default.fileExists(atPath: path) { usleep(10_000) }
            }
        }
    }

    /// Staging folders of builds under way in this process.
    private static let active = ActiveFolders()

    private final class ActiveFolders: Sendable {
        private let state = Mutex<(paths: Set<String>, stopping: Bool)>(([], false))
        /// Set once the process is stopping: no more files are written after that.
        var isStopping: Bool { state.withLock { $0.stopping } }
        func stop() { state.withLock { $0.stopping = true } }
        func insert(_ path: String) { _ = state.withLock { $0.paths.insert(path) } }
        func remove(_ path: String) { _ = state.withLock { $0.paths.remove(path) } }
        var all: [String] { state.withLock { Array($0.paths) } }
    }

    private func makeDirectory(_ relative: String) throws {
        if made.withLock({ $0.contains(relative) }) { return }
        // `mkdir` itself, parents first: FileManager's version looks at every component of the
        // path each time, which was a noticeable part of writing ten thousand pages.
        if let slash = relative.lastIndex(of: "/") {
            try makeDirectory(String(relative[..<slash]))
        }
        if mkdir(stagingPath + "/" + relative, 0o755) != 0, errno != EEXIST {
            throw PublishingError.cannotWrite(relative, errno)
        }
        _ = made.withLock { $0.insert(relative) }
    }

    /// Puts back an output folder left aside by a build that died mid-swap, and removes the
    /// staging folders of builds that were interrupted.
    ///
    /// Only names made exactly as this type makes them (`.NAME.building-PID`,
    /// `.NAME.previous-PID`), only for processes that are no longer running (two builds at
    /// once must not delete each other's work), and only folders holding the build marker are
    /// removed: a folder that merely looks like one is left alone.
    static func recover(output: URL) throws {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            let path = parent.path + "/" + entry
            if let pid = processID(entry, prefix: ".\(name).previous-"), !isRunning(pid) {
                if fm.fileExists(atPath: output.path) {
                    if isBuild(path) { removeBuild(atPath: path) }
                } else if rename(path, output.path) != 0 {
                    throw PublishingError.cannotReplace(output.path, FileProblem.reason(errno: errno))
                }
            } else if let pid = processID(entry, prefix: ".\(name).building-"), !isRunning(pid) {
                if isBuild(path) {
                    removeBuild(atPath: path)
                } else {
                    // Killed between making the folder and writing the marker into it: then it
                    // is empty, and rmdir removes only an empty folder.
                    rmdir(path)
                }
            }
        }
    }

    /// Removes a folder a build made, its marker last: a build killed part way through removing
    /// it leaves a folder that still says it is a build, which the next build removes. A folder
    /// known by its shape alone (from before the marker) is given the marker first, for the same
    /// reason.
    static func removeBuild(atPath path: String) {
        let fm = FileManager.default
        let marker = path + "/" + BuildMarker.name
        if !BuildMarker.isPresent(in: path) {
            guard fm.createFile(atPath: marker, contents: Data(BuildMarker.text.utf8)) else { return }
        }
        for entry in (try? fm.contentsOfDirectory(atPath: path)) ?? [] where entry != BuildMarker.name {
            try? fm.removeItem(atPath: path + "/" + entry)
        }
        unlink(marker)
        rmdir(path)
    }

    /// The process id at the end of `entry` when it is `prefix` followed by digits only.
    static func processID(_ entry: String, prefix: String) -> Int32? {
        guard entry.hasPrefix(prefix) else { return nil }
        let digits = entry.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int32(digits)
    }

    /// `kill(pid, 0)` fails with EPERM for another user's process, which is still running.
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// A folder a build made: it holds the marker as a regular file, and is not a link.
    private static func isBuild(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
        return BuildMarker.isPresent(in: path) || BuildMarker.looksLikeEarlierBuild(
            path, entries: Set((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []))
    }
}

/// A relative output path that cannot escape the output folder.
public struct OutputPath: Sendable, Hashable {
    public let value: String

    public init?(_ path: String) {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.utf8.contains(0) else { return nil }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty || component == "." || component == ".." { return nil }
        }
        value = path
    }
}

public enum PublishingError: Error, CustomStringConvertible {
    case unsafePath(String)
    case cannotWrite(String, Int32)
    /// A folder (path, reason in plain words) could not be made.
    case cannotMakeFolder(String, String)
    /// The output folder (path, reason) could not be swapped for the new build.
    case cannotReplace(String, String)
    /// The build is being stopped (Ctrl-C): nothing more is written.
    case stopped

    public var description: String {
        switch self {
        case .unsafePath(let p): return "refused to write \"\(p)\": it would land outside the output folder"
        case .cannotWrite(let p, let code): return "could not write \(p): \(FileProblem.reason(errno: code))"
        case .cannotMakeFolder(let p, let reason):
            return "could not make the folder \(p) (\(reason)). The website is built beside the output folder "
                + "first, so that folder's parent must be writable too."
        case .cannotReplace(let p, let reason):
            return "could not put the new website in place at \(p) (\(reason))"
        case .stopped:
            return "the build was stopped before it finished"
        }
    }
}
