/// A colour name from the theme's fixed palette. The theme maps each to colours that meet
/// contrast in light and dark schemes; content never gives raw colour values.
public enum PaletteColour: String, Sendable, Hashable, CaseIterable {
    case blue, green, amber, red, grey, purple
}

/// One step on the plan's own status scale (RAG or otherwise).
public struct Status: Sendable, Hashable {
    public var id: String
    public var label: String
    public var colour: PaletteColour
    public var meaning: String
    public init(id: String, label: String, colour: PaletteColour, meaning: String) {
        self.id = id
        self.label = label
        self.colour = colour
        self.meaning = meaning
    }
}

/// The statuses in display order, and which one means "done".
public struct StatusScale: Sendable {
    public var statuses: [Status]
    public var completeID: String
    private var index: [String: Int]

    public init(statuses: [Status], completeID: String) {
        self.statuses = statuses
        self.completeID = completeID
        var index: [String: Int] = [:]
        for (i, s) in statuses.enumerated() where index[s.id] == nil { index[s.id] = i }
        self.index = index
    }

    public func status(_ id: String) -> Status? { index[id].map { statuses[$0] } }
    /// Position in display order; used for sorting and for the shape a tag gets.
    public func position(of id: String) -> Int? { index[id] }
    public func isComplete(_ id: String) -> Bool { id == completeID }

    /// The status a new action starts at, when nothing says otherwise. Scales name it
    /// differently ("Not started", "Not yet started", "Planned"), so it is found by colour:
    /// the first grey status that is not the complete status; a scale with no grey uses its
    /// first status that is not the complete one (for a one-step scale, that step).
    public var notStartedID: String {
        if let grey = statuses.first(where: { $0.colour == .grey && $0.id != completeID }) { return grey.id }
        return statuses.first { $0.id != completeID }?.id ?? completeID
    }

    /// The default scale: the five-step RAG used in the Cumberland plan.
    public static let standard = StatusScale(statuses: [
        Status(id: "complete", label: "Completed", colour: .blue, meaning: "Action completed, monitoring impact"),
        Status(id: "on-track", label: "On track", colour: .green, meaning: "Action on target for delivery"),
        Status(id: "issues", label: "Some issues", colour: .amber, meaning: "Action has issues with delivery"),
        Status(id: "off-track", label: "Not on track", colour: .red, meaning: "Action not on target for delivery"),
        Status(id: "not-started", label: "Not started", colour: .grey, meaning: "Action not started"),
    ], completeID: "complete")
}
