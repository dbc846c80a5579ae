/// Writes values into YAML so that reading them back gives exactly the same text: plain where
/// that is safe and usual (`on-track`, `2026-02-10`, `tbc`), double-quoted otherwise.
public enum YAMLText {
    /// Plain when YAML would read the bare text back unchanged, even inside a flow mapping
    /// (`{ … }`); otherwise double-quoted.
    public static func scalar(_ s: String) -> String {
        isSafePlain(s) ? s : quoted(s)
    }

    /// Always double-quoted, escaping what YAML's double-quoted style needs escaped: the
    /// backslash, the quote, line breaks, and characters that are not printable.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{85}": out += "\\N"
            case "\u{A0}": out += "\\_"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            case "\u{FEFF}": out += "\\uFEFF"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\\x" + hex(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// What a plain value YAML reads as "nothing" looks like (as the content reader treats it).
    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// Words YAML reads as something other than text (null, true, …) in some schema.
    private static let reserved: Set<String> = [
        "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    ]

    static func isSafePlain(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        if reserved.contains(s.lowercased()) { return false }
        if first == " " || last == " " || last == ":" { return false }
        // Indicators that change meaning at the start of a plain scalar.
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        for scalar in s.unicodeScalars {
            // Flow indicators end a plain scalar inside `{ … }` or `[ … ]`.
            if ",[]{}".unicodeScalars.contains(scalar) { return false }
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF || scalar.value == 0x85
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xA0 { return false }
        }
        if s.contains(": ") || s.contains(" #") || s.contains("\t") { return false }
        return true
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(value >> 4) & 0xF], digits[Int(value) & 0xF]])
    }
}
