/// Resolves the links an editor writes into absolute addresses, for email and feeds, which
/// are read away from the site where a relative link would go nowhere.
enum AbsoluteURL {
    /// `https://…`, `mailto:…` and other addresses with a scheme are kept; `//host/x` takes
    /// the page's scheme; `#part` and `?query` stay on the page; `/x` starts at the host;
    /// anything else is resolved against the page's folder, following `./` and `../`.
    static func resolve(_ destination: String, against page: String) -> String {
        if destination.isEmpty { return page }
        if hasScheme(destination) { return destination }
        let (scheme, rest) = split(page)
        if destination.hasPrefix("//") { return scheme + ":" + destination }
        if destination.hasPrefix("#") || destination.hasPrefix("?") {
            let bare = page.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let withoutQuery = destination.hasPrefix("?") ? String(bare.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]) : String(bare)
            return withoutQuery + destination
        }
        // rest: "//host/path/to/page/"
        let afterSlashes = rest.dropFirst(2)
        let hostEnd = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
        let origin = scheme + "://" + afterSlashes[..<hostEnd]
        if destination.hasPrefix("/") { return origin + destination }
        var folders = afterSlashes[hostEnd...].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // Drop the page's own file name (or the empty part after a final `/`).
        if !folders.isEmpty { folders.removeLast() }
        let cut = destination.firstIndex { $0 == "?" || $0 == "#" } ?? destination.endIndex
        let suffix = destination[cut...]
        let parts = destination[..<cut].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for (i, part) in parts.enumerated() {
            let last = i == parts.count - 1
            switch part {
            case ".":
                if last { folders.append("") }
            case "..":
                if folders.count > 1 { folders.removeLast() }
                if last { folders.append("") }
            default:
                folders.append(part)
            }
        }
        let path = folders.joined(separator: "/")
        return origin + (path.hasPrefix("/") ? path : "/" + path) + suffix
    }

    /// True for `https:`, `mailto:`, `tel:`: letters, digits, `+`, `-` or `.` before the first `:`,
    /// starting with a letter and with no `/`, `?` or `#` before it.
    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// `https://example.org/x/` → (`https`, `//example.org/x/`).
    private static func split(_ url: String) -> (String, Substring) {
        guard let colon = url.firstIndex(of: ":") else { return ("https", Substring("//" + url)) }
        return (String(url[..<colon]), url[url.index(after: colon)...])
    }
}
