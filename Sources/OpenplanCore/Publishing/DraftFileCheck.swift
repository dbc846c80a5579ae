import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides whether `openplan bulletin --output FILE` may write FILE: a new file, or a draft
/// email Openplan wrote before. Never another file (`--output Content/site.yml` would replace
/// the site's settings with an email), a folder or a link, and never inside the site's
/// `Content/`, `Templates/` or `Public/` (a draft there would be read as content or published).
public enum DraftFileCheck {
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Throws: `Refusal`, saying why and what to do instead.
    public static func check(file: URL, siteFolder: URL) throws {
        let path = file.standardizedFileURL.path
        let site = OutputFolderCheck.realPath(siteFolder.path) ?? siteFolder.path
        let target = OutputFolderCheck.resolved(path)
        for part in SiteLayout.sourceFolders {
            let places = Set([site + "/" + part, OutputFolderCheck.realPath(site + "/" + part)].compactMap { $0 })
            if places.contains(where: { OutputFolderCheck.isInside(target, $0) }) {
                throw Refusal(description: "\(path) is inside the site's \(part) folder, where a draft email would be "
                    + "read as content or published. Write it somewhere else, such as the site folder itself.")
            }
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFREG where isEarlierDraft(path): return
        case S_IFREG:
            throw Refusal(description: "\(path) is already there and is not a draft email written by Openplan, "
                + "so it is not replaced. Choose a new file name, such as one ending in .eml.")
        case S_IFDIR:
            throw Refusal(description: "\(path) is a folder. Give a file name for the draft, such as \(path)/draft.eml.")
        default:
            throw Refusal(description: "\(path) is a link or a special file, so it is not replaced. Choose a new file name.")
        }
    }

    /// A draft from `EmailDraft`: its Message-ID is at openplan.invalid and it is marked unsent.
    static func isEarlierDraft(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        return head.contains("@openplan.invalid>\r\n") && head.contains("\r\nX-Unsent: 1\r\n")
    }
}
