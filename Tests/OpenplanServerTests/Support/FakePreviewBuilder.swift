import Foundation
import OpenplanCore
@testable import OpenplanServer

/// Stands in for the real pipeline so the server can be tested on its own.
///
/// Each `Content/**/*.md` file becomes `<path without Content/ and .md>/index.html` holding the
/// file's text; `Public/` is copied; `404.html` and a home page are written. A line containing
/// `BROKEN` makes the build fail with a diagnostic at that line and column, whose message holds
/// characters that must be escaped in HTML. Every call is recorded so tests can see whether the
/// server asked for a full build or a partial one.
actor FakePreviewBuilder: PreviewBuilding {
    enum Call: Equatable, Sendable {
        case buildAll
        case rebuild(Set<String>)
    }

    let siteFolder: URL
    private(set) var calls: [Call] = []
    /// While set, `rebuild` waits for `release()` before building, so tests can queue saves.
    private var holdRebuilds = false
    private var waitingForRelease: [CheckedContinuation<Void, Never>] = []
    private(set) var rebuildsStarted = 0

    init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    func buildAll(into folder: URL) async -> PreviewOutcome {
        calls.append(.buildAll)
        return render(Self.files(under: siteFolder, in: "Content"), publicFiles: Self.files(under: siteFolder, in: "Public"), into: folder)
    }

    func rebuild(changed: Set<String>, into folder: URL) async -> PreviewOutcome {
        calls.append(.rebuild(changed))
        rebuildsStarted += 1
        if holdRebuilds {
            await withCheckedContinuation { waitingForRelease.append($0) }
        }
        let content = changed.filter { $0.hasPrefix("Content/") && $0.hasSuffix(".md") }
        let publicFiles = changed.filter { $0.hasPrefix("Public/") }
        return render(content.sorted(), publicFiles: publicFiles.sorted(), into: folder)
    }

    func hold() { holdRebuilds = true }

    func release() {
        holdRebuilds = false
        for waiting in waitingForRelease { waiting.resume() }
        waitingForRelease.removeAll()
    }

    private func render(_ content: [String], publicFiles: [String], into folder: URL) -> PreviewOutcome {
        let manager = FileManager.default
        var problems: [Diagnostic] = []
        var pages: [(String, String)] = []
        for file in content {
            guard let text = try? String(contentsOf: siteFolder.appendingPathComponent(file), encoding: .utf8) else {
                continue  // deleted
            }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let broken = line.range(of: "BROKEN") {
                    let column = line.distance(from: line.startIndex, to: broken.lowerBound) + 1
                    problems.append(.error(file, line: index + 1, column: column, "The word <BROKEN> & friends is not allowed here."))
                }
            }
            let page = String(file.dropFirst("Content/".count).dropLast(".md".count))
            let body = text.replacingOccurrences(of: "<", with: "&lt;")
            pages.append((page + "/index.html", "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><title>\(page)</title></head><body><main><pre>\(body)</pre></main></body></html>\n"))
        }
        guard problems.isEmpty else { return .failed(problems) }
        pages.append(("index.html", "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><title>Home</title></head><body><h1>Home</h1></body></html>\n"))
        pages.append(("404.html", "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><title>Not found</title></head><BODY><h1>This site has no such page</h1></BODY></html>\n"))
        for (path, html) in pages {
            let target = folder.appendingPathComponent(path)
            try? manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? html.write(to: target, atomically: true, encoding: .utf8)
        }
        for file in publicFiles {
            let target = folder.appendingPathComponent(String(file.dropFirst("Public/".count)))
            try? manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: target)
            try? manager.copyItem(at: siteFolder.appendingPathComponent(file), to: target)
        }
        return .built(pagesWritten: pages.count)
    }

    /// Files under `site/top`, as paths relative to the site folder, sorted.
    static func files(under site: URL, in top: String) -> [String] {
        let root = site.appendingPathComponent(top).path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let next = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + next, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(top + "/" + next)
            }
        }
        return found.sorted()
    }
}
