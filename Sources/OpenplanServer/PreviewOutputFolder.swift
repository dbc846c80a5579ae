import Foundation
import OpenplanCore
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// The preview's own output folder, written file by file while the server is reading it.
///
/// `openplan build` publishes by swapping a whole staged folder into place; the preview cannot,
/// because rewriting every page on each save is what makes a preview slow. Instead each file is
/// written beside its final name and renamed over it, so a request sees either the old page or
/// the new one, never half of one.
struct PreviewOutputFolder {
    let root: URL
    private var madeFolders: Set<String> = []
    private var nextTemporary = 0

    init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Writes `bytes` to `path` (relative, with `/`), replacing any file already there.
    mutating func write(_ path: String, bytes: [UInt8]) throws {
        guard let safe = OutputPath(path) else { throw PublishingError.unsafePath(path) }
        let folder = safe.value.lastIndex(of: "/").map { String(safe.value[..<$0]) } ?? ""
        if !madeFolders.contains(folder) {
            try FileManager.default.createDirectory(atPath: root.path + "/" + folder, withIntermediateDirectories: true)
            madeFolders.insert(folder)
        }
        let final = root.path + "/" + safe.value
        nextTemporary += 1
        // Hidden, and never a name the site itself uses, so a request cannot land on it half written.
        let temporary = root.path + "/" + (folder.isEmpty ? "" : folder + "/")
            + ".openplan-writing-\(getpid())-\(nextTemporary)"
        try Self.writeWhole(bytes, to: temporary, shownAs: path)
        guard rename(temporary, final) == 0 else {
            let code = errno
            unlink(temporary)
            throw PublishingError.cannotWrite(path, code)
        }
    }

    /// Removes the file at `path`, and then any folders it leaves empty, so a deleted page's
    /// address answers "not found" rather than an empty folder. A missing file is not an error.
    mutating func remove(_ path: String) {
        guard let safe = OutputPath(path) else { return }
        unlink(root.path + "/" + safe.value)
        var folder = safe.value
        while let slash = folder.lastIndex(of: "/") {
            folder = String(folder[..<slash])
            // rmdir only removes empty folders: the first one still in use ends the climb.
            guard rmdir(root.path + "/" + folder) == 0 else { break }
            madeFolders.remove(folder)
        }
    }

    private static func writeWhole(_ bytes: [UInt8], to file: String, shownAs path: String) throws {
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublishingError.cannotWrite(path, errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress! + offset, bytes.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                unlink(file)
                throw PublishingError.cannotWrite(path, code)
            }
            offset += count
        }
    }
}
