import Foundation
import Markdown

/// Site-root links rendered from a placeholder root, so one rendering serves pages at any depth.
///
/// The placeholder is `./` and the byte 0x02; cmark writes the byte as `%02` in `href` and
/// `src`, so the rendered HTML holds `./%02actions/1-2/` where a page two deep needs
/// `../../actions/1-2/`. A body whose text holds `%02`, the byte itself or a character
/// reference (`&#2;` would turn into the byte) is never shared.
enum PlaceholderRoot {
    static let root = "./\u{2}"

    /// Whether no glossary text could be mistaken for the placeholder: glossary marks go
    /// into bodies rendered from it.
    static func isSafe(_ glossary: [GlossaryEntry]) -> Bool {
        glossary.allSatisfy {
            isSafe($0.term) && isSafe($0.meaning) && isSafe($0.standsFor ?? "") && isSafe($0.anchor)
        }
    }

    static func isSafe(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard let base = b.baseAddress else { return true }
            let n = b.count
            if memchr(base, 2, n) != nil { return false }
            func follows(_ marker: UInt8, _ check: (Int) -> Bool) -> Bool {
                var from = 0
                while from < n, let hit = memchr(base + from, Int32(marker), n - from) {
                    let i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if check(i) { return true }
                    from = i + 1
                }
                return false
            }
            if follows(UInt8(ascii: "%"), { i in i + 2 < n && b[i + 1] == UInt8(ascii: "0") && b[i + 2] == UInt8(ascii: "2") }) {
                return false
            }
            return !follows(UInt8(ascii: "&"), { i in i + 1 < n && b[i + 1] == UInt8(ascii: "#") })
        }
    }

    /// Only the plain `./` and `../../` roots of pages at a known depth: cmark would escape
    /// anything else in a way a straight substitution does not.
    static func canRelocate(to rootPath: String) -> Bool {
        !rootPath.isEmpty && rootPath.utf8.allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }
    }

    static func relocate(_ markdown: RenderedMarkdown, to rootPath: String) -> RenderedMarkdown {
        var out = markdown
        out.segments = markdown.segments.map { segment in
            guard case .html(let html) = segment else { return segment }
            return .html(relocate(html, to: rootPath))
        }
        return out
    }

    static func relocate(_ html: String, to rootPath: String) -> String {
        var html = html
        let root = Array(rootPath.utf8)
        let changed = html.withUTF8 { bytes -> [UInt8]? in
            guard let base = bytes.baseAddress else { return nil }
            var out: [UInt8] = []
            var copied = 0
            var from = 0
            let n = bytes.count
            // Each `%` is a candidate for the `%` of `./%02`.
            while from < n, let hit = memchr(base + from, Int32(UInt8(ascii: "%")), n - from) {
                let p = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                from = p + 1
                guard p >= 2, p + 2 < n, bytes[p - 2] == 46, bytes[p - 1] == 47, bytes[p + 1] == 48, bytes[p + 2] == 50,
                      p - 2 >= copied else { continue }
                if out.isEmpty { out.reserveCapacity(n + 256) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<(p - 2)]))
                out.append(contentsOf: root)
                copied = p + 3
                from = copied
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
            return out
        }
        return changed.map { String(decoding: $0, as: UTF8.self) } ?? html
    }
}
