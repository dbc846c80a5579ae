import Foundation
import Testing
@testable import OpenplanCore

/// The repository's top-level folder, found from this file's place in it.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Test func builtInThemeMatchesTemplatesAndPublicFolders() throws {
    let templates = repository.appendingPathComponent("Templates")
    var onDisk: [String: String] = [:]
    for file in ThemeFiles.list(templates) where file.hasSuffix(".mustache") {
        onDisk[String(file.dropLast(9))] = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
    }
    #expect(!onDisk.isEmpty)
    #expect(onDisk == DefaultTheme.templates, "Templates/ changed: run scripts/embed-theme")
    let publicFolder = repository.appendingPathComponent("Public")
    var assets: [String: [UInt8]] = [:]
    for file in ThemeFiles.list(publicFolder) {
        assets[file] = [UInt8](try Data(contentsOf: publicFolder.appendingPathComponent(file)))
    }
    #expect(assets == DefaultTheme.assets, "Public/ changed: run scripts/embed-theme")
    #expect(assets["assets/openplan.css"] != nil && assets["assets/search.js"] != nil && assets["favicon.svg"] != nil)
}

@Test func builtInThemeHasEveryTemplateThePagesUse() throws {
    let theme = try Theme.builtIn()
    for name in ["layout", "home", "priority", "action", "measures", "measure", "you-said-we-did", "bulletins", "bulletin",
                 "glossary", "search", "report", "page", "not-found", "status-tag", "due", "status-key", "progress-table",
                 "action-table", "measure-card", "feedback-item", "pagination", "change-item", "embed-measure",
                 "embed-action", "embed-progress", "embed-changes", "embed-feedback"] {
        #expect(theme.has(name), "\(name)")
    }
}

@Test func siteTemplatesAndPublicFilesOverrideTheDefaultsFileByFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-theme-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("Templates"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("Public/assets"), withIntermediateDirectories: true)
    try "<h1>Custom {{title}}</h1>\n".write(to: folder.appendingPathComponent("Templates/page.mustache"), atomically: true, encoding: .utf8)
    try "body{}".write(to: folder.appendingPathComponent("Public/assets/openplan.css"), atomically: true, encoding: .utf8)
    try "logo".write(to: folder.appendingPathComponent("Public/logo.svg"), atomically: true, encoding: .utf8)
    try "hidden".write(to: folder.appendingPathComponent("Public/.DS_Store"), atomically: true, encoding: .utf8)
    let theme = try Theme.load(siteFolder: folder)
    #expect(theme.assets["assets/openplan.css"] == Array("body{}".utf8))
    #expect(theme.assets["logo.svg"] == Array("logo".utf8))
    #expect(theme.assets["assets/search.js"] == DefaultTheme.assets["assets/search.js"])
    #expect(theme.assets[".DS_Store"] == nil)
    #expect(theme.render(ContentPageView(title: "About", summary: nil, bodyHTML: ""), "page") == "<h1>Custom About</h1>")
    #expect(theme.has("layout"))
}

@Test func folderWithoutThemeUsesTheBuiltInOne() throws {
    let theme = try Theme.load(siteFolder: URL(fileURLWithPath: "/nonexistent-openplan-site"))
    #expect(theme.assets == DefaultTheme.assets)
    #expect(theme.templateNames == DefaultTheme.templates.keys.sorted())
}

@Test func templateParseErrorsNameTheFileLineAndColumn() throws {
    do {
        _ = try Theme(templates: ["good": "ok", "bad": "line one\n<p>{{#items}}x{{/things}}</p>\n", "worse": "{{#open}}"],
                      assets: [:], origin: ["bad": "Templates/bad.mustache", "worse": "Templates/worse.mustache"])
        Issue.record("expected a theme error")
    } catch let error as ThemeError {
        #expect(error.diagnostics.count == 2)
        let bad = try #require(error.diagnostics.first { $0.file == "Templates/bad.mustache" })
        #expect(bad.line == 2)
        #expect(bad.column > 1)
        #expect(bad.message.contains("closed with a different name"))
        #expect(error.diagnostics.contains { $0.file == "Templates/worse.mustache" && $0.message.contains("never closed") })
    }
}

@Test func aTextTemplateStillWrittenInHTMLIsWarnedAbout() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-theme-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("Templates"), withIntermediateDirectories: true)
    try "Action {{idLabel}}\n<p><a href=\"{{href}}\">{{title}}</a></p>\n"
        .write(to: folder.appendingPathComponent("Templates/text-embed-action.mustache"), atomically: true, encoding: .utf8)
    try "[{{title}}](<{{href}}>): 1 < 2\n"
        .write(to: folder.appendingPathComponent("Templates/text-embed-measure.mustache"), atomically: true, encoding: .utf8)
    try "<p>{{title}}</p>\n".write(to: folder.appendingPathComponent("Templates/page.mustache"), atomically: true, encoding: .utf8)
    let theme = try Theme.load(siteFolder: folder)
    #expect(theme.warnings.count == 1)
    let warning = try #require(theme.warnings.first)
    #expect(warning.severity == .warning)
    #expect(warning.description.contains("Templates/text-embed-action.mustache:2:1"))
    #expect(warning.description.contains("(<p>)"))
}
