/// Numbers as readers see them, without `NumberFormatter` (whose output depends on the
/// machine's locale and would make builds differ): `62,000`, `12.5%`, `£1,200`, `97 weeks`.
///
/// Values are rounded to at most two decimal places and trailing zeros are dropped, except
/// for money with pence, which always shows two (`£1,200.50`).
public enum NumberText {
    /// `62000` → `62,000`; `12.345` → `12.35`; `-3` → `-3`.
    public static func grouped(_ value: Double, maxDecimals: Int = 2, minDecimals: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        let scale = power10(maxDecimals)
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9.0e15 else { return String(value) }
        let total = Int(scaled)
        let whole = total / scale
        var fraction = total % scale
        var decimals = maxDecimals
        while decimals > minDecimals && fraction % 10 == 0 {
            fraction /= 10
            decimals -= 1
        }
        var text = group(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return (value < 0 && total != 0 ? "-" : "") + text
    }

    /// Plain digits for data files: `62000`, `12.5`, no grouping.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return grouped(value, maxDecimals: 6).replacingAll(",", with: "")
    }

    /// A measure's value in its unit: `62,000`, `12.5%`, `£1,200`, `97 weeks`, `1 day`.
    public static func value(_ value: Double, unit: MeasureUnit) -> String {
        switch unit {
        case .count, .score:
            return grouped(value)
        case .percent:
            return grouped(value, maxDecimals: 1) + "%"
        case .money:
            let pence = (abs(value) * 100).rounded().truncatingRemainder(dividingBy: 100) != 0
            let amount = grouped(abs(value), maxDecimals: 2, minDecimals: pence ? 2 : 0)
            return (value < 0 ? "-£" : "£") + amount
        case .weeks:
            let n = grouped(value, maxDecimals: 1)
            return n + (n == "1" ? " week" : " weeks")
        case .days:
            let n = grouped(value, maxDecimals: 1)
            return n + (n == "1" ? " day" : " days")
        }
    }

    /// `97 weeks` → the size of a difference, always positive: used in "down by 7 weeks".
    public static func difference(_ a: Double, _ b: Double, unit: MeasureUnit) -> String {
        let d = abs(a - b)
        if unit == .percent { return grouped(d, maxDecimals: 1) + " percentage points" }
        return value(d, unit: unit)
    }

    /// `1 action`, `3 actions`.
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(group(n)) \(n == 1 ? singular : plural)"
    }

    /// Whole percentage of `part` in `whole`, rounded half up; 0 when `whole` is 0.
    public static func percent(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (part * 200 + whole) / (2 * whole)
    }

    static func group(_ n: Int) -> String {
        let digits = String(n)
        guard digits.count > 3 else { return digits }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    private static func power10(_ n: Int) -> Int {
        var p = 1
        for _ in 0..<max(0, min(n, 9)) { p *= 10 }
        return p
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
