/// The result of reading something that may fail with one content problem. Like `Result`,
/// but the failure is a `Diagnostic`, which is a report rather than a thrown error.
enum Outcome<Value: Sendable>: Sendable {
    case success(Value)
    case failure(Diagnostic)
}
