#!/usr/bin/env python3
"""Write a synthetic Openplan site of N actions, and the same Markdown as a minimal Hugo site.

Usage: make_sites.py --pages N [--work bench/work]

Everything is deterministic: a random generator seeded from N and a fixed word list, so two
runs at the same N write byte-identical sites. The Openplan site follows the content format
(every referenced priority, lead, measure, status and action exists; every date is valid; ids
and slugs are unique). The Hugo site holds the same Markdown bodies under the same URL paths,
so both tools convert the same text and write a similar set of pages.

Prints one JSON line with what was written and how long it took.
"""

import argparse
import datetime
import json
import os
import random
import re
import shutil
import sys
import time

from hugo_site import write_hugo_site

AS_OF = datetime.date(2026, 1, 31)

STATUSES = ["complete", "on-track", "issues", "off-track", "not-started"]
STATUS_LABELS = {"complete": "Completed", "on-track": "On track", "issues": "Some issues",
                 "off-track": "Not on track", "not-started": "Not started"}
RECURRING = ["weekly", "monthly", "quarterly", "termly", "annually"]

PEOPLE = [
    ("NB", "SEND and AP Transformation and Improvement Lead", "Cumberland Council"),
    ("CB", "Head of SEND Services", "Cumberland Council"),
    ("DCO-N", "Designated Clinical Officer", "NENC ICB"),
    ("PCF", "Chair", "Cumberland Parent Carer Forum"),
    ("EP", "Principal Educational Psychologist", "Cumberland Council"),
    ("SW-L", "Head of Children with Disabilities Social Work", "Cumberland Council"),
    ("LO", "Local Offer Manager", "Cumberland Council"),
    ("HT-REP", "Headteacher representative", "Cumberland Schools Forum"),
]

GLOSSARY = [
    ("EHCP", "Education, Health and Care plan",
     "A legal document that describes a child's needs and the help they must get."),
    ("SEND", "Special educational needs and disabilities",
     "Needs that mean a child or young person needs extra help to learn."),
    ("AP", "Alternative provision", "Education arranged for pupils who cannot attend a mainstream school."),
    ("SENCo", "Special educational needs co-ordinator",
     "The teacher in a school who makes sure pupils with SEND get the right help."),
    ("ICB", "Integrated Care Board", "The NHS body that plans and pays for local health services."),
    ("PCF", "Parent carer forum", "A group of parents and carers who work with the council and NHS."),
]

MEASURES = [
    ("LO-VISITS", "Local Offer website page views each month", "count", "increase", "1",
     "Local Offer website analytics", ("2024-09", 62000), [("2025-03", 72000), ("2026-03", 102000)]),
    ("EHCP-TIMELINESS", "New EHC plans issued within 20 weeks", "percent", "increase", "2",
     "Case management system", ("2024-04", 41), [("2025-04", 60), ("2026-04", 80)]),
    ("EHCP-QUALITY", "EHC plans judged good or better at audit", "percent", "increase", "2",
     "Quarterly multi-agency audit", None, [("2026-03", None)]),
    ("PCF-CONFIDENCE", "Parents who feel confident in the SEND system", "percent", "increase", "1",
     "Parent carer forum annual survey", ("2024-06", 38), [("2025-06", 45), ("2026-06", 55)]),
    ("TRIBUNAL-APPEALS", "Appeals to the SEND tribunal each quarter", "count", "decrease", "3",
     "Tribunal returns", ("2024-03", 54), [("2025-03", 45), ("2026-03", 35)]),
    ("AP-WAIT", "Average wait for an alternative provision place", "weeks", "decrease", "3",
     "Alternative provision panel records", ("2024-09", 9.5), [("2026-01", 6)]),
]

