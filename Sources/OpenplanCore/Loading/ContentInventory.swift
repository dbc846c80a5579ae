import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every content file a site has, found by looking at `Content/` once, in sorted order so
/// that output and "which file came first" never depend on the file system.
struct ContentInventory: Sendable {
    struct Entry: Sendable {
        var kind: ContentKind
        /// Where the file is on disk.
        var filePath: String
        /// Relative to the site folder: `Content/actions/1.2.md`.
        var path: String
        /// The file name without its extension: the default id.
        var stem: String

        var url: URL { URL(fileURLWithPath: filePath) }

        init(kind: ContentKind, filePath: String, path: String, stem: String) {
            self.kind = kind
            self.filePath = filePath
            self.path = path
            self.stem = stem
        }

        init(kind: ContentKind, url: URL, path: String, stem: String) {
            self.init(kind: kind, filePath: url.path, path: path, stem: stem)
        }
    }

    var entries: [Entry] = []
    /// Files and folders openplan does not read, reported so a misnamed one is noticed.
    var diagnostics: [Diagnostic] = []
    var hasSiteFile: Bool { entries.contains { $0.kind == .site } }

    /// Folders and files that could not be read: the plan cannot be judged without them.
    var unreadable: [String] = []

    /// - Parameter contentFolder: where `Content` is on disk (its real path when it is a link).
    static func scan(contentFolder: String, reader: SiteFolderReader) -> ContentInventory {
        var inventory = ContentInventory()
        let knownTop = Set(ContentKind.allCases.compactMap { $0.fileName ?? $0.folder })
        let listing = inventory.take(reader.list(contentFolder, shownAs: SiteLayout.content), shownAs: SiteLayout.content)
        for item in listing {
            let name = item.name
            let path = SiteLayout.inContent(name)
            if let kind = ContentKind.allCases.first(where: { $0.fileName == name }), !item.isFolder {
                inventory.entries.append(Entry(kind: kind, filePath: item.path, path: path, stem: kind.rawValue))
            } else if let kind = ContentKind.folderKinds.first(where: { $0.folder == name }), item.isFolder {
                inventory.scanFolder(item.path, kind: kind, reader: reader)
            } else {
                let suggestion = Suggestion.closest(to: name, in: knownTop.sorted()).map { " Did you mean \"\($0)\"?" } ?? ""
                inventory.diagnostics.append(.warning(path,
                    "openplan does not read \"\(name)\" in the Content folder, so it is ignored.\(suggestion) "
                    + "It reads site.yml, people.yml, glossary.yml and the folders priorities, actions, measures, "
                    + "feedback, bulletins and pages. Pictures and downloads belong in the Public folder."))
            }
        }
        return inventory
    }

    /// Keeps a listing's warnings and errors, and notes the folder when it could not be read.
    private mutating func take(_ listing: SiteFolderReader.Listing, shownAs: String) -> [SiteFolderReader.Entry] {
        diagnostics += listing.diagnostics
        if !listing.isReadable { unreadable.append(shownAs) }
        return listing.entries
    }

    private mutating func scanFolder(_ folder: String, kind: ContentKind, reader: SiteFolderReader) {
        let folderName = SiteLayout.folder(kind)
        for item in take(reader.list(folder, shownAs: folderName), shownAs: folderName) {
            let name = item.name
            let path = SiteLayout.file(kind, named: name)
            if item.isFolder {
                diagnostics.append(.warning(path,
                    "Folders inside \(folderName) are not read, so \"\(name)\" and everything in it is ignored. "
                    + "Put each \(kind.noun) file directly in \(folderName)."))
                continue
            }
            let ext = (name as NSString).pathExtension
            guard ext.lowercased() == kind.fileExtension else {
                diagnostics.append(.warning(path,
                    "openplan only reads .\(kind.fileExtension) files in \(folderName), so \"\(name)\" is ignored."
                    + (ext.isEmpty ? "" : " Rename it to end in .\(kind.fileExtension) if it is meant to be read.")))
                continue
            }
            let stem = String(name.dropLast(ext.count + 1))
            entries.append(Entry(kind: kind, filePath: item.path, path: path, stem: stem))
        }
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
