import Dispatch
import Foundation

/// Maps over an array on every core, keeping results in input order, so that reading
/// thousands of files is fast and the output is still the same on every run.
///
/// The project's way to run independent work side by side: loading, checking each file, and
/// the live preview's pages use it. (Whole builds render through `RenderRun`, which shares
/// each action's body between its page and the whole-plan page as they are made.)
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
}

/// Results by index, written from many threads; each index is written exactly once.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
