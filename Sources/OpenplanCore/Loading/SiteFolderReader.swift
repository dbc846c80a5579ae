import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists and reads a site's files without ever leaving the site folder.
///
/// A link whose target is outside the site folder is skipped with a warning that names it: on
/// a shared build server, anyone who can edit the content could otherwise publish any file the
/// build can read (`ln -s /etc/passwd Public/x.txt`). A link to a place inside the site is
/// followed, unless that place is hidden (`.git/config` is inside the site, but never content).
/// A folder or file that cannot be read is an error naming it, never an empty folder.
struct SiteFolderReader: Sendable {
    struct Entry: Sendable {
        var name: String
        var isFolder: Bool
        /// Where to open it: the entry itself or, for a link, the real path it leads to.
        var path: String
    }

    struct Listing: Sendable {
        /// Sorted by name, so output never depends on the order the file system keeps.
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        /// False when the folder could not be read; `diagnostics` then says why.
        var isReadable = true
    }

    /// The site folder's real path, which every link's target is compared with.
    let realRoot: String

    init(siteFolder: URL) {
        realRoot = Self.realPath(siteFolder.path) ?? siteFolder.standardizedFileURL.path
    }

    /// One of the site's own folders (`Content`, `Templates`, `Public`): where to read it, or
    /// nil when it is missing or is a link that may not be followed (with a warning saying so).
    func topFolder(_ name: String) -> (path: String?, diagnostics: [Diagnostic]) {
        let path = realRoot + "/" + name
        var info = stat()
        guard lstat(path, &info) == 0 else { return (nil, []) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return (path, [])
        case S_IFLNK:
            switch follow(path, shownAs: name) {
            case .success(let entry): return entry.isFolder ? (entry.path, []) : (nil, [])
            case .failure(let warning): return (nil, [warning])
            }
        default: return (nil, [])
        }
    }

    /// The entries of `folder` (a path on disk), leaving out hidden names, links that lead out
    /// of the site, and anything that is neither a file nor a folder (a pipe would stall the build).
    /// - Parameter shownAs: the folder relative to the site, as messages name it: `Content/actions`.
    func list(_ folder: String, shownAs: String) -> Listing {
        var listing = Listing()
        func unreadable(_ code: Int32) {
            listing.isReadable = false
            listing.entries = []
            listing.diagnostics.append(.about(.error, shownAs,
                "This folder could not be read (\(FileProblem.reason(errno: code))). Openplan stops rather than "
                + "build the site without what is in it. Check that the user who runs openplan can open the folder."))
        }
        guard let dir = opendir(folder) else {
            unreadable(errno)
            return listing
        }
        defer { closedir(dir) }
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { unreadable(errno) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            let shown = shownAs + "/" + name
            // readdir says which entries are files and folders; asking the file system about each
            // of ten thousand files one by one took longer than reading them.
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): listing.entries.append(Entry(name: name, isFolder: true, path: path))
            case Int32(DT_REG): listing.entries.append(Entry(name: name, isFolder: false, path: path))
            default:
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: listing.entries.append(Entry(name: name, isFolder: true, path: path))
                case S_IFREG: listing.entries.append(Entry(name: name, isFolder: false, path: path))
                case S_IFLNK:
                    switch follow(path, shownAs: shown) {
                    case .success(let target): listing.entries.append(Entry(name: name, isFolder: target.isFolder, path: target.path))
                    case .failure(let warning): listing.diagnostics.append(warning)
                    }
                default:
                    listing.diagnostics.append(.about(.warning, shown,
                        "This is neither a file nor a folder (it is a pipe, a socket or a device), so it is ignored."))
                }
            }
        }
        listing.entries.sort { $0.name < $1.name }
        return listing
    }

    private enum Followed {
        case success(Entry)
        /// Not followed, with the warning that says why.
        case failure(Diagnostic)
    }

    /// Where a link leads, if it may be followed; otherwise the warning that says why not.
    private func follow(_ path: String, shownAs shown: String) -> Followed {
        guard let real = Self.realPath(path) else {
            return .failure(.about(.warning, shown, "This is a link to something that does not exist, so it is ignored."))
        }
        guard real.hasPrefix(realRoot + "/") else {
            return .failure(.about(.warning, shown,
                "This is a link to a place outside the site folder, so it is not read or published. "
                + "Copy the file into the site folder if it is meant to be part of the site."))
        }
        if real.dropFirst(realRoot.count + 1).split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            return .failure(.about(.warning, shown,
                "This is a link to a hidden file or folder, so it is not read or published."))
        }
        var info = stat()
        guard stat(real, &info) == 0, [S_IFDIR, S_IFREG].contains(info.st_mode & S_IFMT) else {
            return .failure(.about(.warning, shown, "This is a link to something that is neither a file nor a folder, so it is ignored."))
        }
        return .success(Entry(name: (shown as NSString).lastPathComponent, isFolder: info.st_mode & S_IFMT == S_IFDIR, path: real))
    }

    /// The whole of a regular file, or the reason it could not be read, in plain words.
    ///
    /// Opened without following a link: a listed file swapped for a link before it is read is
    /// refused, not followed out of the site.
    static func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(ReadFailure(reason: FileProblem.reason(errno: errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(ReadFailure(reason: FileProblem.reason(errno: errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(ReadFailure(reason: "it is not an ordinary file")) }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 4096)) }
            let n = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(ReadFailure(reason: FileProblem.reason(errno: errno)))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    struct ReadFailure: Error, Sendable {
        var reason: String
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
