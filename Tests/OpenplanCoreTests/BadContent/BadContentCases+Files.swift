extension BadCase {
    static let fileCases: [BadCase] = [
        BadCase(name: "malformed YAML: bad indentation", files: ["Content/actions/2.1.md": """
            ---
            title: Second
            priority: 1
              status: on-track
            ---
            """], expected: [.error("Content/actions/2.1.md:4:9", "This YAML could not be read: a colon followed by a space")]),

        BadCase(name: "duplicate YAML key", files: ["Content/priorities/2.md": """
            ---
            title: One
            summary: S
            title: Two
            ---
            """], expected: [.error("Content/priorities/2.md:4:1", "The key \"title\" is given twice. Keep only one of them.")]),

        BadCase(name: "not UTF-8", bytes: ["Content/priorities/2.md": Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8)],
                expected: [.error("Content/priorities/2.md:2:11", "This file is not saved as UTF-8 text: the byte 0xE9 here is not UTF-8.")]),

        BadCase(name: "empty file", files: ["Content/priorities/2.md": ""],
                expected: [.error("Content/priorities/2.md:1:1", "This file is empty.")]),

        BadCase(name: "front matter never closed", files: ["Content/priorities/2.md": "---\ntitle: Two\n\nBody text\n"],
                expected: [.error("Content/priorities/2.md:1:1", "The front matter that starts here is never closed.")]),

        BadCase(name: "no front matter", files: ["Content/bulletins/2025-11.md": "# November\n\nNews.\n"],
                expected: [.error("Content/bulletins/2025-11.md:1:1", "This file has no front matter.")]),

        BadCase(name: "front matter is a list", files: ["Content/priorities/2.md": "---\n- title: Two\n---\n"],
                expected: [.error("Content/priorities/2.md:2:1", "The front matter should hold keys like \"title: …\", one per line, but it holds a list.")]),

        BadCase(name: "front matter only, empty", files: ["Content/priorities/2.md": "---\n---\n"],
                expected: [.error("Content/priorities/2.md:1:1", "This priority has no \"title\".")]),

        BadCase(name: "unexpected file type and unknown folder", files: [
            "Content/actions/notes.txt": "remember",
            "Content/action/2.1.md": "---\ntitle: x\n---\n",
        ], expected: [.warning("Content/actions/notes.txt:1:1", "openplan only reads .md files in Content/actions, so \"notes.txt\" is ignored."),
                      .warning("Content/action:1:1", "Did you mean \"actions\"?")]),
    ]
}
