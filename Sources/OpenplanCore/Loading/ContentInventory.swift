import Foundation

/// Every content file a site has, found by looking at `Content/` once, in sorted order so
/// that output and "which file came first" never depend on the file system.
struct ContentInventory: Sendable {
    struct Entry: Sendable {
        var kind: ContentKind
        var url: URL
        /// Relative to the site folder: `Content/actions/1.2.md`.
        var path: String
        /// The file name without its extension: the default id.
        var stem: String
    }

    var entries: [Entry] = []
    /// Files and folders openplan does not read, reported so a misnamed one is noticed.
    var diagnostics: [Diagnostic] = []
    var hasSiteFile: Bool { entries.contains { $0.kind == .site } }

    static func scan(contentFolder: URL) -> ContentInventory {
        var inventory = ContentInventory()
        let knownTop = Set(ContentKind.allCases.compactMap { $0.fileName ?? $0.folder })
        for name in listing(contentFolder) {
            let url = contentFolder.appendingPathComponent(name)
            let isFolder = isDirectory(url)
            let path = "Content/" + name
            if let kind = ContentKind.allCases.first(where: { $0.fileName == name }), !isFolder {
                inventory.entries.append(Entry(kind: kind, url: url, path: path, stem: kind.rawValue))
            } else if let kind = ContentKind.folderKinds.first(where: { $0.folder == name }), isFolder {
                inventory.scanFolder(url, kind: kind)
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

    private mutating func scanFolder(_ folder: URL, kind: ContentKind) {
        let folderName = kind.folder!
        for name in Self.listing(folder) {
            let url = folder.appendingPathComponent(name)
            let path = "Content/\(folderName)/\(name)"
            if Self.isDirectory(url) {
                diagnostics.append(.warning(path,
                    "Folders inside Content/\(folderName) are not read, so \"\(name)\" and everything in it is ignored. "
                    + "Put each \(kind.noun) file directly in Content/\(folderName)."))
                continue
            }
            let ext = (name as NSString).pathExtension
            guard ext.lowercased() == kind.fileExtension else {
                diagnostics.append(.warning(path,
                    "openplan only reads .\(kind.fileExtension) files in Content/\(folderName), so \"\(name)\" is ignored."
                    + (ext.isEmpty ? "" : " Rename it to end in .\(kind.fileExtension) if it is meant to be read.")))
                continue
            }
            let stem = String(name.dropLast(ext.count + 1))
            entries.append(Entry(kind: kind, url: url, path: path, stem: stem))
        }
    }

    /// Names in a folder, sorted, leaving out dotfiles (`.DS_Store`, editor swap files).
    private static func listing(_ folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
