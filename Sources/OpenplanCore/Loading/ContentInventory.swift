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

    static func scan(contentFolder: URL) -> ContentInventory {
        var inventory = ContentInventory()
        let knownTop = Set(ContentKind.allCases.compactMap { $0.fileName ?? $0.folder })
        let folderPath = contentFolder.path
        for (name, isFolder) in listing(folderPath) {
            let filePath = folderPath + "/" + name
            let path = SiteLayout.inContent(name)
            if let kind = ContentKind.allCases.first(where: { $0.fileName == name }), !isFolder {
                inventory.entries.append(Entry(kind: kind, filePath: filePath, path: path, stem: kind.rawValue))
            } else if let kind = ContentKind.folderKinds.first(where: { $0.folder == name }), isFolder {
                inventory.scanFolder(filePath, kind: kind)
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

    private mutating func scanFolder(_ folder: String, kind: ContentKind) {
        let folderName = SiteLayout.folder(kind)
        for (name, isFolder) in Self.listing(folder) {
            let path = SiteLayout.file(kind, named: name)
            if isFolder {
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
            entries.append(Entry(kind: kind, filePath: folder + "/" + name, path: path, stem: stem))
        }
    }

    /// Names in a folder, sorted, leaving out dotfiles (`.DS_Store`, editor swap files), and
    /// whether each is a folder. Read with `readdir`, whose entries say which are folders:
    /// asking the file system about each of ten thousand files one by one took longer than
    /// reading them.
    private static func listing(_ folder: String) -> [(name: String, isFolder: Bool)] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var found: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let isFolder: Bool
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): isFolder = true
            case Int32(DT_UNKNOWN), Int32(DT_LNK): isFolder = isDirectory(URL(fileURLWithPath: folder + "/" + name))
            default: isFolder = false
            }
            found.append((name, isFolder))
        }
        return found.sorted { $0.name < $1.name }
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
