import OpenplanCore

/// What the preview currently shows, and who is listening for the next change.
///
/// Every finished build, good or bad, starts a new generation. Pages carry the generation they
/// were served from, so a page can tell on reconnecting whether it has missed a build.
actor PreviewState {
    enum Event: Sendable, Equatable {
        /// Sent first on every connection: the generation the site is at now.
        case hello(generation: Int)
        /// A build succeeded.
        case reload(generation: Int)
        /// A build failed; pages will show the problems.
        case error(generation: Int)

        /// The event in server-sent events format.
        var text: String {
            switch self {
            case .hello(let generation): "event: hello\ndata: \(generation)\n\n"
            case .reload(let generation): "event: reload\ndata: \(generation)\n\n"
            case .error(let generation): "event: error\ndata: \(generation)\n\n"
            }
        }
    }

    private(set) var generation = 0
    /// The problems from the last build, or nil when it succeeded.
    private(set) var problems: [Diagnostic]?
    private var listeners: [Int: AsyncStream<Event>.Continuation] = [:]
    private var nextListener = 0

    func record(_ outcome: PreviewOutcome) {
        generation += 1
        let event: Event
        switch outcome {
        case .built:
            problems = nil
            event = .reload(generation: generation)
        case .failed(let diagnostics):
            problems = diagnostics
            event = .error(generation: generation)
        }
        for listener in listeners.values {
            listener.yield(event)
        }
    }

    /// A stream of events for one browser tab, starting with `hello`.
    func listen() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(8))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in
            Task { await self.stopListening(id) }
        }
        continuation.yield(.hello(generation: generation))
        return stream
    }

    var listenerCount: Int { listeners.count }

    /// Ends every open event stream, so the server can stop without waiting for browsers.
    func closeAll() {
        for listener in listeners.values {
            listener.finish()
        }
        listeners.removeAll()
    }

    private func stopListening(_ id: Int) {
        listeners[id] = nil
    }
}
