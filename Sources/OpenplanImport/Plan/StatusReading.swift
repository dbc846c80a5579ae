import OpenplanCore

/// How a row's status was found, for the report.
enum StatusSource: Equatable {
    case words, colour(RGBColour), empty
}

struct StatusProblem: Error { var message: String }

enum StatusReader {
    /// The status id a cell names: by its words (an id, label, colour name or meaning of the
    /// scale, or B/R/A/G), else by its fill colour, else the scale's not-started status.
    /// `extra` collects statuses a new site adds for colours the standard scale lacks.
    static func read(_ cell: SourceCell?, scale: StatusScale, mayAddColours: Bool, extra: inout [Status])
        -> Result<(String, StatusSource), StatusProblem> {
        guard let cell else { return .success((notStarted(scale), .empty)) }
        let all = scale.statuses + extra
        if !cell.isBlank {
            let key = HeaderText.key(cell.text)
            for status in all where [status.id, status.label, status.colour.rawValue, status.meaning].map(HeaderText.key).contains(key) {
                return .success((status.id, .words))
            }
            if let colour = colourWords[key], let status = all.first(where: { $0.colour == colour }) {
                return .success((status.id, .words))
            }
            if let status = synonyms[key].flatMap({ id in all.first { $0.id == id } }) { return .success((status.id, .words)) }
            let labels = all.map(\.label).joined(separator: ", ")
            let colours = Set(all.map(\.colour))
            let letters = PaletteColour.allCases.filter { colours.contains($0) && letterFor[$0] != nil }.map { letterFor[$0]! }
            return .failure(StatusProblem(message: "\"\(cell.text)\" is not a status of this plan. Write one of \(labels), a colour "
                + "(\(all.map(\.colour.rawValue).joined(separator: ", "))) or one of the letters \(letters.joined(separator: ", ")), "
                + "or colour the cell."))
        }
        guard let fill = cell.fill, let colour = paletteColour(fill) else { return .success((notStarted(scale), .empty)) }
        if let status = all.first(where: { $0.colour == colour }) { return .success((status.id, .colour(fill))) }
        if mayAddColours {
            let status = Status(id: colour.rawValue, label: colour.rawValue.capitalized, colour: colour,
                                meaning: "Imported from cells coloured \(colour.rawValue): say what it means")
            extra.append(status)
            return .success((status.id, .colour(fill)))
        }
        return .failure(StatusProblem(message: "the cell is coloured \(fill) (\(colour.rawValue)), and the site's status scale has no \(colour.rawValue) status. "
            + "Write the status in the cell, or add a \(colour.rawValue) status to Content/site.yml."))
    }

    static func notStarted(_ scale: StatusScale) -> String {
        scale.status("not-started")?.id ?? scale.statuses.first { $0.colour == .grey }?.id ?? scale.statuses.last?.id ?? "not-started"
    }

    static let colourWords: [String: PaletteColour] = [
        "b": .blue, "r": .red, "a": .amber, "g": .green, "blue": .blue, "red": .red, "amber": .amber, "green": .green,
        "grey": .grey, "gray": .grey, "purple": .purple, "yellow": .amber, "orange": .amber,
    ]
    static let letterFor: [PaletteColour: String] = [.blue: "B", .red: "R", .amber: "A", .green: "G"]
    static let synonyms: [String: String] = [
        "completed": "complete", "done": "complete", "ontrack": "on-track", "notstarted": "not-started",
        "offtrack": "off-track", "notontrack": "off-track", "someissues": "issues", "atrisk": "issues",
    ]

    /// The palette colour a fill looks like, by hue; nil for white and near-white (no fill).
    static func paletteColour(_ c: RGBColour) -> PaletteColour? {
        let (h, s, l) = c.hsl
        if l > 0.94 { return nil }
        if s < 0.15 || l < 0.08 { return .grey }
        let degrees = h * 360
        switch degrees {
        case ..<15, 340...: return .red
        case 15..<70: return .amber
        case 70..<170: return .green
        case 170..<260: return .blue
        default: return .purple
        }
    }
}
