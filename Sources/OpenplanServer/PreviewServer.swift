import Foundation
import Hummingbird

/// `openplan serve`: builds the site into a preview folder of its own, serves it, and rebuilds
/// what a save affects, telling open pages to reload.
///
/// The preview folder is separate from the site's `_site/`, so previewing never touches what
/// `build` publishes, and the live reload script is added to pages only as they are served.
/// Problems in the content never stop the server: pages show them until the next good save.
public struct PreviewServer: Sendable {
    public let siteFolder: URL
    public let host: String
    public let port: Int
    let builder: any PreviewBuilding
    let outputFolder: URL?
    let log: @Sendable (String) -> Void
    var watcher: ContentWatcher

    /// - Parameters:
    ///   - siteFolder: the folder holding `Content/` (and optionally `Templates/`, `Public/`).
    ///   - host: the address to listen on; the default keeps the preview to this computer.
    ///   - port: the port to listen on; 0 picks a free one (the address is passed to `onReady`).
    ///   - builder: renders the site into the preview folder.
    ///   - outputFolder: where to build the preview; by default a new temporary folder, removed
    ///     when the server stops. A folder given here is left in place.
    ///   - log: receives every line meant for the terminal.
    public init(
        siteFolder: URL,
        host: String = "127.0.0.1",
        port: Int = 8000,
        builder: some PreviewBuilding,
        outputFolder: URL? = nil,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.host = host
        self.port = port
        self.builder = builder
        self.outputFolder = outputFolder
        self.log = log
        watcher = ContentWatcher(siteFolder: self.siteFolder)
    }

    /// Builds, serves and watches until the surrounding task is cancelled.
    public func run() async throws {
        try await run(onReady: { _ in })
    }

    /// Like `run()`, calling `onReady` with the preview's address once the server is listening
    /// and the first build is done (so a port of 0 can be used, and the real one learnt here).
    public func run(onReady: @escaping @Sendable (URL) async -> Void) async throws {
        let folder = try outputFolder ?? Self.makeTemporaryFolder()
        defer {
            if outputFolder == nil { try? FileManager.default.removeItem(at: folder) }
        }
        let state = PreviewState()
        let queue = ChangeQueue()
        // Watch before the first build, so a save made while it runs is not lost.
        let changes = watcher.changes()

        log("Building the preview of \(siteFolder.path) …")
        await build(changed: nil, into: folder, state: state)

        let app = makeApplication(folder: folder, state: state, onReady: onReady)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await batch in changes { queue.add(batch) }
                }
                group.addTask {
                    for await _ in queue.signals {
                        let batch = queue.takeAll()
                        if !batch.isEmpty { await build(changed: batch, into: folder, state: state) }
                    }
                }
                group.addTask {
                    defer { queue.finish() }
                    try await app.run()
                }
                // Whichever part ends first (normally because the task was cancelled) ends the rest.
                defer { group.cancelAll() }
                try await group.next()
                group.cancelAll()
                // The server failing to listen also ends the rebuild loop, which may be seen to
                // end first: wait for every part, so that failure is still thrown, not lost.
                while try await group.next() != nil {}
            }
        } catch {
            // Being cancelled is the normal way to stop; anything else is a real failure.
            await state.closeAll()
            if error is CancellationError || Task.isCancelled {
                log("Preview stopped.")
                return
            }
            throw PreviewServerError.cannotServe(host: host, port: port, reason: String(describing: error))
        }
        await state.closeAll()
        log("Preview stopped.")
    }

    private func makeApplication(
        folder: URL,
        state: PreviewState,
        onReady: @escaping @Sendable (URL) async -> Void
    ) -> some ApplicationProtocol {
        let host = host
        let log = log
        var app = Application(
            responder: PreviewResponder(resolver: PreviewFileResolver(root: folder), state: state),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let boundPort = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                let address = URL(string: "http://\(shownHost):\(boundPort)/")!
                log("Preview running at \(address.absoluteString) (press Ctrl-C to stop).")
                await onReady(address)
            }
        )
        // Hummingbird's own notices would repeat what we print, and stopping by cancellation
        // makes it log the cancellation as an error. Failures to listen are thrown, not logged.
        app.logger.logLevel = .critical
        return app
    }

    private static func makeTemporaryFolder() throws -> URL {
        var template = Array((FileManager.default.temporaryDirectory.path + "/openplan-preview-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw PreviewServerError.cannotCreateFolder(FileManager.default.temporaryDirectory.path)
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }
}

/// Why the preview could not start or keep running, in words for the person who typed the command.
public enum PreviewServerError: Error, CustomStringConvertible, LocalizedError {
    case cannotServe(host: String, port: Int, reason: String)
    case cannotCreateFolder(String)

    public var description: String {
        switch self {
        case .cannotServe(let host, let port, let reason):
            if reason.localizedCaseInsensitiveContains("address already in use") {
                return "The preview could not start: port \(port) on \(host) is already in use. "
                    + "Stop the other program using it, or choose another port with --port."
            }
            return "The preview could not listen on \(host) port \(port): \(reason)"
        case .cannotCreateFolder(let parent):
            return "The preview could not create a temporary folder in \(parent) to build into."
        }
    }

    public var errorDescription: String? { description }
}
