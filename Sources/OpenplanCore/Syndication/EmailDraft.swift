import Foundation

/// A draft email (`.eml`, RFC 5322 with a multipart/alternative MIME body) that opens in a
/// desktop mail program ready to address and send.
public struct EmailDraft: Sendable {
    public var subject: String
    public var from: String?
    public var date: Day
    public var html: String
    public var text: String
    /// Used for the Message-ID and the MIME boundary, so the same bulletin gives the same bytes.
    public var key: String

    public init(subject: String, from: String? = nil, date: Day, html: String, text: String, key: String) {
        self.subject = subject
        self.from = from
        self.date = date
        self.html = html
        self.text = text
        self.key = key
    }

    public func render() -> String {
        let boundary = "openplan-" + Slug.make(key) + "-alt"
        var h: [String] = []
        if let from { h.append("From: \(EmailDraft.encodeHeader(from))") }
        h.append("Subject: \(EmailDraft.encodeHeader(subject))")
        h.append("Date: \(date.rfc822)")
        h.append("Message-ID: <\(Slug.make(key))@openplan.invalid>")
        // Tells Outlook and others to open the message as an unsent draft.
        h.append("X-Unsent: 1")
        h.append("MIME-Version: 1.0")
        h.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
        var out = h.joined(separator: "\r\n") + "\r\n\r\n"
        out += "This is a message in MIME format.\r\n\r\n"
        out += part(boundary, type: "text/plain", body: text)
        out += part(boundary, type: "text/html", body: html)
        out += "--\(boundary)--\r\n"
        return out
    }

    private func part(_ boundary: String, type: String, body: String) -> String {
        var p = "--\(boundary)\r\n"
        p += "Content-Type: \(type); charset=utf-8\r\n"
        p += "Content-Transfer-Encoding: base64\r\n\r\n"
        p += EmailDraft.base64Lines(Data(body.utf8)) + "\r\n"
        return p
    }

    static func base64Lines(_ data: Data) -> String {
        let encoded = data.base64EncodedString()
        var lines: [Substring] = []
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(encoded[start..<end])
            start = end
        }
        return lines.joined(separator: "\r\n")
    }

    /// RFC 2047 encoded-word for headers that are not plain ASCII.
    static func encodeHeader(_ value: String) -> String {
        let clean = value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) { return clean }
        return "=?utf-8?B?" + Data(clean.utf8).base64EncodedString() + "?="
    }
}
