extension BadCase {
    static let otherCases: [BadCase] = [
        BadCase(name: "unknown key warning with suggestion", files: ["Content/priorities/2.md": """
            ---
            title: Two
            sumary: Short
            ---
            """], expected: [.warning("Content/priorities/2.md:3:1", "\"sumary\" is not a key openplan reads in this priority, so it is ignored. Did you mean \"summary\"?")]),

        BadCase(name: "priority order not a number", files: ["Content/priorities/2.md": """
            ---
            title: Two
            order: 99999999999999999999999
            ---
            """], expected: [.error("Content/priorities/2.md:3:8", "\"order\" should be a place in the list: a whole number from 0 to 1000000")]),

        BadCase(name: "page slug collides with measures", files: ["Content/pages/measures.md": "---\ntitle: About our measures\n---\n"],
                expected: [.error("Content/pages/measures.md:1:1", "would be published at measures/, which the site already uses for the measures list.")]),

        BadCase(name: "two pages with the same address", files: [
            "Content/pages/About.md": "---\ntitle: About\n---\n",
            "Content/pages/about.md": "---\ntitle: About us\n---\n",
        ], expected: [.error("Content/pages/about.md:1:1", "This page and Content/pages/About.md would both be published at about/.")]),

        BadCase(name: "page file name without letters", files: ["Content/pages/__.md": "---\ntitle: Odd\n---\n"],
                expected: [.error("Content/pages/__.md:1:1", "The file name \"__.md\" has no letters or digits")]),

        BadCase(name: "action id without letters", files: ["Content/actions/2.1.md": "---\nid: \"--\"\ntitle: A\npriority: 1\nstatus: issues\n---\n"],
                expected: [.error("Content/actions/2.1.md:2:5", "The id \"--\" has no letters or digits, so it cannot be made into a web address. Give this action an id")]),

        BadCase(name: "page without title", files: ["Content/pages/about.md": "---\nnav: true\n---\nText\n"],
                expected: [.error("Content/pages/about.md:1:1", "This page has no \"title\".")]),

        BadCase(name: "page nav not true or false", files: ["Content/pages/about.md": "---\ntitle: About\nnav: sometimes\n---\n"],
                expected: [.error("Content/pages/about.md:3:6", "\"nav\" should be true or false, but it is \"sometimes\".")]),

        BadCase(name: "bulletin date written the British way", files: ["Content/bulletins/2025-11.md": """
            ---
            title: November 2025 update
            date: 28/11/2025
            ---
            """], expected: [.error("Content/bulletins/2025-11.md:3:7", "\"28/11/2025\" in \"date\" is not written as a date openplan can read. Write a day like 2026-03-31.")]),

        BadCase(name: "bulletin date is a month", files: ["Content/bulletins/2025-11.md": """
            ---
            title: November 2025 update
            date: 2025-11
            ---
            """], expected: [.error("Content/bulletins/2025-11.md:3:7", "is a whole month, but a single day is needed here")]),
    ]
}
