import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file every build (and `check --html` review) leaves in its output folder, so a later build knows the folder is its
/// own to replace, and knows to refuse any other folder.
///
/// It is a hidden text file that nothing links to and the sitemap does not list; it says only
/// what it is for, so it is harmless if the web server publishes it.
public enum BuildMarker {
    public static let name = ".openplan-build"

    public static let text = """
        This folder was made by Openplan.
        Openplan replaces what is in it each time, so do not keep your own files here.
        This file tells Openplan that the folder is its own to replace.
        It holds nothing else and is safe to publish.

        """

    /// True when `folder` holds the marker as a regular file (a link named like it does not count).
    static func isPresent(in folder: String) -> Bool {
        var info = stat()
        return lstat(folder + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// True for an output folder built before the marker existed: an `index.html` whose
    /// generator line says Openplan made it, a `404.html`, and none of a site's own folders.
    /// Such a folder gets the marker the next time it is built, so this is needed only once.
    static func looksLikeEarlierBuild(_ folder: String, entries: Set<String>) -> Bool {
        guard entries.contains("index.html"), entries.contains("404.html"),
              entries.isDisjoint(with: SiteLayout.sourceFolders) else { return false }
        guard let handle = FileHandle(forReadingAtPath: folder + "/index.html") else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        return head.contains("<meta name=\"generator\" content=\"Openplan ")
    }
}
