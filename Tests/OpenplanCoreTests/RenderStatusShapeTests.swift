import Testing
@testable import OpenplanCore

/// The Westmorland and Furness order: not started first, complete in the middle of the
/// colours, and the complete status blue.
private let westmorland = StatusScale(statuses: [
    Status(id: "not-started", label: "Not started", colour: .grey, meaning: "Not started yet"),
    Status(id: "complete", label: "Completed and signed off", colour: .blue, meaning: "Done"),
    Status(id: "on-track", label: "On track", colour: .green, meaning: "Going to plan"),
    Status(id: "delayed", label: "Delayed", colour: .amber, meaning: "Running late"),
    Status(id: "significantly-delayed", label: "Significantly delayed", colour: .red, meaning: "Well behind"),
], completeID: "complete")

private func shapes(_ scale: StatusScale) throws -> [String: String] {
    var plan = RenderFixtures.plan()
    plan.site.statuses = scale
    let site = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf).site
    return site.statusViews.mapValues(\.shapeName)
}

@Test func theTickMeansTheCompleteStatusWhereverItSitsOnTheScale() throws {
    let shapes = try shapes(westmorland)
    #expect(shapes["complete"] == "tick")
    #expect(shapes["not-started"] == "ring")
    #expect(shapes["on-track"] == "circle")
    #expect(shapes["delayed"] == "triangle")
    #expect(shapes["significantly-delayed"] == "cross")
    #expect(shapes.values.filter { $0 == "tick" }.count == 1)
}

@Test func aColourHasTheSameShapeOnEveryScale() throws {
    let standard = try shapes(.standard)
    let other = try shapes(westmorland)
    for status in StatusScale.standard.statuses {
        let twin = westmorland.statuses.first { $0.colour == status.colour }!
        #expect(standard[status.id] == other[twin.id], "\(status.colour)")
    }
    // A blue or purple status that is not complete gets its own shape, never the tick.
    let scale = StatusScale(statuses: [
        Status(id: "planned", label: "Planned", colour: .blue, meaning: ""),
        Status(id: "paused", label: "Paused", colour: .purple, meaning: ""),
        Status(id: "done", label: "Done", colour: .green, meaning: ""),
    ], completeID: "done")
    let third = try shapes(scale)
    #expect(third == ["planned": "square", "paused": "diamond", "done": "tick"])
}

@Test func emailMarkersFollowTheSameShapes() {
    let complete = westmorland.statuses[1], notStarted = westmorland.statuses[0]
    #expect(EmailStatusView(status: complete, isComplete: true).marker == "✓")
    #expect(EmailStatusView(status: notStarted, isComplete: false).marker == "○")
}
