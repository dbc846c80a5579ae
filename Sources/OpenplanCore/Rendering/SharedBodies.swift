import Foundation
import Markdown

/// Action bodies rendered once for two pages: each action's own page renders its body and
/// leaves a copy here, finished for the whole-plan page (links from that page's root, headings
/// and ids as placed there, no glossary term marked); the whole-plan page then takes that copy
/// instead of parsing the body again. On a large plan the whole-plan page was otherwise as
/// much work as all the action pages together, on one thread.
///
/// The whole-plan page starts early, with the other pages built from the whole plan; when it
/// comes to an action whose page no thread has started yet, it renders that page itself
/// (`prepare`), so it never waits long and no page is rendered twice.
///
/// A copy is used only where it is exactly what rendering would give: the body is the same
/// text, the page has already marked every glossary term the body contains (so rendering it
/// there would mark nothing), and nothing in the body or glossary could be mistaken for the
/// placeholder. Anything else is rendered as usual.
final class SharedBodies: @unchecked Sendable {
    struct Entry {
        var text: String
        var firstLine: Int
        var file: String
        var placement: PageContext.BodyPlacement
        /// Already relocated to the placement's root. Its segments are dropped once `finished`
        /// holds the whole HTML; its links and headings stay, for the link checks.
        var unmarked: RenderedMarkdown
        var finished: String?
        var termsPresent: Set<String>
    }

    private let lock = NSCondition()
    private var entries: [String: Entry] = [:]
    /// How many stored bodies were used, for tests.
    private(set) var usedCount = 0
    /// The actions whose pages this render writes, and whether each has been started
    /// (false) or finished (true).
    private var claimable: Set<ItemID> = []
    private var started: [ItemID: Bool] = [:]

    /// Sharing is on only for a render that writes both action pages and the whole-plan page;
    /// `actions` are the actions whose pages it writes.
    func begin(actions: Set<ItemID>) {
        lock.lock(); claimable = actions; started = [:]; entries = [:]; lock.unlock()
    }

    func end() {
        lock.lock(); claimable = []; started = [:]; entries = [:]; lock.unlock()
    }

    var isEnabled: Bool { lock.lock(); defer { lock.unlock() }; return !claimable.isEmpty }

    enum Claim { case mine, taken, notShared }

    /// Whoever claims an action's page first renders it: its own job, or the whole-plan page
    /// when it needs the body before that job has started. Nobody renders a page twice.
    func claim(_ id: ItemID) -> Claim {
        lock.lock(); defer { lock.unlock() }
        guard claimable.contains(id) else { return .notShared }
        if started[id] != nil { return .taken }
        started[id] = false
        return .mine
    }

    /// Called when a claimed action page is done, stored body or not.
    func finish(_ id: ItemID) {
        lock.lock(); started[id] = true; lock.broadcast(); lock.unlock()
    }

    /// Waits until the action's page, started by another thread, is done. Returns at once for
    /// an action no one has claimed or that is not shared.
    func waitUntilDone(_ id: ItemID) {
        lock.lock(); defer { lock.unlock() }
        while started[id] == false { lock.wait() }
    }

    /// What the whole-plan page does before it takes an action's body: make sure the action's
    /// page has been rendered, rendering it here with `render` if no thread has started it.
    func prepare(_ id: ItemID, render: ((ItemID) -> Void)?) {
        guard let render else { return waitUntilDone(id) }
        switch claim(id) {
        case .mine: render(id)
        case .taken: waitUntilDone(id)
        case .notShared: break
        }
    }

    func store(_ entry: Entry) {
        lock.lock(); defer { lock.unlock() }
        guard !claimable.isEmpty else { return }
        entries[entry.file] = entry
    }

    /// The stored copy of `source`, removed (each is used once), if it is still the same text.
    func take(_ source: MarkdownSource) -> Entry? {
        lock.lock(); defer { lock.unlock() }
        guard let entry = entries.removeValue(forKey: source.file), entry.text == source.text,
              entry.firstLine == source.firstLine else { return nil }
        usedCount += 1
        return entry
    }
}

/// Site-root links rendered from a placeholder root, so one rendering serves pages at any depth.
///
/// The placeholder is `./` and the byte 0x02; cmark writes the byte as `%02` in `href` and
/// `src`, so the rendered HTML holds `./%02actions/1-2/` where a page two deep needs
/// `../../actions/1-2/`. A body whose text holds `%02`, the byte itself or a character
/// reference (`&#2;` would turn into the byte) is never shared.
enum PlaceholderRoot {
    static let root = "./\u{2}"

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
