"""Each bulletin's {{changes}} lists exactly the status changes of its period, worked out
here again, independently, from the content format's own words:

- history entries are read oldest first; the current `status` holds from the last history
  entry's date when that entry has the same status, otherwise from `updated`;
- a bulletin's period runs from the day after the previous bulletin's date to its own date,
  or over the 31 days up to its date for the first one; nothing after the as-of day counts.
"""
from __future__ import annotations

import datetime
import re
import subprocess

import pytest
import yaml

from openplan_email import AS_OF, REPO, bulletin_folders


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    _, block, body = text.split("---\n", 2)
    return yaml.load(block, Loader=yaml.BaseLoader) or {}, body


def day(text):
    return datetime.date.fromisoformat(text)


def timeline(action):
    history = sorted(((day(h["date"]), i, h["status"]) for i, h in enumerate(action.get("history", []))))
    entries = [(d, s) for d, _, s in history]
    status = action["status"]
    if entries and entries[-1][1] == status:
        return entries
    if "updated" in action:
        return entries + [(day(action["updated"]), status)]
    return entries + [(entries[-1][0], status)] if entries else []


def changes(entries):
    """(date, from, to) once a day at most, only where the status differs from the day before."""
    out, before = [], None
    for i, (date, status) in enumerate(entries):
        if i + 1 < len(entries) and entries[i + 1][0] == date:
            continue
        if status != before:
            out.append((date, before, status))
        before = status
    return out


def expected_changes(site_folder, as_of):
    content = site_folder / "Content"
    site = front_matter_yaml(content / "site.yml")
    complete = site.get("complete_status", "complete")
    actions = {}
    for path in sorted((content / "actions").glob("*.md")):
        meta, _ = front_matter(path)
        actions[meta.get("id", path.stem)] = meta
    bulletins = []
    for path in sorted((content / "bulletins").glob("*.md")):
        meta, body = front_matter(path)
        bulletins.append((path.stem, day(meta["date"]), "{{changes}}" in body))
    result = {}
    for slug, date, has_changes in bulletins:
        if not has_changes:
            continue
        earlier = [d for _, d, _ in bulletins if d < date]
        after = max(earlier) if earlier else date - datetime.timedelta(days=31)
        listed = {"Completed": [], "Status changes": [], "Added to the plan": []}
        for action_id, meta in actions.items():
            for when, before, to in changes(timeline(meta)):
                if after < when <= date and when <= as_of:
                    if before is None:
                        section = "Added to the plan"
                    else:
                        section = "Completed" if to == complete else "Status changes"
                    listed[section].append(action_id)
        result[re.sub(r"[^a-z0-9]+", "-", slug.lower())] = {k: sorted(v) for k, v in listed.items()}
    return result


def front_matter_yaml(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}


def listed_changes(text):
    """The action ids under "Completed:", "Status changes:" and "Added to the plan:" in an
    email.txt's {{changes}}. Beyond five, additions are only counted in a sentence
    ("35 actions were added to the plan."): then that many placeholders stand for them."""
    listed = {"Completed": [], "Status changes": [], "Added to the plan": []}
    section = None
    for line in text.splitlines():
        if line.startswith("Between ") and line.endswith(":"):
            section = "start"
        elif section and line.endswith(":") and not line.startswith(("-", " ")):
            section = line[:-1]
        elif section and re.fullmatch(r"-+|=+", line):
            break
        elif section in listed:
            match = re.match(r"- Action (\S+?):", line)
            if match:
                listed[section].append(match.group(1))
            folded = re.match(r"(\d+) actions were added to the plan\.", line)
            if folded and section == "Added to the plan":
                listed[section] = ["?"] * int(folded.group(1))
    return {k: sorted(v) for k, v in listed.items()}


def comparable(changes):
    """Folded additions are compared by count only."""
    out = dict(changes)
    added = out.get("Added to the plan", [])
    if len(added) > 5:
        out["Added to the plan"] = ["?"] * len(added)
    return out


def test_every_bulletin_lists_exactly_the_status_changes_of_its_period(example_build):
    expected = expected_changes(REPO, day(AS_OF))
    assert expected, "the example site has no bulletin with {{changes}}"
    for slug, want in expected.items():
        text = (example_build / "bulletins" / slug / "email.txt").read_text(encoding="utf-8")
        assert listed_changes(text) == comparable(want), f"bulletins/{slug}"


def test_another_partnerships_site_gets_the_same_treatment(openplan_bin, tmp_path):
    """A second site, written here to the content format, with a history crafted to cross
    both boundaries of each bulletin's period."""
    files = {
        "site.yml": "title: Northshire SEND\npartnership: Northshire Partnership\nbase_url: https://northshire.example/send/\n"
                    "statuses:\n  - { id: done, label: Done, colour: blue, meaning: Finished }\n"
                    "  - { id: green, label: Going well, colour: green, meaning: Fine }\n"
                    "  - { id: amber, label: Some problems, colour: amber, meaning: Problems }\n"
                    "complete_status: done\n",
        "people.yml": "- { id: HT, role: Head of SEND }\n",
        "priorities/a.md": "---\ntitle: Plans\n---\nPlans.\n",
        "actions/a1.md": "---\ntitle: One\npriority: a\nleads: [HT]\nstatus: done\nupdated: 2026-03-31\n"
                         "history:\n  - { date: 2026-01-10, status: green }\n  - { date: 2026-02-28, status: amber }\n---\nx\n",
        "actions/a2.md": "---\ntitle: Two\npriority: a\nleads: [HT]\nstatus: amber\nupdated: 2026-03-01\n"
                         "history:\n  - { date: 2026-01-31, status: green }\n---\nx\n",
        "actions/a3.md": "---\ntitle: Three\npriority: a\nleads: [HT]\nstatus: green\nupdated: 2026-04-20\n---\nx\n",
        "bulletins/jan.md": "---\ntitle: January\ndate: 2026-01-31\n---\n{{changes}}\n",
        "bulletins/feb.md": "---\ntitle: February\ndate: 2026-02-28\n---\n{{changes}}\n",
        "bulletins/mar.md": "---\ntitle: March\ndate: 2026-03-31\nsummary: Spring.\n---\nNews.\n\n{{changes}}\n",
    }
    site = tmp_path / "northshire"
    for name, text in files.items():
        path = site / "Content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run([str(openplan_bin), "build", "--site", str(site), "--output", str(out), "--as-of", "2026-04-10"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    expected = expected_changes(site, datetime.date(2026, 4, 10))
    assert expected == {
        "jan": {"Completed": [], "Status changes": [], "Added to the plan": ["a1", "a2"]},
        "feb": {"Completed": [], "Status changes": ["a1"], "Added to the plan": []},
        "mar": {"Completed": ["a1"], "Status changes": ["a2"], "Added to the plan": []},
    }
    for folder in bulletin_folders(out):
        for name in ("index.html", "email.html", "email.txt"):
            assert (folder / name).is_file()
        assert listed_changes((folder / "email.txt").read_text(encoding="utf-8")) == comparable(expected[folder.name]), folder.name
    import feedparser
    assert len(feedparser.parse((out / "feed.xml").read_bytes()).entries) == 3
