import Foundation

/// The entries of one folder, read without following symlinks into other folders, so a link
/// that points back up the tree cannot make a watcher or a scan loop for ever.
enum FolderListing {
    struct Entry {
        var name: String
        var isFolder: Bool
    }

    /// Sorted by name, so scans see files in the same order every time.
    static func entries(of path: String) -> [Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        return names.sorted().map { name in
            var info = stat()
            let isFolder = lstat(path + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            return Entry(name: name, isFolder: isFolder)
        }
    }
}
