import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides, before anything is built, whether the output folder may be replaced.
///
/// A build replaces its whole output folder, so pointing `--output` at the wrong place would
/// lose files. Only a folder that is missing, empty, or a previous Openplan build (it holds the
/// `BuildMarker`) is replaced; the site folder, anything that holds it, its own `Content/`,
/// `Templates/` and `Public/` (or anything inside them), a file and a link never are.
public enum OutputFolderCheck {
    /// - Returns: true when the folder was recognised as an earlier build by its shape alone
    ///   (made before builds left the marker), so the caller can say so once.
    /// - Throws: `OutputFolderError` saying why the folder is refused and what to do instead.
    @discardableResult
    public static func check(output: URL, siteFolder: URL) throws -> Bool {
        let shown = output.path
        var info = stat()
        let exists = lstat(shown, &info) == 0
        if exists, info.st_mode & S_IFMT == S_IFLNK {
            throw OutputFolderError.isLink(shown, target: realPath(shown) ?? "a missing place")
        }
        let site = realPath(siteFolder.path) ?? siteFolder.path
        let target = resolved(shown)
        if target == site { throw OutputFolderError.isSiteFolder(shown) }
        if isInside(site, target) { throw OutputFolderError.holdsSite(shown, site: siteFolder.path) }
        for part in SiteLayout.sourceFolders {
            // The folder as named in the site, and where it really is if it is a link.
            let places = Set([site + "/" + part, realPath(site + "/" + part)].compactMap { $0 })
            if places.contains(where: { isInside(target, $0) || isInside($0, target) }) {
                throw OutputFolderError.insideSitePart(shown, part: part, site: siteFolder.path)
            }
        }
        guard exists else { return false }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw OutputFolderError.isFile(shown, site: siteFolder.path) }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: shown)
        } catch {
            throw OutputFolderError.unreadable(shown, reason: FileProblem.reason(for: error))
        }
        if entries.isEmpty || BuildMarker.isPresent(in: shown) { return false }
        if BuildMarker.looksLikeEarlierBuild(shown, entries: Set(entries)) { return true }
        throw OutputFolderError.notABuild(shown, examples: Array(entries.sorted().prefix(3)))
    }

    /// True when `path` is `folder` or lies inside it (both real paths).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        if folder == "/" { return true }
        return path == folder || path.hasPrefix(folder + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path of `path`, which may not exist yet: its nearest existing parent resolved,
    /// with the missing names added back.
    static func resolved(_ path: String) -> String {
        var head = URL(fileURLWithPath: path).standardizedFileURL
        var tail: [String] = []
        while head.path != "/" {
            if let real = realPath(head.path) {
                return ([real == "/" ? "" : real] + tail.reversed()).joined(separator: "/")
            }
            tail.append(head.lastPathComponent)
            head = head.deletingLastPathComponent()
        }
        return "/" + tail.reversed().joined(separator: "/")
    }
}
