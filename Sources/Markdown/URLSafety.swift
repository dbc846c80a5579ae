/// Which link and image destinations may be published.
///
/// cmark-gfm blanks the same schemes in safe mode, but not once raw HTML is allowed, and its
/// blank `href=""` still looks like a link. We check every destination ourselves, whatever the
/// options, and drop the link element altogether (its text stays).
enum URLSafety {
    /// True for `javascript:`, `vbscript:`, `file:` and `data:` other than PNG, GIF, JPEG and
    /// WebP images. Reads the URL as a browser does: leading spaces and control characters are
    /// ignored, tabs and line breaks anywhere are removed, and the scheme is case-insensitive.
    /// Entities such as `jav&#x61;script:` are already decoded by cmark in the node's URL.
    static func isDangerous(_ url: String) -> Bool {
        var scheme: [UInt8] = []
        var started = false
        var rest: Substring.UTF8View.Index?
        let utf8 = url.utf8
        var index = utf8.startIndex
        scan: while index < utf8.endIndex {
            let byte = utf8[index]
            defer { index = utf8.index(after: index) }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if !started {
                if byte <= 0x20 { continue }
                started = true
            }
            switch byte {
            case UInt8(ascii: ":"):
                rest = utf8.index(after: index)
                break scan
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                scheme.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                scheme.append(byte | 0x20)
            default:
                return false  // a path, query or fragment: no scheme
            }
            if scheme.count > 10 { return false }
        }
        guard let rest else { return false }
        switch scheme {
        case javascript, vbscript, file:
            return true
        case data:
            return !isAllowedImageData(url.utf8[rest...])
        default:
            return false
        }
    }

    private static func isAllowedImageData(_ rest: Substring.UTF8View) -> Bool {
        var mime: [UInt8] = []
        for byte in rest {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") { break }
            mime.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            if mime.count > 10 { return false }
        }
        return allowedImageTypes.contains(mime)
    }

    private static let javascript = Array("javascript".utf8)
    private static let vbscript = Array("vbscript".utf8)
    private static let file = Array("file".utf8)
    private static let data = Array("data".utf8)
    private static let allowedImageTypes: [[UInt8]] = ["image/png", "image/gif", "image/jpeg", "image/webp"].map { Array($0.utf8) }
}
