import Testing
@testable import OpenplanCore

@Suite struct ValidationOtherItemsTests {
    private func plan(_ files: [String: String]) throws -> Plan {
        let result = TestSite(basics: files).load()
        #expect(!result.hasErrors, "\(result.listing)")
        return try #require(result.plan)
    }

    @Test func feedbackExampleAndDefaultStatus() throws {
        let plan = try self.plan([
            "Content/feedback/ehcp-survey-2026-03.md": """
                ---
                date: 2026-03-10
                theme: EHC plans
                source: Parent carer survey, March 2026
                you_said: Families said they could not tell whether health advice had been included in their child's plan.
                we_did: We added a health section to every new plan.
                status: done
                actions: [1.1]
                ---
                More detail.
                """,
            "Content/feedback/later.md": "---\ndate: 2026-04-01\ntheme: Transport\nyou_said: Buses are late.\n---\n",
            "Content/feedback/answered.md": "---\ndate: 2026-02-01\ntheme: T\nyou_said: Y\nwe_did: W\n---\n",
        ])
        #expect(plan.feedback.map(\.id) == ["later", "ehcp-survey-2026-03", "answered"])
        let item = try #require(plan.feedbackByID["ehcp-survey-2026-03"])
        #expect(item.source == "Parent carer survey, March 2026")
        #expect(item.status == .done)
        #expect(item.actions == ["1.1"])
        #expect(item.body.text == "More detail.")
        #expect(plan.feedbackByID["later"]?.status == .listening)
        #expect(plan.feedbackByID["answered"]?.status == .done)
        #expect(plan.feedbackByAction["1.1"]?.map(\.id) == ["ehcp-survey-2026-03"])
    }

    @Test func bulletinsNewestFirstWithFileNameIds() throws {
        let plan = try self.plan([
            "Content/bulletins/2025-11.md": "---\ntitle: November 2025 update\ndate: 2025-11-28\nsummary: S\n---\n{{progress}}\n",
            "Content/bulletins/2025-12.md": "---\ntitle: December\ndate: 2025-12-19\n---\n",
        ])
        #expect(plan.bulletins.map(\.id) == ["2025-12", "2025-11"])
        #expect(plan.bulletins.last?.summary == "S")
        #expect(plan.bulletins.last?.body.firstLine == 6)
    }

    @Test func pagesHomeIntroAndOrder() throws {
        let plan = try self.plan([
            "Content/pages/index.md": "---\n---\nWelcome to the plan.\n",
            "Content/pages/About Us.md": "---\ntitle: About us\norder: 2\nnav: true\n---\n",
            "Content/pages/accessibility.md": "---\ntitle: Accessibility\norder: 1\nsummary: How we make it work for everyone\n---\n",
        ])
        #expect(plan.homeIntro?.body.text == "Welcome to the plan.\n")
        #expect(plan.pages.map(\.slug) == ["accessibility", "about-us"])
        #expect(plan.pages.last?.nav == true)
        #expect(plan.pages.first?.nav == false)
    }

    @Test func peopleAndGlossary() throws {
        let plan = try self.plan([
            "Content/people.yml": """
                - { id: NB, role: SEND and AP Transformation and Improvement Lead, organisation: Cumberland Council }
                - { id: DCO-N, role: Designated Clinical Officer, organisation: NENC ICB, name: Sam Smith }
                """,
            "Content/actions/1.1.md": "---\ntitle: A\npriority: 1\nleads: [DCO-N]\nstatus: issues\n---\n",
            "Content/glossary.yml": """
                - { term: SEND, meaning: Special educational needs and disabilities }
                - { term: EHCP, stands_for: "Education, Health and Care plan", meaning: "A legal document that ..." }
                """,
        ])
        #expect(plan.peopleByID["DCO-N"]?.name == "Sam Smith")
        #expect(plan.peopleByID["NB"]?.organisation == "Cumberland Council")
        #expect(plan.glossary.map(\.term) == ["EHCP", "SEND"])
        #expect(plan.glossary.first?.standsFor == "Education, Health and Care plan")
    }

    @Test func priorityOrderSummaryAndIdAsNumber() throws {
        let plan = try self.plan([
            "Content/priorities/1.md": "---\ntitle: One\norder: 2\nsummary: First\n---\n",
            "Content/priorities/b.md": "---\nid: 2\ntitle: Two\norder: 1\n---\n",
        ])
        #expect(plan.priorities.map(\.id) == ["2", "1"])
        #expect(plan.priorityByID["1"]?.summary == "First")
    }
}
