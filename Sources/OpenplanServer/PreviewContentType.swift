/// The `Content-Type` the preview sends for a file, chosen by its extension.
///
/// A fixed table rather than a system lookup, so the preview behaves the same on every machine
/// and matches what a plain static host would send for the files `build` writes.
enum PreviewContentType {
    static func forFile(named name: String) -> String {
        let lowered = name.lowercased()
        if lowered.hasSuffix("rss.xml") { return "application/rss+xml; charset=utf-8" }
        if lowered.hasSuffix("feed.xml") || lowered.hasSuffix(".atom") { return "application/atom+xml; charset=utf-8" }
        guard let dot = lowered.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[String(lowered[lowered.index(after: dot)...])] ?? "application/octet-stream"
    }

    static let html = "text/html; charset=utf-8"

    private static let byExtension: [String: String] = [
        "html": html,
        "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "webmanifest": "application/manifest+json; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "ics": "text/calendar; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "pdf": "application/pdf",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "mp4": "video/mp4",
        "webm": "video/webm",
        "mp3": "audio/mpeg",
        "vtt": "text/vtt; charset=utf-8",
        "zip": "application/zip",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text",
    ]
}
