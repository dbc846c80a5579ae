import Dispatch
import Foundation
import Synchronization

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

extension PreviewServer {
    /// `runUntilInterrupted` for a synchronous caller, such as a command whose `run()` is not
    /// `async`: blocks the calling thread until the preview stops. Never call it from async code,
    /// where blocking a thread can starve the tasks the server itself needs.
    public func runBlockingUntilInterrupted(onReady: @escaping @Sendable (URL) async -> Void = { _ in }) throws {
        let finished = DispatchSemaphore(value: 0)
        let outcome = OutcomeBox()
        Task.detached {
            do {
                try await runUntilInterrupted(onReady: onReady)
                outcome.set(.success(()))
            } catch {
                outcome.set(.failure(error))
            }
            finished.signal()
        }
        finished.wait()
        try outcome.get()
    }
}

/// Carries the result of the server's task back to the blocked thread.
private final class OutcomeBox: Sendable {
    private let result = Mutex<Result<Void, any Error>>(.success(()))
    func set(_ value: Result<Void, any Error>) { result.withLock { $0 = value } }
    func get() throws { try result.withLock { $0 }.get() }
}
