import Dispatch
import Foundation

extension PreviewServer {
    /// Runs the preview until Ctrl-C (SIGINT) or SIGTERM, then stops cleanly: open event streams
    /// are closed, the temporary preview folder is removed and "Preview stopped." is printed.
    /// A second Ctrl-C while stopping ends the program at once. This is what `openplan serve` calls.
    public func runUntilInterrupted(onReady: @escaping @Sendable (URL) async -> Void = { _ in }) async throws {
        let server = Task { try await run(onReady: onReady) }
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                signal(number, SIG_DFL)
                server.cancel()
            }
            source.resume()
            return source
        }
        defer {
            for source in signals { source.cancel() }
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
        try await withTaskCancellationHandler {
            try await server.value
        } onCancel: {
            server.cancel()
        }
    }
}
