/// Gives each heading in one body an `id` that is stable across builds and unique in the body,
/// so links such as `#latest-update` keep working when the text around them changes.
struct HeadingIDs {
    private let prefix: String
    private var used: Set<String> = []
    /// The next suffix to try for each base, so a hundred "Update" headings stay linear.
    private var nextSuffix: [String: Int] = [:]

    init(prefix: String) {
        self.prefix = prefix
    }

    /// `prefix + slug`, then `-2`, `-3`… when an earlier heading already has it.
    mutating func next<Bytes: Sequence>(for text: Bytes) -> String where Bytes.Element == UInt8 {
        let base = prefix + Self.slug(text)
        if used.insert(base).inserted { return base }
        var counter = nextSuffix[base, default: 2]
        while true {
            let candidate = "\(base)-\(counter)"
            counter += 1
            if used.insert(candidate).inserted {
                nextSuffix[base] = counter
                return candidate
            }
        }
    }

    /// Lower-case ASCII letters and digits; every other run of characters becomes one hyphen,
    /// with none at either end. Text with no letters or digits gives `section`.
    static func slug<Bytes: Sequence>(_ text: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        var pendingHyphen = false
        for byte in text {
            let kept: UInt8?
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): kept = byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): kept = byte | 0x20
            default: kept = nil
            }
            if let kept {
                if pendingHyphen, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(kept)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }
}