WORDS = """
child children young people family families parent carer carers school schools college setting
settings plan plans advice assessment assessments review reviews health care education social
support help need needs early local offer partnership forum council service services team teams
officer officers practitioner practitioners training guidance process processes quality timely
clear shared joint agreed regular monthly termly annual feedback survey surveys data evidence
report reports board panel meeting meetings outcome outcomes transition transitions place places
provision inclusion attendance wellbeing therapy therapies speech language occupational mental
specialist mainstream resource base bases pathway pathways referral referrals waiting time times
wait decision decisions letter letters portal website information contact voice views co-produced
co-production workshop workshops session sessions pilot pilots audit audits standard standards
improve improving improved track tracking publish publishing agree agreeing train training reduce
reducing strengthen strengthening expand expanding develop developing embed embedding check checking
listen listening explain explaining respond responding deliver delivering measure measuring
""".split()

VERBS = ["Improve", "Track", "Review", "Publish", "Agree", "Co-produce", "Train staff on", "Reduce delays in",
         "Strengthen", "Expand", "Develop", "Embed", "Check", "Explain"]
OBJECTS = ["health advice for EHC plans", "annual reviews", "the Local Offer website", "transition planning",
           "speech and language therapy waits", "alternative provision places", "school attendance support",
           "the graduated approach", "parent carer feedback", "joint commissioning", "short breaks",
           "preparing for adulthood", "decision letters", "the SEND panel", "mainstream inclusion"]
QUALIFIERS = ["across the partnership", "for every family", "in every school", "within 20 weeks",
              "with the parent carer forum", "in the north of the county", "for young people aged 16 to 25",
              "each term", "online", "so families can see progress"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def slug(item_id):
    """The content format's slug: lower case, anything but letters and digits becomes '-'."""
    return re.sub(r"[^a-z0-9]", "-", item_id.lower())


def day_between(rng, first, last):
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


class Prose:
    """Sentences, paragraphs and lists from the fixed word list."""

    def __init__(self, rng, action_ids):
        self.rng = rng
        self.action_ids = action_ids

    def sentence(self, low=8, high=18, emphasis=True):
        rng = self.rng
        words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
        if emphasis and len(words) > 4 and rng.random() < 0.25:
            i = rng.randrange(1, len(words))
            words[i] = ("*%s*" if rng.random() < 0.6 else "**%s**") % words[i]
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def link(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.6:
            other = rng.choice(self.action_ids)
            return "[action %s](/actions/%s/)" % (other, slug(other))
        if roll < 0.8:
            return "[the glossary](/glossary/)"
        return "[the Local Offer](https://example.org/local-offer)"

    def paragraph(self, sentences=(3, 6), links=1):
        parts = [self.sentence() for _ in range(self.rng.randint(*sentences))]
        for _ in range(links):
            i = self.rng.randrange(len(parts))
            parts[i] = parts[i][:-1] + ", as set out in " + self.link() + "."
        return " ".join(parts)

    def bullets(self, numbered=False):
        items = [self.sentence(4, 10) for _ in range(self.rng.randint(3, 5))]
        if numbered:
            return "\n".join("%d. %s" % (i + 1, item) for i, item in enumerate(items))
        return "\n".join("- " + item for item in items)

    def table(self, leads):
        rng = self.rng
        rows = ["| Step | Who | When | Status |", "| --- | --- | --- | --- |"]
        for _ in range(rng.randint(3, 5)):
            step = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 6))).capitalize()
            when = "%s %d" % (rng.choice(MONTHS), rng.choice([2025, 2026]))
            rows.append("| %s | %s | %s | %s |" % (step, rng.choice(leads), when,
                                                    STATUS_LABELS[rng.choice(STATUSES)]))
        return "\n".join(rows)


def action_body(prose, leads, priority_ids):
    p = prose.rng.choice(priority_ids)
    return "\n\n".join([
        "## What we are doing",
        prose.paragraph(links=2),
        prose.bullets(),
        prose.paragraph((2, 4)),
        "## What difference it will make",
        prose.paragraph(),
        prose.bullets(numbered=True),
        prose.table(leads),
        "## Latest update",
        prose.paragraph((3, 5), links=1)
        + " See [priority %s](/priorities/%s/) for the wider picture." % (p, slug(p)),
    ]) + "\n"


