#!/usr/bin/env python3
"""Check a generated benchmark site against the content format, independently of Openplan.

Usage: verify_site.py SITE_DIR [--as-of 2026-01-31]

The benchmark must time a build that succeeds, so a failing build has to be Openplan's fault,
not the generator's. This reads the files back (a small reader for the YAML shapes the
generator writes, not a general YAML parser) and checks every reference, date and id.
Exits non-zero and lists every problem found.
"""

import argparse
import datetime
import json
import os
import re
import sys

RECURRING = {"weekly", "monthly", "quarterly", "termly", "annually"}
EMBED = re.compile(r"^\{\{(\w+)(?: (.*))?\}\}$")
LINK = re.compile(r"\]\(/(actions|priorities|measures)/([^/)]+)/\)")


def slug(item_id):
    return re.sub(r"[^a-z0-9]", "-", item_id.lower())


def scalar(text):
    text = text.strip()
    if text.startswith('"'):
        return json.loads(text)
    return text


def flow_list(text):
    text = text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return [scalar(text)]
    return [scalar(part) for part in text[1:-1].split(",") if part.strip()]


def flow_map(text):
    text = text.strip()[1:-1]
    out = {}
    for key, value in re.findall(r'(\w+):\s*("(?:[^"\\]|\\.)*"|[^,]+)', text):
        out[key] = scalar(value)
    return out


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n"):
        return {}, text
    head, _, body = text[4:].partition("\n---\n")
    fields, current = {}, None
    for line in head.splitlines():
        if line.startswith("  - "):
            fields[current].append(flow_map(line[4:]))
        elif ":" in line:
            key, _, value = line.partition(":")
            current = key
            fields[key] = [] if not value.strip() else value.strip()
    return fields, body


def is_day(text):
    try:
        datetime.date.fromisoformat(text)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None
    except ValueError:
        return False


def is_plan_date(text):
    return is_day(text) or (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text) is not None)


def is_due(text):
    return text in RECURRING or is_plan_date(text)


def verify(site, as_of):
    problems = []
    content = os.path.join(site, "Content")

    def bad(path, message):
        problems.append("%s: %s" % (os.path.relpath(path, site), message))

    site_yml = open(os.path.join(content, "site.yml"), encoding="utf-8").read()
    statuses = re.findall(r"- \{ id: ([\w-]+),", site_yml)
    people = re.findall(r"- \{ id: ([\w-]+),", open(os.path.join(content, "people.yml"), encoding="utf-8").read())
    measures = {}
    for name in sorted(os.listdir(os.path.join(content, "measures"))):
        path = os.path.join(content, "measures", name)
        data = json.load(open(path, encoding="utf-8"))
        for m in data if isinstance(data, list) else [data]:
            if m["id"] in measures:
                bad(path, "measure id %s used twice" % m["id"])
            measures[m["id"]] = m
            if m["unit"] not in {"percent", "count", "weeks", "days", "score", "money"}:
                bad(path, "unit %s" % m["unit"])
            if m["direction"] not in {"increase", "decrease", "maintain"}:
                bad(path, "direction %s" % m["direction"])
            points = ([m["baseline"]] if m["baseline"] else []) + m["targets"] + m["actuals"]
            for p in points:
                if not is_plan_date(p["date"]) or (p["value"] is None and "text" not in p):
                    bad(path, "data point %r" % p)

    def items(folder):
        found = []
        for name in sorted(os.listdir(os.path.join(content, folder))):
            path = os.path.join(content, folder, name)
            fields, body = front_matter(path)
            item_id = scalar(fields["id"]) if "id" in fields else name[:-3]
            found.append((path, item_id, fields, body))
        return found

    priorities, actions = items("priorities"), items("actions")
    for kind, group in (("priority", priorities), ("action", actions)):
        slugs = {}
        for path, item_id, _, _ in group:
            if slug(item_id) in slugs:
                bad(path, "%s slug %s also used by %s" % (kind, slug(item_id), slugs[slug(item_id)]))
            slugs[slug(item_id)] = item_id
    priority_ids = {p[1] for p in priorities}
    action_ids = {a[1] for a in actions}
    action_slugs = {slug(a) for a in action_ids}
    priority_slugs = {slug(p) for p in priority_ids}
    measure_slugs = {slug(m) for m in measures}

    def check_body(path, body):
        for kind, target in LINK.findall(body):
            known = {"actions": action_slugs, "priorities": priority_slugs, "measures": measure_slugs}[kind]
            if target not in known:
                bad(path, "link to /%s/%s/ goes nowhere" % (kind, target))
        for line in body.splitlines():
            match = EMBED.match(line.strip())
            if not match:
                continue
            kind, argument = match.group(1), (match.group(2) or "").strip()
            if kind == "measure" and argument not in measures or kind == "action" and argument not in action_ids:
                bad(path, "embed %s names an unknown id" % line)
            elif kind not in {"measure", "action", "progress", "changes", "feedback"}:
                bad(path, "unknown embed %s" % line)

    for path, _, fields, body in priorities:
        if "title" not in fields:
            bad(path, "no title")
        check_body(path, body)
    for path, _, fields, body in actions:
        for key in ("title", "priority", "leads", "due", "status", "updated"):
            if key not in fields:
                bad(path, "no %s" % key)
        for p in flow_list(fields.get("priority", "")):
            if p not in priority_ids:
                bad(path, "unknown priority %s" % p)
        for lead in flow_list(fields.get("leads", "[]")):
            if lead not in people:
                bad(path, "unknown lead %s" % lead)
        for m in flow_list(fields.get("measures", "[]")):
            if m not in measures:
                bad(path, "unknown measure %s" % m)
        if fields.get("status") not in statuses:
            bad(path, "unknown status %s" % fields.get("status"))
        if not is_due(fields.get("due", "")):
            bad(path, "bad due %s" % fields.get("due"))
        updated = fields.get("updated", "")
        if not is_day(updated) or updated > as_of:
            bad(path, "bad updated %s" % updated)
        for m in fields.get("milestones", []):
            if not is_due(m.get("due", "")) or m.get("status") not in statuses or not m.get("text"):
                bad(path, "bad milestone %r" % m)
        dates = []
        for h in fields.get("history", []):
            if not is_day(h.get("date", "")) or h.get("status") not in statuses:
                bad(path, "bad history entry %r" % h)
            dates.append(h.get("date", ""))
        if dates != sorted(dates) or (dates and dates[-1] > updated):
            bad(path, "history not oldest first, or later than updated")
        check_body(path, body)
    for path, _, fields, body in items("feedback"):
        if fields.get("status") not in {"listening", "in-progress", "done"} or not is_day(fields.get("date", "")):
            bad(path, "bad status or date")
        for a in flow_list(fields.get("actions", "[]")):
            if a not in action_ids:
                bad(path, "unknown action %s" % a)
        check_body(path, body)
    for folder in ("bulletins", "pages"):
        for path, _, fields, body in items(folder):
            if "title" not in fields or folder == "bulletins" and not is_day(fields.get("date", "")):
                bad(path, "no title, or bad date")
            check_body(path, body)
    return problems, len(actions)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("--as-of", default="2026-01-31")
    args = parser.parse_args()
    problems, count = verify(args.site, args.as_of)
    for p in problems:
        print("verify_site: " + p, file=sys.stderr)
    if problems:
        sys.exit("verify_site: %d problem(s) in %s" % (len(problems), args.site))
    print("verify_site: %s is valid (%d actions)" % (args.site, count))


if __name__ == "__main__":
    main()
