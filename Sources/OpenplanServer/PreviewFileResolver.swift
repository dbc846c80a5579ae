import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a checked request path into a file inside the preview folder, or refuses it.
///
/// Every candidate is resolved with `realpath`, which follows symlinks, and must land inside the
/// real path of the preview folder: a symlink that points elsewhere is treated as missing.
/// The folder's real path is worked out on every request because a build may swap the folder.
struct PreviewFileResolver: Sendable {
    enum Resolution: Sendable, Equatable {
        /// A regular file inside the preview folder, by its real path.
        case file(String)
        /// A folder asked for without its trailing slash: send the browser to the slash form,
        /// so relative links inside its `index.html` resolve against the folder.
        case addSlash
        case notFound
    }

    var root: URL

    func resolve(_ path: PreviewRequestPath) -> Resolution {
        guard let realRoot = Self.realPath(root.path) else { return .notFound }
        let candidate = ([root.path] + path.segments).joined(separator: "/")
        guard let real = Self.realPath(candidate), Self.isInside(real, root: realRoot) else { return .notFound }
        switch Self.kind(of: real) {
        case .regular:
            return path.endsWithSlash ? .notFound : .file(real)
        case .directory:
            guard path.endsWithSlash else { return .addSlash }
            guard let index = Self.realPath(real + "/index.html"), Self.isInside(index, root: realRoot),
                  Self.kind(of: index) == .regular
            else { return .notFound }
            return .file(index)
        case .other:
            return .notFound
        }
    }

    /// The preview folder's own `404.html`, if the build wrote one.
    func notFoundPage() -> String? {
        guard let realRoot = Self.realPath(root.path),
              let page = Self.realPath(root.path + "/404.html"),
              Self.isInside(page, root: realRoot), Self.kind(of: page) == .regular
        else { return nil }
        return page
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private enum Kind { case regular, directory, other }

    private static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}
