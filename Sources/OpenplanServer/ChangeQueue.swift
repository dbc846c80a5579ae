import Foundation
import Synchronization
import OpenplanCore

/// Changed paths waiting for the next rebuild.
///
/// Rebuilds run one at a time. Saves that arrive while one is running are gathered here and
/// handed to the next rebuild together, so a burst of saves costs at most one extra rebuild
/// rather than one each.
final class ChangeQueue: Sendable {
    private let pending = Mutex(Set<String>())
    private let signal: AsyncStream<Void>.Continuation
    /// Yields whenever there may be changes to take; several signals collapse into one.
    let signals: AsyncStream<Void>

    init() {
        (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func add(_ paths: Set<String>) {
        guard !paths.isEmpty else { return }
        pending.withLock { $0.formUnion(paths) }
        signal.yield()
    }

    /// Everything changed since the last call.
    func takeAll() -> Set<String> {
        pending.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }

    func finish() {
        signal.finish()
    }
}

/// Which changes need the whole site built again, and which the builder can handle page by page.
enum PreviewChangeScope {
    /// `site.yml` and templates shape every page. A whole watched folder appearing, vanishing
    /// or being reported (after the kernel dropped events) also leaves nothing safe to reuse.
    static func needsFullBuild(_ changed: Set<String>) -> Bool {
        changed.contains { path in
            path == SiteLayout.siteFile || path == SiteLayout.templates || path.hasPrefix(SiteLayout.templates + "/")
                || ContentWatcher.watchedFolders.contains(path)
        }
    }
}
