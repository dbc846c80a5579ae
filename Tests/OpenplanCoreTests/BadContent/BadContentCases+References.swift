import Foundation

extension BadCase {
    static let feedback = """
        ---
        date: 2026-03-10
        theme: EHC plans
        you_said: Families could not tell whether health advice was in the plan.
        we_did: We added a health section.
        status: done
        actions: [1.1]
        ---
        """

    static let referenceCases: [BadCase] = [
        BadCase(name: "unknown priority", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 7
            status: on-track
            ---
            """], expected: [.error("Content/actions/2.1.md:3:11", "There is no priority with the id \"7\". Did you mean \"1\"?")]),

        BadCase(name: "unknown lead, suggested despite capitals", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-track
            leads: [CB, nb]
            ---
            """], expected: [.error("Content/actions/2.1.md:5:13", "There is no one with the id \"nb\" in people.yml. Did you mean \"NB\"?")]),

        BadCase(name: "unknown measure in action", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-track
            measures: [LO-VISIT]
            ---
            """], expected: [.error("Content/actions/2.1.md:5:12", "There is no measure with the id \"LO-VISIT\". Did you mean \"LO-VISITS\"?")]),

        BadCase(name: "unknown action in feedback; 1.10 is not 1.1", files: [
            "Content/actions/x.md": "---\nid: 1.10\ntitle: Tenth\npriority: 1\nstatus: issues\n---\n",
            "Content/feedback/f.md": feedback.replacingOccurrences(of: "actions: [1.1]", with: "actions: [1.10, 1.20]"),
        ], expected: [.error("Content/feedback/f.md:7:17", "There is no action with the id \"1.20\". Did you mean \"1.10\"?")]),

        BadCase(name: "duplicate action id across two files", files: ["Content/actions/a.md": """
            ---
            id: 1.1
            title: Another
            priority: 1
            status: on-track
            ---
            """], expected: [.error("Content/actions/a.md:2:5",
                                    "Another action already has the id \"1.1\" (Content/actions/1.1.md line 1). Each action needs its own id.")]),

        BadCase(name: "slug collision 1.2 and 1-2", files: [
            "Content/actions/1.2.md": "---\ntitle: Dot\npriority: 1\nstatus: on-track\n---\n",
            "Content/actions/1-2.md": "---\ntitle: Dash\npriority: 1\nstatus: on-track\n---\n",
        ], expected: [.error("Content/actions/1.2.md:1:1", "The action ids \"1.2\" (here) and \"1-2\" (Content/actions/1-2.md line 1) "
                             + "would both be published at actions/1-2/.")]),

        BadCase(name: "measure names unknown priority", files: ["Content/measures/m.json": """
            {"id": "M", "title": "T", "unit": "percent", "direction": "maintain", "priority": "8"}
            """], expected: [.error("Content/measures/m.json:1:83", "There is no priority with the id \"8\".")]),

        BadCase(name: "duplicate measure id across files", files: ["Content/measures/z.json": """
            [
              {"id": "LO-VISITS", "title": "Again", "unit": "count", "direction": "increase"}
            ]
            """], expected: [.error("Content/measures/z.json:2:10", "Another measure already has the id \"LO-VISITS\" (Content/measures/visits.json line 1).")]),

        BadCase(name: "feedback bad status", files: ["Content/feedback/f.md": feedback.replacingOccurrences(of: "status: done", with: "status: finished")],
                expected: [.error("Content/feedback/f.md:6:9", "\"finished\" is not a status openplan knows. Use one of: listening, in-progress or done.")]),

        BadCase(name: "feedback status given as a list", files: ["Content/feedback/f.md": feedback.replacingOccurrences(of: "status: done", with: "status: [done]")],
                expected: [.error("Content/feedback/f.md:6:9", "\"status\" should be a single piece of text, but here it is a list.")]),

        BadCase(name: "feedback theme left empty", files: ["Content/feedback/f.md": feedback.replacingOccurrences(of: "theme: EHC plans", with: "theme:")],
                expected: [.error("Content/feedback/f.md:3:1", "\"theme\" is empty. Give it a value (a short heading such as EHC plans).")]),

        BadCase(name: "feedback done without we_did", files: ["Content/feedback/f.md": feedback.replacingOccurrences(of: "we_did: We added a health section.\n", with: "")],
                expected: [.warning("Content/feedback/f.md:5:9", "This item is marked done but has no \"we_did\"")]),

        BadCase(name: "feedback impossible date", files: ["Content/feedback/f.md": feedback.replacingOccurrences(of: "2026-03-10", with: "2026-02-30")],
                expected: [.error("Content/feedback/f.md:2:7", "The date \"2026-02-30\" in \"date\" does not exist: February 2026 has 28 days. Write a day like 2026-03-31.")]),

        BadCase(name: "feedback missing you_said", files: ["Content/feedback/f.md": feedback.replacingOccurrences(of: "you_said: Families could not tell whether health advice was in the plan.\n", with: "")],
                expected: [.error("Content/feedback/f.md:1:1", "This \"You said, we did\" item has no \"you_said\".")]),
    ]
}
