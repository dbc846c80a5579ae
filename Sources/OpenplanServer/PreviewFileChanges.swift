import OpenplanCore

/// The files one preview build will write and remove, gathered before anything touches the
/// preview folder, so a build that finds an error can stop with the folder untouched.
///
/// A file whose new bytes match what the folder already holds is not written again: most
/// pages a save re-renders come out the same (a bulletin's neighbours, the whole-plan report),
/// and leaving them alone keeps each save's writing to the few files that really changed.
struct PreviewFileChanges {
    /// What the preview folder holds now, by path.
    let known: [String: PreviewFingerprint]
    private var files: [OutputFile] = []
    /// Every file this build made, changed or not.
    private(set) var produced: [String: PreviewFingerprint] = [:]
    private(set) var written: Set<String> = []
    private(set) var removed: Set<String> = []

    init(known: [String: PreviewFingerprint]) {
        self.known = known
    }

    mutating func write(_ more: [OutputFile]) {
        for file in more where produced[file.path] == nil {
            let fingerprint = PreviewFingerprint(file.bytes)
            produced[file.path] = fingerprint
            if known[file.path] != fingerprint {
                files.append(file)
                written.insert(file.path)
            }
        }
    }

    /// Removes every file of `before` that the new build does not have.
    mutating func remove(_ before: Set<String>, keeping after: Set<String>) {
        removed = before.subtracting(after).subtracting(produced.keys)
    }

    /// What the folder holds once these changes are applied.
    var fingerprintsAfter: [String: PreviewFingerprint] {
        known.filter { !removed.contains($0.key) }.merging(produced) { _, new in new }
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

/// Enough of a file's bytes to tell whether a new version differs: its length and a hash.
/// Kept only in memory for as long as the preview runs, never written anywhere.
struct PreviewFingerprint: Sendable, Hashable {
    var count: Int
    var hash: Int

    init(_ bytes: [UInt8]) {
        count = bytes.count
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hash = hasher.finalize()
    }
}
