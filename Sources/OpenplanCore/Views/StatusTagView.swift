/// A status as readers see it: its label in words, a colour from the palette and a shape of
/// its own, so no meaning rests on colour alone.
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

    init(status: Status, position: Int) {
        let shape = StatusShape.forPosition(position)
        id = status.id
        label = status.label
        meaning = status.meaning
        colourClass = "tag--" + status.colour.rawValue
        shapeClass = "tag--shape-" + shape.rawValue
        shapeName = shape.rawValue
        shapeHTML = shape.svg
    }
}

/// One distinct shape per position on the status scale. The first five suit the usual scale
/// (complete, on track, some issues, not on track, not started); longer scales use the rest,
/// then repeat.
enum StatusShape: String, CaseIterable {
    case tick, circle, triangle, cross, ring, square, diamond, star

    static func forPosition(_ position: Int) -> StatusShape {
        allCases[((position % allCases.count) + allCases.count) % allCases.count]
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
        case .star: body = "<path d=\"M8 .8l2.1 4.6 5 .5-3.8 3.4 1.1 4.9L8 11.7l-4.4 2.5 1.1-4.9L.9 5.9l5-.5z\" fill=\"currentColor\"/>"
        }
        return open + body + "</svg>"
    }
}
