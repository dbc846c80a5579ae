import Foundation
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
public final class StagingFolder: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    /// `staging.path`, worked out once rather than for every file.
    private let stagingPath: String
    private let previous: URL
    // Directories already made, so concurrent writers do not all call mkdir for `actions/`.
    private let madeLock = NSLock()
    private var made: Set<String> = [""]

    public init(replacing output: URL) throws {
        let output = output.standardizedFileURL
        self.output = output
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(name).building-\(pid)")
        previous = parent.appendingPathComponent(".\(name).previous-\(pid)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try StagingFolder.recover(output: output)
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        stagingPath = staging.path
    }

    /// Writes one file. `path` is relative to the site root and may not climb out of it.
    public func write(_ path: String, bytes: some Collection<UInt8>) throws {
        guard let safe = OutputPath(path) else { throw PublishingError.unsafePath(path) }
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
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            try? fm.removeItem(at: previous)
            try fm.moveItem(at: output, to: previous)
            do {
                try fm.moveItem(at: staging, to: output)
            } catch {
                try? fm.moveItem(at: previous, to: output)
                throw error
            }
            try? fm.removeItem(at: previous)
        } else {
            try fm.moveItem(at: staging, to: output)
        }
    }

    /// Removes the staged files; the published output is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func makeDirectory(_ relative: String) throws {
        madeLock.lock()
        let known = made.contains(relative)
        madeLock.unlock()
        if known { return }
        // `mkdir` itself, parents first: FileManager's version looks at every component of the
        // path each time, which was a noticeable part of writing ten thousand pages.
        if let slash = relative.lastIndex(of: "/") {
            try makeDirectory(String(relative[..<slash]))
        }
        if mkdir(stagingPath + "/" + relative, 0o755) != 0, errno != EEXIST {
            throw PublishingError.cannotWrite(relative, errno)
        }
        madeLock.lock()
        made.insert(relative)
        madeLock.unlock()
    }

    /// Puts back an output folder left aside by a build that died mid-swap, and clears staging
    /// folders of builds that were interrupted.
    static func recover(output: URL) throws {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            let url = parent.appendingPathComponent(entry)
            if entry.hasPrefix(".\(name).previous-") {
                if fm.fileExists(atPath: output.path) {
                    try? fm.removeItem(at: url)
                } else {
                    try fm.moveItem(at: url, to: output)
                }
            } else if entry.hasPrefix(".\(name).building-"),
                      let pid = Int32(entry.dropFirst(".\(name).building-".count)),
                      kill(pid, 0) != 0 {
                // Only folders whose build is no longer running: two builds at once must not
                // delete each other's work.
                try? fm.removeItem(at: url)
            }
        }
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

    public var description: String {
        switch self {
        case .unsafePath(let p): return "refused to write \"\(p)\": it would land outside the output folder"
        case .cannotWrite(let p, let code): return "could not write \(p): \(String(cString: strerror(code)))"
        }
    }
}
