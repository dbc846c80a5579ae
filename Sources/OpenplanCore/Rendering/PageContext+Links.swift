import Foundation
import Markdown

/// Links editors write from the site root (`/actions/1-2/`), made relative to the page and
/// checked against what the build publishes.
extension PageContext {
    func publishedFolder(_ path: String) -> String? { site.outline.publishedFolder(path) }

    /// - Parameter root: what stands for the way up to the site root; this page's own by default.
    func rewrite(_ destination: String, root: String? = nil) -> String {
        guard let link = SiteLink(destination) else { return flavour.isWeb ? destination : absolute(destination) }
        let target = publishedFolder(link.path) ?? link.path
        if let root { return root + target + link.suffix }
        return href(target) + link.suffix
    }

    /// Warns about site-root links to pages or files the build does not publish, and notes
    /// links with a `#fragment` so the anchor can be checked once every page is rendered.
    func checkLinks(_ links: [(String, TextPosition)], in source: MarkdownSource) {
        for (destination, position) in links {
            let line = source.location(of: position).line
            if destination.hasPrefix("#") {
                anchors.append(PendingAnchor(file: source.file, line: line, column: position.column,
                                             folder: path.folder, fragment: String(destination.dropFirst()), written: destination))
                continue
            }
            guard let link = SiteLink(destination) else { continue }
            if let folder = publishedFolder(link.path) {
                if !link.fragment.isEmpty {
                    anchors.append(PendingAnchor(file: source.file, line: line, column: position.column,
                                                 folder: folder, fragment: link.fragment, written: destination))
                }
            } else if !site.outline.files.contains(link.path) {
                diagnostics.append(.warning(source.file, line: line, column: position.column,
                    "The link “\(destination)” does not go to any page of this site. Links to other pages start with / and use the page's address, for example /actions/1-2/ or /measures/."))
            }
        }
    }
}

/// The `id` attributes in a page, for checking `#fragment` links.
enum AnchorScan {
    /// Every page is scanned, so this jumps from `=` to `=` with `memchr` and only then
    /// checks for ` id="` around it.
    static func ids(in html: [UInt8]) -> Set<String> {
        var ids = Set<String>()
        html.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            let n = b.count
            // The next place an ` id="` may start; its `=` is 3 bytes further on.
            var start = 0
            while start + 5 < n {
                let from = start + 3
                guard let hit = memchr(base + from, 61, n - from) else { break }
                let k = from + (UnsafeRawPointer(hit) - UnsafeRawPointer(base + from))
                guard k + 2 < n else { break }
                if b[k - 3] == 32, b[k - 2] == 105, b[k - 1] == 100, b[k + 1] == 34 {
                    var j = k + 2
                    while j < n && b[j] != 34 { j += 1 }
                    ids.insert(String(decoding: UnsafeBufferPointer(rebasing: b[(k + 2)..<j]), as: UTF8.self))
                    start = j + 1
                } else {
                    start = k - 2
                }
            }
        }
        return ids
    }
}
