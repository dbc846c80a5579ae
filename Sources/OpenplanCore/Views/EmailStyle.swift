/// The inline styles of the HTML email, in one place.
///
/// Mail programs drop `<style>` elements and stylesheets, or keep only some of their rules,
/// so each element carries its own `style` attribute. Templates read these as `{{s.name}}`,
/// and the Markdown renderer writes them on the editor's own elements (`EmailStyle.markdown`).
/// Colours are the web theme's light scheme, every text pair at least 4.5:1; sizes never go
/// below 14px.
struct EmailStyle: Sendable {
    static let font = "font-family:Arial,Helvetica,sans-serif;"
    static let text = "#0b0c0c"
    static let muted = "#484949"
    static let link = "#1a65a6"
    static let border = "#b1b4b6"
    static let page = "#f3f2f1"
    static let header = "#1f3d4c"

    var body = "margin:0;padding:0;width:100%;background-color:\(page);"
    var outer = "width:100%;background-color:\(page);"
    var sheet = "width:100%;max-width:600px;background-color:#ffffff;border:1px solid \(border);"
    var headerCell = font + "padding:20px 24px;background-color:\(header);color:#ffffff;"
    var headerTitle = font + "margin:0;font-size:20px;line-height:26px;font-weight:bold;color:#ffffff;"
    var headerLink = "color:#ffffff;text-decoration:none;"
    var headerNote = font + "margin:4px 0 0;font-size:14px;line-height:20px;color:#ffffff;"
    var contentCell = font + "padding:24px;color:\(text);font-size:16px;line-height:24px;"
    var footerCell = font + "padding:20px 24px;border-top:1px solid \(border);background-color:\(page);color:\(text);font-size:14px;line-height:20px;"
    var footerText = font + "margin:0 0 10px;font-size:14px;line-height:20px;color:\(text);"
    var h1 = font + "margin:0 0 8px;font-size:28px;line-height:34px;font-weight:bold;color:\(text);"
    var h2 = font + "margin:32px 0 12px;font-size:22px;line-height:28px;font-weight:bold;color:\(text);"
    var h3 = font + "margin:24px 0 8px;font-size:18px;line-height:24px;font-weight:bold;color:\(text);"
    var h4 = font + "margin:20px 0 8px;font-size:16px;line-height:24px;font-weight:bold;color:\(text);"
    var p = font + "margin:0 0 16px;font-size:16px;line-height:24px;color:\(text);"
    var meta = font + "margin:0 0 16px;font-size:16px;line-height:24px;color:\(muted);"
    var lead = font + "margin:0 0 24px;font-size:19px;line-height:28px;color:\(text);"
    var list = font + "margin:0 0 16px;padding:0 0 0 24px;font-size:16px;line-height:24px;color:\(text);"
    var li = "margin:0 0 8px;"
    var a = "color:\(link);text-decoration:underline;"
    var quote = font + "margin:0 0 16px;padding:8px 0 8px 16px;border-left:5px solid \(border);color:\(text);"
    var table = font + "width:100%;border-collapse:collapse;margin:0 0 16px;font-size:16px;line-height:22px;color:\(text);"
    var caption = font + "text-align:left;font-weight:bold;font-size:16px;line-height:24px;padding:0 0 8px;color:\(text);"
    var th = "text-align:left;vertical-align:top;padding:8px 8px 8px 0;border-bottom:1px solid \(border);font-weight:bold;"
    var td = "text-align:left;vertical-align:top;padding:8px 8px 8px 0;border-bottom:1px solid \(border);"
    var num = "text-align:right;vertical-align:top;padding:8px 0 8px 8px;border-bottom:1px solid \(border);"
    var numTh = "text-align:right;vertical-align:top;padding:8px 0 8px 8px;border-bottom:1px solid \(border);font-weight:bold;"
    var rowTh = "text-align:left;vertical-align:top;padding:8px 8px 8px 0;border-bottom:1px solid \(border);font-weight:normal;"
    /// One item of a list of "You said, we did" items, with a rule above it.
    var itemCell = font + "padding:12px 0 4px;border-top:1px solid \(border);color:\(text);font-size:16px;line-height:24px;"
    var img = "display:block;max-width:100%;height:auto;border:0;"
    var hr = "border:0;border-top:1px solid \(border);margin:24px 0;"
    var code = "font-family:Consolas,Menlo,monospace;font-size:15px;"
    var pre = "font-family:Consolas,Menlo,monospace;font-size:15px;line-height:22px;margin:0 0 16px;white-space:pre-wrap;"
    /// A box around each embed: a grey rule down its left, as on the web.
    var embedBox = "width:100%;margin:0 0 24px;"
    var embedCell = font + "padding:4px 0 4px 16px;border-left:5px solid \(border);color:\(text);font-size:16px;line-height:24px;"
    var embedTitle = font + "margin:0 0 8px;font-size:18px;line-height:24px;font-weight:bold;color:\(text);"
    var small = font + "margin:0 0 8px;font-size:14px;line-height:20px;color:\(muted);"
    var overdue = "color:#b3261e;font-weight:bold;"
    var feedbackKey = font + "margin:0;font-size:16px;line-height:24px;font-weight:bold;color:\(text);"
    var feedbackValue = font + "margin:0 0 8px;font-size:16px;line-height:24px;color:\(text);"

    static let standard = EmailStyle()
}

/// `email-status-tag.mustache`: a status in an email. Its label in words, its shape as a
/// text character (mail programs drop SVG), and colours inline.
struct EmailStatusView {
    var label: String
    /// ✓ ● ▲ ✕ ○ ■ ◆: the same shape the web tag draws for this status.
    var marker: String
    var style: String

    init(status: Status, isComplete: Bool) {
        label = status.label
        marker = StatusShape.of(status, isComplete: isComplete).character
        let (text, background) = Self.colours(status.colour)
        style = "display:inline-block;padding:1px 8px;font-weight:bold;white-space:nowrap;color:\(text);background-color:\(background);"
    }

    /// The web theme's tag colours (light scheme): each text colour on its background is at least 4.5:1.
    static func colours(_ colour: PaletteColour) -> (text: String, background: String) {
        switch colour {
        case .blue: return ("#0c2d4a", "#bbd4ea")
        case .green: return ("#005a30", "#cce2d8")
        case .amber: return ("#6e3619", "#fcd6c3")
        case .red: return ("#2a0b06", "#f4cdc6")
        case .grey: return ("#282d30", "#e5e6e7")
        case .purple: return ("#491644", "#efdfed")
        }
    }
}

/// An embed's view with the email styles beside it, so a template reads `{{s.p}}` anywhere.
struct EmailEmbedView<View> {
    var s: EmailStyle
    var e: View
}
