import Foundation
import Synchronization

/// What each bulletin shows, worked out once per build: the plan as it stood on its date,
/// the changes since the bulletin before, and its body in the email flavour. A bulletin's web
/// page, its two emails and its entries in two feeds all ask for these; on a large plan a
/// snapshot or a change log walks every action, and working each out once per output was a
/// good share of the whole build.
final class BulletinMoments: Sendable {
    private let snapshots = Memo<Day, Plan>()
    private let changeLogs = Memo<ChangeLog.Period, ChangeLog>()
    private let emailBodies = Memo<String, String>()

    func snapshot(of plan: Plan, on day: Day) -> Plan {
        snapshots.value(for: day) { plan.snapshot(on: day) }
    }

    func changes(in plan: Plan, period: ChangeLog.Period, asOf: Day) -> ChangeLog {
        changeLogs.value(for: period) { ChangeLog(plan: plan, period: period, asOf: asOf) }
    }

    /// Keyed by the bulletin's id and the base URL its links are made absolute with.
    func emailBody(_ bulletin: Bulletin, baseURL: String, make: () -> String) -> String {
        emailBodies.value(for: bulletin.id.raw + "\n" + baseURL, make)
    }
}

/// A value per key, made at most once per key that is asked for by one thread at a time.
/// The value is made outside the lock, so different keys are made side by side; when two
/// threads race for the same key both make the same value and the first one kept wins.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])

    func value(for key: Key, _ make: () -> Value) -> Value {
        if let known = values.withLock({ $0[key] }) { return known }
        // Made outside the lock: making one value may ask for another.
        let made = make()
        return values.withLock { values in
            if let known = values[key] { return known }
            values[key] = made
            return made
        }
    }
}
