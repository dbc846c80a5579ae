import Testing
@testable import OpenplanCore

@Suite struct ValidationSiteTests {
    private func site(_ yml: String) throws -> Site {
        let result = TestSite(basics: ["Content/site.yml": yml]).load()
        #expect(!result.hasErrors, "\(result.listing)")
        return try #require(result.plan?.site)
    }

    @Test func defaultsWhenOnlyTheRequiredKeysAreGiven() throws {
        let site = try self.site("title: T\npartnership: P\n")
        #expect(site.title == "T")
        #expect(site.partnership == "P")
        #expect(site.baseURL == nil)
        #expect(site.language == "en-GB")
        #expect(site.staleAfterDays == 90)
        #expect(site.readingAge == 12)
        #expect(site.allowRawHTML == false)
        #expect(site.wordsToAvoid == WordsToAvoid())
        #expect(site.statuses.statuses.map(\.id) == StatusScale.standard.statuses.map(\.id))
        #expect(site.statuses.completeID == "complete")
    }

    @Test func readsTheFormatsExampleIncludingCommasInFlowText() throws {
        let site = try self.site("""
            title: Cumberland SEND and AP progress          # required
            partnership: Cumberland SEND and AP Partnership # required
            base_url: https://example.org/send-progress
            language: en-GB
            contact: { email: send@example.org, phone: "0300 000 0000" }
            local_offer_url: https://example.org/local-offer
            stale_after_days: 60
            statuses:
              - { id: complete,    label: Completed,    colour: blue,  meaning: Action completed, monitoring impact }
              - { id: on-track,    label: On track,     colour: green, meaning: Action on target for delivery }
              - { id: issues,      label: Some issues,  colour: amber, meaning: Action has issues with delivery }
              - { id: off-track,   label: Not on track, colour: red,   meaning: Action not on target for delivery }
              - { id: not-started, label: Not started,  colour: grey,  meaning: Action not started }
            complete_status: complete
            """)
        #expect(site.baseURL == "https://example.org/send-progress/")
        #expect(site.contact == Contact(email: "send@example.org", phone: "0300 000 0000"))
        #expect(site.localOfferURL == "https://example.org/local-offer")
        #expect(site.staleAfterDays == 60)
        #expect(site.statuses.status("complete")?.meaning == "Action completed, monitoring impact")
        #expect(site.statuses.status("off-track")?.colour == .red)
        #expect(site.statuses.position(of: "issues") == 2)
    }

    @Test func customScaleWithItsOwnCompleteStatus() throws {
        let result = TestSite(basics: [
            "Content/site.yml": """
                title: T
                partnership: P
                statuses:
                  - { id: done, label: Done, colour: purple }
                  - { id: on-track, label: On track, colour: green }
                complete_status: done
                """,
        ]).load()
        #expect(!result.hasErrors, "\(result.listing)")
        let scale = try #require(result.plan?.site.statuses)
        #expect(scale.completeID == "done")
        #expect(scale.statuses.map(\.label) == ["Done", "On track"])
    }

    @Test func publishingChoices() throws {
        let site = try self.site("""
            title: T
            partnership: P
            allow_raw_html: true
            reading_age: 9
            words_to_avoid:
              leverage: use
              going forward:
            """)
        #expect(site.allowRawHTML)
        #expect(site.readingAge == 9)
        #expect(site.wordsToAvoid == WordsToAvoid(words: ["leverage": "use", "going forward": ""], replaceDefaults: false))
    }

    @Test func wordsToAvoidCanReplaceTheDefaults() throws {
        let site = try self.site("""
            title: T
            partnership: P
            words_to_avoid:
              replace: true
              words: { utilise: use }
            """)
        #expect(site.wordsToAvoid == WordsToAvoid(words: ["utilise": "use"], replaceDefaults: true))
    }

    @Test func noPlanWithoutTitleAndPartnershipButOtherProblemsStillReported() {
        let result = TestSite(basics: [
            "Content/site.yml": "title: T\n",
            "Content/actions/2.1.md": "---\ntitle: A\npriority: 1\nstatus: on-trak\n---\n",
        ]).load()
        #expect(result.plan == nil)
        #expect(result.matching("Content/site.yml:1:1", .error, "no \"partnership\"").count == 1)
        #expect(result.matching("Content/actions/2.1.md:4:9", .error, "on-trak").count == 1)
    }

    @Test func brokenSiteYAMLStillChecksTheRestButNotStatuses() {
        let result = TestSite(basics: [
            "Content/site.yml": "title: [unclosed\n",
            "Content/actions/2.1.md": "---\ntitle: A\npriority: 7\nstatus: anything\n---\n",
        ]).load()
        #expect(result.plan == nil)
        #expect(result.diagnostics.filter { $0.file == "Content/site.yml" }.count == 1)
        #expect(result.matching("Content/actions/2.1.md:3:11", .error, "no priority with the id \"7\"").count == 1)
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("anything") })
    }
}
