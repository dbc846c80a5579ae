import Foundation

/// What a workbook's styles.xml and theme say about each cell style: its fill colour and
/// whether its number format shows a date or a percentage.
struct XLSXStyles {
    /// Per cell-style index (a cell's `s`): its solid fill, if any.
    private(set) var fills: [RGBColour?] = []
    /// Per cell-style index: true when the number format shows a date.
    private(set) var showsDate: [Bool] = []
    /// Per cell-style index: true when the number format shows a percentage (0.464 as 46.4%).
    private(set) var showsPercent: [Bool] = []

    init() {}

    init(styles: XMLTree?, theme: XMLTree?) {
        guard let styles else { return }
        let themeColours = XLSXStyles.themeColours(theme)
        var customFormats: [Int: String] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format["numFmtId"].flatMap(Int.init), let code = format["formatCode"] { customFormats[id] = code }
        }
        let fillList: [RGBColour?] = (styles.child("fills")?.children("fill") ?? []).map { fill in
            guard let pattern = fill.child("patternFill") else { return nil }
            let type = pattern["patternType"] ?? "none"
            guard type != "none", type != "gray125" else { return nil }
            return pattern.child("fgColor").flatMap { XLSXStyles.colour($0, theme: themeColours) }
        }
        for xf in styles.child("cellXfs")?.children("xf") ?? [] {
            let fillID = xf["fillId"].flatMap(Int.init) ?? 0
            fills.append(fillList.indices.contains(fillID) ? fillList[fillID] : nil)
            let formatID = xf["numFmtId"].flatMap(Int.init) ?? 0
            showsDate.append(XLSXStyles.isDateFormat(id: formatID, code: customFormats[formatID]))
            showsPercent.append(XLSXStyles.isPercentFormat(id: formatID, code: customFormats[formatID]))
        }
    }

    func fill(style: Int) -> RGBColour? { fills.indices.contains(style) ? fills[style] : nil }
    func isDate(style: Int) -> Bool { showsDate.indices.contains(style) && showsDate[style] }
    func isPercent(style: Int) -> Bool { showsPercent.indices.contains(style) && showsPercent[style] }

    /// Excel's built-in percentage formats (9 `0%`, 10 `0.00%`), or a custom format with a
    /// `%` outside quoted text and [colour] brackets.
    static func isPercentFormat(id: Int, code: String?) -> Bool {
        if id == 9 || id == 10 { return true }
        guard let code else { return false }
        return formatCharacters(code).contains("%")
    }

    /// Excel's built-in date formats (14–22, 27–36, 45–47, 50–58), or a custom format that
    /// has day, month or year codes outside quoted text and [colour] brackets.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
        guard let code else { return false }
        return formatCharacters(code.lowercased()).contains { $0 == "d" || $0 == "m" || $0 == "y" }
    }

    /// The characters of a number format that are format codes: those outside quoted text,
    /// outside [colour] or [condition] brackets, and not escaped with a backslash.
    static func formatCharacters(_ code: String) -> [Character] {
        var out: [Character] = []
        var inQuotes = false, inBrackets = false, escaped = false
        for ch in code {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default: if !inQuotes && !inBrackets { out.append(ch) }
            }
        }
        return out
    }

    /// A `<fgColor>`/`<color>` element: `rgb`, `theme` (+ `tint`) or `indexed`.
    static func colour(_ element: XMLTree, theme: [RGBColour]) -> RGBColour? {
        let tint = element["tint"].flatMap(Double.init) ?? 0
        if let rgb = element["rgb"], let c = RGBColour(hex: rgb) { return c.tinted(tint) }
        if let t = element["theme"].flatMap(Int.init), theme.indices.contains(t) { return theme[t].tinted(tint) }
        if let i = element["indexed"].flatMap(Int.init), indexedColours.indices.contains(i) {
            return RGBColour(hex: indexedColours[i])?.tinted(tint)
        }
        return nil
    }

    /// The theme's colours in the order cell styles number them: Excel counts light 1 and
    /// dark 1 (and light 2, dark 2) the other way round from the theme file.
    static func themeColours(_ theme: XMLTree?) -> [RGBColour] {
        let fallback = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"]
            .compactMap { RGBColour(hex: $0) }
        guard let scheme = theme?.descendants("clrScheme").first else { return fallback }
        let order = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"]
        var colours: [RGBColour] = []
        for (i, name) in order.enumerated() {
            let element = scheme.child(name)
            let value = element?.child("srgbClr")?["val"] ?? element?.child("sysClr")?["lastClr"]
            colours.append(value.flatMap { RGBColour(hex: $0) } ?? fallback[i])
        }
        return colours
    }

    /// Excel's legacy palette, still used by some writers (`indexed="10"` is red).
    static let indexedColours = [
        "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
        "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
        "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
        "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
        "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
        "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
        "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
        "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
    ]
}