def yaml_str(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def due_text(rng):
    roll = rng.random()
    if roll < 0.2:
        return rng.choice(RECURRING)
    d = day_between(rng, datetime.date(2025, 1, 1), datetime.date(2027, 12, 31))
    return d.isoformat() if roll < 0.55 else d.strftime("%Y-%m")


def make_actions(rng, n, priority_ids):
    """Action ids `P.K`: the first P actions give every priority one; the rest are spread unevenly."""
    weights = [rng.uniform(0.3, 1.7) for _ in priority_ids]
    owners = list(priority_ids) + rng.choices(priority_ids, weights=weights, k=max(0, n - len(priority_ids)))
    owners = owners[:n]
    counters = {}
    ids = []
    for owner in owners:
        counters[owner] = counters.get(owner, 0) + 1
        ids.append((owner, "%s.%d" % (owner, counters[owner])))
    return ids


def action_file(rng, prose, action_id, owner, priority_ids, lead_ids, measure_ids):
    status = rng.choice(STATUSES)
    updated = day_between(rng, datetime.date(2025, 6, 1), AS_OF)
    leads = rng.sample(lead_ids, rng.randint(1, 3))
    priorities = [owner]
    if rng.random() < 0.1:
        extra = rng.choice(priority_ids)
        if extra != owner:
            priorities.append(extra)
    title = "%s %s %s" % (rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(QUALIFIERS))
    lines = ["---", "id: " + action_id, "title: " + yaml_str(title)]
    if len(priorities) == 1:
        lines.append("priority: " + yaml_str(owner))
    else:
        lines.append("priority: [%s]" % ", ".join(yaml_str(p) for p in priorities))
    due = due_text(rng)
    lines += ["leads: [%s]" % ", ".join(leads), "due: " + due, "status: " + status,
              "updated: " + updated.isoformat()]
    if rng.random() < 0.3:
        lines.append("measures: [%s]" % ", ".join(rng.sample(measure_ids, rng.randint(1, 2))))
    milestones = []
    if rng.random() < 0.4:
        lines.append("milestones:")
        for _ in range(rng.randint(1, 3)):
            m = {"due": due_text(rng), "text": prose.sentence(4, 8, emphasis=False)[:-1], "status": rng.choice(STATUSES)}
            milestones.append(m)
            lines.append("  - { due: %s, text: %s, status: %s }" % (m["due"], yaml_str(m["text"]), m["status"]))
    if rng.random() < 0.35:
        lines.append("history:")
        first = updated - datetime.timedelta(days=rng.randint(60, 400))
        for k in range(rng.randint(1, 3)):
            when = first + datetime.timedelta(days=20 * k)
            lines.append("  - { date: %s, status: %s }" % (when.isoformat(), rng.choice(STATUSES)))
    lines.append("---")
    body = action_body(prose, leads, priority_ids)
    meta = {"id": action_id, "title": title, "priorities": priorities, "leads": leads, "due": due,
            "status": status, "updated": updated.isoformat(), "milestones": milestones}
    return "\n".join(lines) + "\n" + body, meta, body


SITE_YML = """title: Cumberland SEND and AP progress
partnership: Cumberland SEND and AP Partnership
base_url: https://example.org/send-progress/
language: en-GB
contact: { email: send@example.org, phone: "0300 000 0000" }
local_offer_url: https://example.org/local-offer
stale_after_days: 90
statuses:
  - { id: complete,    label: Completed,    colour: blue,  meaning: Action completed, monitoring impact }
  - { id: on-track,    label: On track,     colour: green, meaning: Action on target for delivery }
  - { id: issues,      label: Some issues,  colour: amber, meaning: Action has issues with delivery }
  - { id: off-track,   label: Not on track, colour: red,   meaning: Action not on target for delivery }
  - { id: not-started, label: Not started,  colour: grey,  meaning: Action not started }
complete_status: complete
"""


def measure_json(m, rng):
    mid, title, unit, direction, priority, source, baseline, targets = m
    actuals = []
    if baseline is not None:
        year, month = map(int, baseline[0].split("-"))
        value = baseline[1]
        for _ in range(rng.randint(3, 8)):
            month += 3
            if month > 12:
                year, month = year + 1, month - 12
            if (year, month) > (AS_OF.year, AS_OF.month):
                break
            value = round(value * rng.uniform(0.92, 1.12), 1)
            actuals.append({"date": "%04d-%02d" % (year, month), "value": value})
    return {
        "id": mid, "title": title,
        "description": "How many %s. It matters because families told us it does." % title.lower(),
        "unit": unit, "direction": direction, "priority": priority, "source": source,
        "baseline": None if baseline is None else {"date": baseline[0], "value": baseline[1]},
        "targets": [{"date": d, "value": v} if v is not None else {"date": d, "value": None, "text": "Target to be agreed"}
                    for d, v in targets],
        "actuals": actuals,
    }


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build_site(n):
    """The whole site as data: a dict of Openplan files plus what the Hugo side needs."""
    rng = random.Random(1_000_003 * n + 7)
    files = {"Content/site.yml": SITE_YML}
    files["Content/people.yml"] = "".join("- { id: %s, role: %s, organisation: %s }\n"
                                          % (i, yaml_str(r), yaml_str(o)) for i, r, o in PEOPLE)
    files["Content/glossary.yml"] = "".join("- { term: %s, stands_for: %s, meaning: %s }\n"
                                            % (t, yaml_str(s), yaml_str(m)) for t, s, m in GLOSSARY)
    lead_ids = [p[0] for p in PEOPLE]
    measure_ids = [m[0] for m in MEASURES]
    priority_ids = [str(k) for k in range(1, max(3, n // 100) + 1)]
    owned = make_actions(rng, n, priority_ids)
    action_ids = [a for _, a in owned]
    prose = Prose(rng, action_ids)
    site = {"priorities": [], "actions": [], "measures": [], "feedback": [], "bulletins": [], "pages": []}

    for k, pid in enumerate(priority_ids, 1):
        title = "%s %s" % (rng.choice(VERBS), rng.choice(OBJECTS))
        summary = prose.sentence(8, 14, emphasis=False)
        body = "\n\n".join([prose.paragraph(), "## What it will look like for families", prose.bullets()]) + "\n"
        files["Content/priorities/%s.md" % pid] = ("---\nid: %s\ntitle: %s\norder: %d\nsummary: %s\n---\n%s"
                                                   % (yaml_str(pid), yaml_str(title), k, yaml_str(summary), body))
        site["priorities"].append({"id": pid, "title": title, "summary": summary, "order": k, "body": body})

    for owner, aid in owned:
        text, meta, body = action_file(rng, prose, aid, owner, priority_ids, lead_ids, measure_ids)
        files["Content/actions/%s.md" % aid] = text
        meta["body"] = body
        site["actions"].append(meta)

    measures = [measure_json(m, rng) for m in MEASURES]
    files["Content/measures/lo-visits.json"] = json.dumps(measures[0], indent=2) + "\n"
    files["Content/measures/ehcp.json"] = json.dumps(measures[1:3], indent=2) + "\n"
    for m in measures[3:]:
        files["Content/measures/%s.json" % slug(m["id"])] = json.dumps(m, indent=2) + "\n"
    site["measures"] = measures

    themes = ["EHC plans", "Communication", "Local Offer", "Transitions", "Health advice", "Short breaks"]
    for k in range(8):
        date = datetime.date(2025, 5, 1) + datetime.timedelta(days=30 * k + rng.randint(0, 20))
        fid = "%s-%s" % (slug(themes[k % len(themes)]), date.strftime("%Y-%m"))
        status = ["listening", "in-progress", "done"][k % 3]
        linked = rng.sample(action_ids, min(2, len(action_ids)))
        item = {"id": fid, "date": date.isoformat(), "theme": themes[k % len(themes)],
                "you_said": prose.sentence(10, 16, emphasis=False),
                "we_did": prose.sentence(10, 16, emphasis=False) if status != "listening" else None,
                "status": status, "actions": linked, "body": prose.paragraph((2, 3)) + "\n"}
        lines = ["---", "id: " + fid, "date: " + item["date"], "theme: " + yaml_str(item["theme"]),
                 "source: " + yaml_str("Parent carer survey, %s" % date.strftime("%B %Y")),
                 "you_said: " + yaml_str(item["you_said"])]
        if item["we_did"]:
            lines.append("we_did: " + yaml_str(item["we_did"]))
        lines += ["status: " + status, "actions: [%s]" % ", ".join(linked), "---"]
        files["Content/feedback/%s.md" % fid] = "\n".join(lines) + "\n" + item["body"]
        site["feedback"].append(item)

    for k in range(6):
        year, month = (2025, 8 + k) if 8 + k <= 12 else (2026, k - 4)
        date = datetime.date(year, month, 26)
        title = "%s %d update" % (MONTHS[month - 1], year)
        summary = prose.sentence(10, 16, emphasis=False)
        embeds = ["{{progress}}", "{{changes}}", "{{measure %s}}" % measure_ids[k % len(measure_ids)],
                  "{{action %s}}" % action_ids[k % len(action_ids)], "{{feedback latest 3}}"]
        body = "\n\n".join([prose.paragraph(), "## How the plan is going", embeds[0], embeds[1],
                            "## What we measured", embeds[2], prose.paragraph((2, 4)),
                            "## In focus", embeds[3], prose.bullets(), "## You said, we did", embeds[4]]) + "\n"
        files["Content/bulletins/%04d-%02d.md" % (year, month)] = (
            "---\ntitle: %s\ndate: %s\nsummary: %s\n---\n%s" % (yaml_str(title), date.isoformat(), yaml_str(summary), body))
        site["bulletins"].append({"id": "%04d-%02d" % (year, month), "title": title, "date": date.isoformat(),
                                  "summary": summary, "body": body})

    for name, title, nav in [("index", "Welcome", False), ("about", "About the plan", True),
                             ("accessibility", "Accessibility statement", False)]:
        body = "\n\n".join([prose.paragraph(), prose.paragraph((2, 4)), prose.bullets()]) + "\n"
        front = "---\ntitle: %s\n%s---\n" % (yaml_str(title), "nav: true\n" if nav else "")
        files["Content/pages/%s.md" % name] = front + body
        site["pages"].append({"slug": name, "title": title, "nav": nav, "body": body})
    return files, site


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, required=True, help="number of actions (N)")
    parser.add_argument("--work", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "work"))
    args = parser.parse_args()
    n = args.pages
    if n < 1:
        sys.exit("make_sites.py: --pages must be at least 1")
    op_dir = os.path.join(args.work, "openplan-%d" % n)
    hugo_dir = os.path.join(args.work, "hugo-%d" % n)
    list_path = os.path.join(args.work, "markdown-%d.list" % n)
    started = time.perf_counter()
    for d in (op_dir, hugo_dir):
        shutil.rmtree(d, ignore_errors=True)
    files, site = build_site(n)
    for rel in sorted(files):
        write(os.path.join(op_dir, rel), files[rel])
    write_hugo_site(hugo_dir, site, PEOPLE, GLOSSARY)
    markdown = sorted(os.path.join(op_dir, rel) for rel in files if rel.endswith(".md"))
    write(list_path, "".join(p + "\0" for p in markdown))
    seconds = time.perf_counter() - started

    def folder_size(path):
        count = total = 0
        for root, _, names in os.walk(path):
            for name in names:
                count += 1
                total += os.path.getsize(os.path.join(root, name))
        return count, total

    op_files, op_bytes = folder_size(os.path.join(op_dir, "Content"))
    hugo_files, hugo_bytes = folder_size(os.path.join(hugo_dir, "content"))
    print(json.dumps({"n": n, "seconds": round(seconds, 3),
                      "openplan_site": op_dir, "openplan_files": op_files, "openplan_bytes": op_bytes,
                      "hugo_site": hugo_dir, "hugo_files": hugo_files, "hugo_bytes": hugo_bytes,
                      "markdown_list": list_path}))


if __name__ == "__main__":
    main()
