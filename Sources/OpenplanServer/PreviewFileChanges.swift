import OpenplanCore

/// The files one preview build will write and remove, gathered before anything touches the
/// preview folder, so a build that finds an error can stop with the folder untouched.
struct PreviewFileChanges {
    private var files: [OutputFile] = []
    private(set) var written: Set<String> = []
    private(set) var removed: Set<String> = []

    mutating func write(_ more: [OutputFile]) {
        for file in more where written.insert(file.path).inserted {
            files.append(file)
        }
    }

    /// Removes every file of `before` that the new build does not have.
    mutating func remove(_ before: Set<String>, keeping after: Set<String>) {
        removed = before.subtracting(after).subtracting(written)
    }

    /// Writes first, then removes, in path order, so a folder that still holds a new file is
    /// never removed on the way.
    func apply(to folder: inout PreviewOutputFolder) throws {
        for file in files.sorted(by: { $0.path < $1.path }) {
            try folder.write(file.path, bytes: file.bytes)
        }
        for path in removed.sorted() {
            folder.remove(path)
        }
    }
}
