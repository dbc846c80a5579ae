#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Moves every heading tag in an editor's raw HTML down a number of levels (`h2` → `h4`), at
/// most to `h6`, when the site allows raw HTML and the body is placed below other headings.
/// The body's own Markdown headings are given their level in the tree (`MarkdownRenderer`);
/// raw HTML is passed through as written, so this is the one place its tags are looked at.
enum HeadingShift {
    static func shift(_ html: String, by amount: Int) -> String {
        guard amount > 0 else { return html }
        var html = html
        let out = html.withUTF8 { bytes -> [UInt8] in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var copied = 0
            var i = 0
            let count = bytes.count
            while i < count {
                guard bytes[i] == 60, i + 2 < count else { i += 1; continue }
                let closing = bytes[i + 1] == 47
                let h = closing ? i + 2 : i + 1
                if h + 1 < count, bytes[h] == 104 || bytes[h] == 72, (49...54).contains(bytes[h + 1]),
                   h + 2 < count, bytes[h + 2] == 62 || bytes[h + 2] == 32 || bytes[h + 2] == 9 || bytes[h + 2] == 10 {
                    let level = min(6, Int(bytes[h + 1]) - 48 + amount)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<h]))
                    out.append(104)
                    out.append(UInt8(48 + level))
                    i = h + 2
                    copied = i
                    continue
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
            return out
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Prefixes every `id="x"`, `href="#x"` and id reference in `aria-labelledby` and
/// `aria-describedby` in an editor's raw HTML (where the site allows it) with `prefix-`, so two
/// bodies on one page cannot both hold `id="what-we-are-doing"`. The ids and same-page links
/// the renderer writes itself are given their prefix in the tree (`MarkdownRenderer`).
enum IDPrefix {
    static func apply(_ html: String, prefix: String) -> String {
        prefixing(html, with: prefix + "-")
    }

    /// As `apply`, with the prefix exactly as given (`action-1-2-`). One pass over the bytes:
    /// every attribute it changes is followed by `="`, so it jumps from `=` to `=` with
    /// `memchr` and looks behind each one.
    static func prefixing(_ html: String, with prefix: String) -> String {
        let prefixBytes = Array(prefix.utf8)
        var html = html
        let changed = html.withUTF8 { bytes -> [UInt8]? in
            guard let base = bytes.baseAddress else { return nil }
            var out: [UInt8] = []
            var copied = 0
            let n = bytes.count
            func copy(to end: Int) {
                if out.isEmpty { out.reserveCapacity(n + 16 * prefixBytes.count) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
                out.append(contentsOf: prefixBytes)
                copied = end
            }
            func before(_ at: Int, is word: StaticString) -> Bool {
                let count = word.utf8CodeUnitCount
                guard at >= count else { return false }
                return memcmp(base + at - count, word.utf8Start, count) == 0
            }
            var i = 0
            while i < n, let hit = memchr(base + i, Int32(UInt8(ascii: "=")), n - i) {
                let equals = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                i = equals + 1
                guard i < n, bytes[i] == UInt8(ascii: "\"") else { continue }
                if before(equals, is: " id") {
                    i += 1
                    copy(to: i)
                } else if before(equals, is: "href") {
                    guard i + 1 < n, bytes[i + 1] == UInt8(ascii: "#") else { continue }
                    i += 2
                    copy(to: i)
                } else if before(equals, is: "aria-labelledby") || before(equals, is: "aria-describedby") {
                    // An id list: every id in it, up to the closing quote, gets the prefix.
                    i += 1
                    var atStart = true
                    while i < n, bytes[i] != UInt8(ascii: "\"") {
                        if bytes[i] == 32 { atStart = true } else if atStart { copy(to: i); atStart = false }
                        i += 1
                    }
                }
            }
            if copied == 0 { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
            return out
        }
        return changed.map { String(decoding: $0, as: UTF8.self) } ?? html
    }
}
