extension BadCase {
    static let actionCases: [BadCase] = [
        BadCase(name: "unknown status", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-trak
            ---
            """], expected: [.error("Content/actions/2.1.md:4:9", "\"on-trak\" is not one of the plan's statuses. Did you mean \"on-track\"?")]),

        BadCase(name: "due month 13", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-track
            due: 2026-13
            ---
            """], expected: [.error("Content/actions/2.1.md:5:6", "The date \"2026-13\" in \"due\" does not exist: there is no month 13. "
                                    + "Write a day like 2026-03-31, a month like 2026-03, or one of weekly, monthly, quarterly, termly or annually, or tbc when it is not set yet.")]),

        BadCase(name: "missing title", files: ["Content/actions/2.1.md": """
            ---
            priority: 1
            status: on-track
            ---
            Body
            """], expected: [.error("Content/actions/2.1.md:1:1", "This action has no \"title\".")]),

        BadCase(name: "history with unknown status", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-track
            history:
              - { date: 2025-10-01, status: not-started }
              - { date: 2025-11-01, status: started }
            ---
            """], expected: [.error("Content/actions/2.1.md:7:33", "\"started\" is not one of the plan's statuses.")]),

        BadCase(name: "history not oldest first", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-track
            history:
              - { date: 2025-11-01, status: issues }
              - { date: 2025-10-01, status: not-started }
            ---
            """], expected: [.warning("Content/actions/2.1.md:7:5", "History should be oldest first, but 2025-10-01 comes after 2025-11-01")]),

        BadCase(name: "milestone due date impossible", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-track
            milestones:
              - { due: 2026-02-30, text: Agree the baseline, status: complete }
            ---
            """], expected: [.error("Content/actions/2.1.md:6:12", "The date \"2026-02-30\" in \"due\" does not exist: February 2026 has 28 days.")]),

        BadCase(name: "milestone unknown status and missing text", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-track
            milestones:
              - due: 2026-01
                status: finished
            ---
            """], expected: [.error("Content/actions/2.1.md:6:5", "This milestone has no \"text\"."),
                             .error("Content/actions/2.1.md:7:13", "\"finished\" is not one of the plan's statuses.")]),

        BadCase(name: "leads not a list or text", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-track
            leads: { NB: yes }
            ---
            """], expected: [.error("Content/actions/2.1.md:5:8", "\"leads\" should be an id or a list of ids like [a, b], but here it is a group of keys.")]),

        BadCase(name: "lead inside a nested list", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
            status: on-track
            leads: [NB, [CB]]
            ---
            """], expected: [.error("Content/actions/2.1.md:5:13", "Each item in \"leads\" should be a single id, but this one is a list.")]),

        BadCase(name: "title given as a list", files: ["Content/actions/2.1.md": """
            ---
            title: [Part one, Part two]
            priority: 1
            status: on-track
            ---
            """], expected: [.error("Content/actions/2.1.md:2:8", "\"title\" should be a single piece of text, but here it is a list.")]),

        BadCase(name: "three problems in one file all reported", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 9
            status: late
            updated: 2025-11-31
            ---
            """], expected: [.error("Content/actions/2.1.md:3:11", "There is no priority with the id \"9\"."),
                             .error("Content/actions/2.1.md:4:9", "\"late\" is not one of the plan's statuses."),
                             .error("Content/actions/2.1.md:5:10", "November 2025 has 30 days")]),

        BadCase(name: "BOM and CRLF keep line numbers", bytes: ["Content/actions/2.1.md":
            [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: Second\r\npriority: 1\r\n\r\nstatus: on-trak\r\n---\r\nBody\r\n".utf8)],
            expected: [.error("Content/actions/2.1.md:5:9", "\"on-trak\" is not one of the plan's statuses.")]),
    ]
}
