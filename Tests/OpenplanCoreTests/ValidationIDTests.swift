import Testing
@testable import OpenplanCore

/// Ids become folder names, so they are limited to what every file system takes, and an id
/// that says nothing is a mistake at its place rather than a silent fallback.
@Suite struct ValidationIDTests {
    @Test func aVeryLongIdIsALocatedError() {
        let id = String(repeating: "x", count: 300)
        let result = TestSite(basics: [
            "Content/actions/1.2.md": "---\nid: \"\(id)\"\ntitle: Long\npriority: 1\nstatus: on-track\n---\n",
        ]).load()
        #expect(result.matching("Content/actions/1.2.md:2:5", .error, "too long").count == 1, "\(result.listing)")
        #expect(result.errorCount == 1, "\(result.listing)")
    }

    @Test func aLongFileNameIsAnErrorAtTheFile() {
        let name = String(repeating: "a", count: 150)
        let result = TestSite(basics: ["Content/pages/\(name).md": "---\ntitle: Long\n---\nText.\n"]).load()
        #expect(result.matching("Content/pages/\(name).md:1:1", .error, "too long").count == 1, "\(result.listing)")
        #expect(result.errorCount == 1, "\(result.listing)")
    }

    @Test func anIdAtTheLimitIsAccepted() {
        let id = String(repeating: "x", count: ItemID.maximumSlugLength)
        let result = TestSite(basics: [
            "Content/actions/1.2.md": "---\nid: \"\(id)\"\ntitle: Long\npriority: 1\nstatus: on-track\n---\n",
        ]).load()
        #expect(!result.hasErrors, "\(result.listing)")
    }

    @Test func anEmptyIdIsAnErrorWhereItIsWritten() {
        for written in ["\"\"", "''", "\"   \""] {
            let result = TestSite(basics: [
                "Content/actions/1.2.md": "---\nid: \(written)\ntitle: Empty id\npriority: 1\nstatus: on-track\n---\n",
            ]).load()
            #expect(result.matching("Content/actions/1.2.md:2:5", .error, "empty").count == 1, "\(written): \(result.listing)")
            #expect(result.errorCount == 1, "\(written): \(result.listing)")
        }
    }

    @Test func anEmptyIdInAMeasureIsAnError() {
        let result = TestSite(basics: ["Content/measures/m.json": """
            { "id": "", "title": "M", "unit": "count", "direction": "increase", "baseline": null, "targets": [], "actuals": [] }
            """]).load()
        #expect(result.matching("Content/measures/m.json:1:9", .error, "empty").count == 1, "\(result.listing)")
    }

    @Test func lettersWithAccentsKeepTheirLetterInSlugs() {
        #expect(ItemID("Über uns").slug == "uber-uns")
        #expect(ItemID("Café Crème").slug == "cafe-creme")
        #expect(ItemID("Straße").slug == "strasse")
        #expect(ItemID("Ærø Łódź").slug == "aero-lodz")
        #expect(ItemID("naïve façade").slug == "naive-facade")
    }

    @Test func otherScriptsAreNotDropped() {
        #expect(!ItemID("日本語").slug.isEmpty)
        #expect(!ItemID("Привет").slug.isEmpty)
        #expect(ItemID("日本語").slug != ItemID("中文").slug)
        // Whatever the script, only [a-z0-9-] comes out, so a slug is safe as a folder name and in a link.
        for text in ["日本語", "Привет мир", "مرحبا", "Ελληνικά", "Über uns", "한국어"] {
            #expect(ItemID(text).slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") },
                    "\(text) → \(ItemID(text).slug)")
        }
    }

    @Test func asciiSlugsAreUnchanged() {
        #expect(ItemID("1.2").slug == "1-2")
        #expect(ItemID("2a.1").slug == "2a-1")
        #expect(ItemID("LO-VISITS").slug == "lo-visits")
        #expect(ItemID("  What's new?! ").slug == "what-s-new")
    }

    @Test func aPageNamedInAnotherScriptIsPublished() {
        let result = TestSite(basics: ["Content/pages/日本語.md": "---\ntitle: Japanese\n---\nText.\n"]).load()
        #expect(!result.hasErrors, "\(result.listing)")
    }
}

/// Numbers a measure cannot mean: too large to show, or a percentage no one could have.
@Suite struct ValidationMeasureValueTests {
    private func load(unit: String = "percent", _ value: String) -> LoadResult {
        TestSite(basics: ["Content/measures/m.json": """
            { "id": "M", "title": "M", "unit": "\(unit)", "direction": "increase",
              "baseline": { "date": "2025-01", "value": \(value) }, "targets": [], "actuals": [] }
            """]).load()
    }

    @Test(arguments: ["1.7e308", "-1.7e308", "1e300", "-5", "-0.5", "5000"])
    func impossiblePercentIsALocatedError(_ value: String) {
        let result = load(value)
        #expect(result.matching("Content/measures/m.json:2:45", .error, value).count == 1, "\(result.listing)")
        #expect(result.errorCount == 1, "\(result.listing)")
    }

    @Test func aPercentAboveAHundredIsAWarning() {
        let result = load("150")
        #expect(!result.hasErrors, "\(result.listing)")
        #expect(result.matching("Content/measures/m.json:2:45", .warning, "above 100").count == 1, "\(result.listing)")
    }

    @Test(arguments: ["0", "100", "62.5"])
    func ordinaryPercentsAreAccepted(_ value: String) {
        let result = load(value)
        #expect(result.diagnostics.isEmpty, "\(result.listing)")
    }

    @Test func aHugeCountIsAnError() {
        let result = load(unit: "count", "1.7e308")
        #expect(result.matching("Content/measures/m.json:2:45", .error, "too large").count == 1, "\(result.listing)")
    }

    @Test func infinityIsAnError() {
        let result = load(unit: "count", "1e999")
        #expect(result.errorCount == 1, "\(result.listing)")
    }
}
