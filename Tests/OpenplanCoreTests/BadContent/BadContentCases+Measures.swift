extension BadCase {
    static func measure(_ extra: String, unit: String = "count", direction: String = "increase") -> String {
        """
        {
          "id": "M1",
          "title": "Plans issued in 20 weeks",
          "unit": "\(unit)",
          "direction": "\(direction)",
        \(extra)
          "baseline": null
        }
        """
    }

    static let measureCases: [BadCase] = [
        BadCase(name: "measure bad unit", files: ["Content/measures/m.json": measure("", unit: "percentage")],
                expected: [.error("Content/measures/m.json:4:11", "\"percentage\" is not a unit openplan knows. Did you mean \"percent\"? "
                                  + "Use one of: percent, count, weeks, days, score or money.")]),

        BadCase(name: "measure bad direction", files: ["Content/measures/m.json": measure("", direction: "up")],
                expected: [.error("Content/measures/m.json:5:16", "\"up\" is not a direction openplan knows. Use one of: increase, decrease or maintain.")]),

        BadCase(name: "value in quotes", files: ["Content/measures/m.json": measure("""
              "actuals": [ { "date": "2025-12", "value": "65000" } ],
            """)], expected: [.error("Content/measures/m.json:6:46", "\"value\" should be a number like 62000, but here it is text in quotes (\"65000\"). Remove the quotes")]),

        BadCase(name: "null value without text", files: ["Content/measures/m.json": measure("""
              "targets": [ { "date": "2026-03", "value": null, "text": "To be reviewed" },
                           { "date": "2026-09", "value": null } ],
            """)], expected: [.error("Content/measures/m.json:7:46", "This target has no number, so it needs \"text\" saying why")]),

        BadCase(name: "JSON trailing comma", files: ["Content/measures/m.json": """
            {
              "id": "M1",
              "title": "T",
            }
            """], expected: [.error("Content/measures/m.json:4:1", "There is a comma after the last item, just before this \"}\". JSON does not allow that: remove that comma.")]),

        BadCase(name: "JSON missing comma", files: ["Content/measures/m.json": """
            {
              "id": "M1"
              "title": "T"
            }
            """], expected: [.error("Content/measures/m.json:3:3", "Expected a comma or \"}\" here, but found a quote (\"). Is a comma missing after the value before it?")]),

        BadCase(name: "measure list item without id", files: ["Content/measures/m.json": """
            [
              { "title": "No id", "unit": "days", "direction": "decrease" }
            ]
            """], expected: [.error("Content/measures/m.json:2:3", "This measure has no \"id\". Add \"id\": ….")]),

        BadCase(name: "measures file holding text", files: ["Content/measures/m.json": "\"just text\"\n"],
                expected: [.error("Content/measures/m.json:1:1", "A measures file should hold one measure object { … } or a list of them [ … ], but this holds text in quotes.")]),

        BadCase(name: "huge number", files: ["Content/measures/m.json": measure("""
              "actuals": [ { "date": "2025-12", "value": 1e999 } ],
            """)], expected: [.error("Content/measures/m.json:6:46", "The value 1e999 is too large")]),

        BadCase(name: "baseline date not a date", files: ["Content/measures/m.json": """
            { "id": "M1", "title": "T", "unit": "weeks", "direction": "decrease",
              "baseline": { "date": "Sept 2019", "value": 20 } }
            """], expected: [.error("Content/measures/m.json:2:25", "\"Sept 2019\" in \"date\" is not written as a date openplan can read. "
                                    + "Write a day like 2026-03-31 or a month like 2026-03.")]),
    ]
}
