extension BadCase {
    static let siteCases: [BadCase] = [
        BadCase(name: "missing site.yml", removing: ["Content/site.yml"],
                expected: [.error("Content/site.yml:1:1", "There is no site.yml in the Content folder.")]),

        BadCase(name: "site.yml without title", files: ["Content/site.yml": "partnership: P\n"],
                expected: [.error("Content/site.yml:1:1", "site.yml has no \"title\". Add title: … (the site's name).")]),

        BadCase(name: "unknown colour with suggestion", files: ["Content/site.yml": """
            title: T
            partnership: P
            statuses:
              - { id: complete, label: Done, colour: blue }
              - { id: on-track, label: On track, colour: gray }
            """], expected: [.error("Content/site.yml:5:46", "\"gray\" is not a colour openplan knows. Did you mean \"grey\"? "
                                    + "Use one of: blue, green, amber, red, grey or purple.")]),

        BadCase(name: "complete_status not in statuses", files: ["Content/site.yml": """
            title: T
            partnership: P
            statuses:
              - { id: done, label: Done, colour: blue }
              - { id: on-track, label: On track, colour: green }
            complete_status: finished
            """], expected: [.error("Content/site.yml:6:18", "\"complete_status\" is \"finished\", but no status in \"statuses\" has that id. "
                                    + "Use one of: done or on-track.")]),

        BadCase(name: "custom statuses without complete_status", files: ["Content/site.yml": """
            title: T
            partnership: P
            statuses:
              - { id: on-track, label: On track, colour: green }
            """], expected: [.error("Content/site.yml:3:1", "not which one means the work is done. Add \"complete_status: …\"")]),

        BadCase(name: "duplicate status id", files: ["Content/site.yml": """
            title: T
            partnership: P
            statuses:
              - { id: complete, label: Done, colour: blue }
              - { id: on-track, label: On track, colour: green }
              - { id: on-track, label: Going well, colour: green }
            """], expected: [.error("Content/site.yml:6:11", "The status id \"on-track\" is used twice in \"statuses\" (first on line 5).")]),

        BadCase(name: "base_url without https and stale_after_days zero", files: ["Content/site.yml": """
            title: T
            partnership: P
            base_url: example.org/send
            stale_after_days: 0
            """], expected: [.error("Content/site.yml:3:11", "\"base_url\" should be a full web address starting with https://"),
                             .error("Content/site.yml:4:19", "\"stale_after_days\" should be a number of days: a whole number from 1 up, but it is \"0\".")]),

        BadCase(name: "unknown site key with suggestion", files: ["Content/site.yml": TestSite.siteYML + "\nparnership: Typo\n"],
                expected: [.warning("Content/site.yml:4:1", "\"parnership\" is not a key openplan reads in site.yml, so it is ignored. Did you mean \"partnership\"?")]),

        BadCase(name: "words_to_avoid alternative is a list", files: ["Content/site.yml": TestSite.siteYML + """

            words_to_avoid:
              leverage: use
              stakeholders: [people, partners]
            """], expected: [.error("Content/site.yml:6:17", "The plainer alternative for \"stakeholders\" should be text")]),

        BadCase(name: "people.yml is not a list", files: ["Content/people.yml": "NB: SEND Lead\n"],
                expected: [.error("Content/people.yml:1:1", "people.yml should be a list, each item on a line starting with \"- \"")]),

        BadCase(name: "glossary duplicate term", files: ["Content/glossary.yml": """
            - { term: EHCP, stands_for: "Education, Health and Care plan" }
            - { term: SEND, meaning: Special educational needs and disabilities }
            - { term: ehcp, meaning: A plan }
            """], expected: [.error("Content/glossary.yml:3:11", "The term \"ehcp\" is already in the glossary (line 1).")]),
    ]
}
