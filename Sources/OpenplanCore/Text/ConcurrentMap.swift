import Dispatch
import Foundation
import Synchronization

/// Maps over an array on every core, keeping results in input order, so that reading
/// thousands of files is fast and the output is still the same on every run.
///
/// The project's way to run independent work side by side: loading, checking each file,
/// rendering the bodies pages share, then the pages, and the live preview's pages use it.
package enum ConcurrentMap {
    package static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input],
                                                       _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let slots = Slots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            slots.set(index, transform(inputs[index]))
        }
        return slots.values()
    }

    /// Runs `body` on every input, on every core, for work that hands its results on as it
    /// goes (a build writes each page as soon as it is made rather than holding them all).
    package static func forEach<Input: Sendable>(_ inputs: [Input], _ body: @Sendable (Input) -> Void) {
        guard inputs.count > 1 else { return inputs.forEach(body) }
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in body(inputs[index]) }
    }
}

/// Results by index, written from many threads; each index is written exactly once.
private final class Slots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: Value) {
        storage.withLock { $0[index] = value }
    }

    func values() -> [Value] {
        storage.withLock { $0.map { $0! } }
    }
}
