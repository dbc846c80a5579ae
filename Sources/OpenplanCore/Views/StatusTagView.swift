/// A status as readers see it: its label in words, a colour from the palette and a shape, so
/// no meaning rests on colour alone. The shape follows meaning, not the status's place on the
/// scale: the tick is always the site's complete status, and every other status takes the
/// shape of its colour, so a colour looks the same on every site.
struct StatusTagView: Hashable {
    var id: String
    var label: String
    var meaning: String
    /// `tag--green`: the theme maps palette names to colours that meet contrast in light and dark.
    var colourClass: String
    /// `tag--shape-triangle`.
    var shapeClass: String
    var shapeName: String
    /// The shape as inline SVG, hidden from assistive technology because the label says it all.
    var shapeHTML: String

    init(status: Status, isComplete: Bool) {
        let shape = StatusShape.of(status, isComplete: isComplete)
        id = status.id
        label = status.label
        meaning = status.meaning
        colourClass = "tag--" + status.colour.rawValue
        shapeClass = "tag--shape-" + shape.rawValue
        shapeName = shape.rawValue
        shapeHTML = shape.svg
    }
}

/// The shape a status wears. Scales are ordered differently from site to site (Cumberland puts
/// "Completed" first, Westmorland and Furness last), so a shape by position would give the
/// tick to "Not started" on one site. The tick means done and nothing else; the other shapes
/// belong to the palette colours, one each.
enum StatusShape: String, CaseIterable {
    case tick, circle, triangle, cross, ring, square, diamond

    static func of(_ status: Status, isComplete: Bool) -> StatusShape {
        if isComplete { return .tick }
        switch status.colour {
        case .green: return .circle
        case .amber: return .triangle
        case .red: return .cross
        case .grey: return .ring
        case .blue: return .square
        case .purple: return .diamond
        }
    }

    /// The shape as a text character, for email and plain text, where SVG is not shown.
    var character: String {
        switch self {
        case .tick: return "✓"
        case .circle: return "●"
        case .triangle: return "▲"
        case .cross: return "✕"
        case .ring: return "○"
        case .square: return "■"
        case .diamond: return "◆"
        }
    }

    var svg: String {
        let open = "<svg class=\"tag__shape\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">"
        let body: String
        switch self {
        case .tick: body = "<path d=\"M2 8.5l4 4 8-9\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.75\"/>"
        case .circle: body = "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"currentColor\"/>"
        case .triangle: body = "<path d=\"M8 1.25 15.25 14.5H.75z\" fill=\"currentColor\"/>"
        case .cross: body = "<path d=\"M2.5 2.5l11 11M13.5 2.5l-11 11\" stroke=\"currentColor\" stroke-width=\"3\"/>"
        case .ring: body = "<circle cx=\"8\" cy=\"8\" r=\"5.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\"/>"
        case .square: body = "<rect x=\"2\" y=\"2\" width=\"12\" height=\"12\" fill=\"currentColor\"/>"
        case .diamond: body = "<path d=\"M8 .75 15.25 8 8 15.25.75 8z\" fill=\"currentColor\"/>"
        }
        return open + body + "</svg>"
    }
}
