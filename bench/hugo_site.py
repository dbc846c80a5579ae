"""The Hugo half of the benchmark: the same Markdown bodies as the Openplan site, as a minimal Hugo site.

Actions, priorities, measures and bulletins sit in sections of the same names, so Hugo writes the
same pretty URLs Openplan does (`actions/1-2/index.html`). The layouts are of similar weight to a
real page: header, skip link, main navigation, breadcrumbs, a summary list, the content, footer.
Embed lines (`{{progress}}` and so on) are Openplan's own feature, so they are left out here.
"""

import json
import os
import re

HUGO_TOML = """baseURL = "https://example.org/send-progress/"
languageCode = "en-GB"
title = "Cumberland SEND and AP progress"
disableKinds = ["taxonomy", "term"]
buildFuture = true
rssLimit = 20
enableRobotsTXT = false

[params]
partnership = "Cumberland SEND and AP Partnership"
email = "send@example.org"

[markup.goldmark.renderer]
unsafe = false

[markup.goldmark.extensions]
table = true
strikethrough = true
linkify = true
taskList = true

[[menus.main]]
name = "Home"
url = "/"
weight = 1
[[menus.main]]
name = "Priorities"
url = "/priorities/"
weight = 2
[[menus.main]]
name = "Measures"
url = "/measures/"
weight = 3
[[menus.main]]
name = "You said, we did"
url = "/you-said-we-did/"
weight = 4
[[menus.main]]
name = "Bulletins"
url = "/bulletins/"
weight = 5
[[menus.main]]
name = "About the plan"
url = "/about/"
weight = 6
"""

BASEOF = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ .Site.Title }}</title>
  {{ with .Params.summary }}<meta name="description" content="{{ . }}">{{ end }}
  <link rel="canonical" href="{{ .Permalink }}">
  <link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="header">
    <div class="container">
      <a class="header__title" href="{{ site.Home.RelPermalink }}">{{ .Site.Title }}</a>
      <p class="header__partnership">{{ .Site.Params.partnership }}</p>
    </div>
  </header>
  <nav class="nav" aria-label="Main">
    <ul class="container">
      {{ range .Site.Menus.main }}
      <li><a href="{{ .URL | relURL }}"{{ if $.IsMenuCurrent "main" . }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
      {{ end }}
    </ul>
  </nav>
  <div class="container">
    {{ if not .IsHome }}
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li><a href="{{ site.Home.RelPermalink }}">Home</a></li>
        {{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}
        <li aria-current="page">{{ .Title }}</li>
      </ol>
    </nav>
    {{ end }}
    <main id="main" class="main">
      {{ block "main" . }}{{ end }}
    </main>
  </div>
  <footer class="footer">
    <div class="container">
      <p>Published by the {{ .Site.Params.partnership }}.
        Contact us at <a href="mailto:{{ .Site.Params.email }}">{{ .Site.Params.email }}</a>.</p>
      <ul>
        <li><a href="{{ "accessibility/" | relURL }}">Accessibility statement</a></li>
        <li><a href="{{ "glossary/" | relURL }}">Glossary</a></li>
        <li><a href="{{ "sitemap.xml" | relURL }}">Sitemap</a></li>
      </ul>
    </div>
  </footer>
</body>
</html>
"""

SINGLE = """{{ define "main" }}
<article>
  <h1>{{ .Title }}</h1>
  {{ with .Params.status }}<p><strong class="tag tag--{{ $.Params.status_id }}">{{ . }}</strong></p>{{ end }}
  {{ if or .Params.due .Params.leads }}
  <dl class="summary-list">
    {{ with .Params.due }}<div><dt>Due</dt><dd>{{ . }}</dd></div>{{ end }}
    {{ with .Params.leads }}
    <div><dt>Leads</dt><dd><ul>
      {{ range . }}{{ $id := . }}{{ range where site.Data.people "id" $id }}<li>{{ .role }}, {{ .organisation }}</li>{{ end }}{{ end }}
    </ul></dd></div>
    {{ end }}
    {{ with .Params.priorities }}
    <div><dt>Priority</dt><dd>{{ range . }}<a href="{{ printf "priorities/%s/" . | relURL }}">Priority {{ . }}</a> {{ end }}</dd></div>
    {{ end }}
    {{ if not .Date.IsZero }}<div><dt>Last updated</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></dd></div>{{ end }}
  </dl>
  {{ end }}
  {{ .Content }}
  {{ with .Params.milestones }}
  <h2>Milestones</h2>
  <table>
    <thead><tr><th scope="col">Milestone</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>
    <tbody>{{ range . }}<tr><td>{{ .text }}</td><td>{{ .due }}</td><td>{{ .status }}</td></tr>{{ end }}</tbody>
  </table>
  {{ end }}
  {{ if eq .Section "priorities" }}
  <h2>Actions</h2>
  <ul class="cards">
    {{ range (partialCached "actions-by-priority.html" "all").Get .Params.pid }}
    <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <strong class="tag tag--{{ .Params.status_id }}">{{ .Params.status }}</strong> Due {{ .Params.due }}</li>
    {{ end }}
  </ul>
  {{ end }}
</article>
{{ end }}
"""

# Built once per build (partialCached): every action under each of its priorities, so a priority
# page lists its actions without scanning all pages (a `where` per priority page is quadratic).
ACTIONS_BY_PRIORITY = """{{- $index := newScratch -}}
{{- range where site.RegularPages "Section" "actions" -}}
  {{- $action := . -}}
  {{- range .Params.priorities }}{{ $index.Add . (slice $action) }}{{ end -}}
{{- end -}}
{{- return $index -}}
"""

LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="cards">
  {{ range .Pages }}
  <li class="card">
    <a href="{{ .RelPermalink }}">{{ .Title }}</a>
    {{ with .Params.status }}<strong class="tag tag--{{ $.Params.status_id }}">{{ . }}</strong>{{ end }}
    {{ with .Params.due }}<span>Due {{ . }}</span>{{ end }}
    {{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
  </li>
  {{ end }}
</ul>
{{ end }}
"""

CSS = """body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; color: #0b0c0c; }
.container { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
.skip-link { position: absolute; left: -9999px; } .skip-link:focus { left: 1rem; }
.header { background: #1d3557; color: #fff; } .header a { color: #fff; }
.nav ul, .breadcrumbs ol, .footer ul { list-style: none; display: flex; gap: 1rem; padding: 0; }
.tag { padding: 0 .4rem; border: 2px solid currentColor; } .tag--complete { color: #1d70b8; }
.tag--on-track { color: #00703c; } .tag--issues { color: #8a4b00; } .tag--off-track { color: #d4351c; }
table { border-collapse: collapse; } th, td { border-bottom: 1px solid #b1b4b6; padding: .3rem; text-align: left; }
"""

EMBED_LINE = re.compile(r"^\{\{[a-z]+( [^}]*)?\}\}\n?", re.MULTILINE)


def front_matter(fields):
    lines = ["---"]
    for key, value in fields.items():
        if value is None or value == []:
            continue
        lines.append("%s: %s" % (key, json.dumps(value, ensure_ascii=False)))
    return "\n".join(lines) + "\n---\n"


def page(path, fields, body):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(front_matter(fields) + EMBED_LINE.sub("", body))


def slug(item_id):
    return re.sub(r"[^a-z0-9]", "-", item_id.lower())


def write_hugo_site(root, site, people, glossary):
    labels = {"complete": "Completed", "on-track": "On track", "issues": "Some issues",
              "off-track": "Not on track", "not-started": "Not started"}
    files = {
        "hugo.toml": HUGO_TOML,
        "layouts/_default/baseof.html": BASEOF,
        "layouts/_default/single.html": SINGLE,
        "layouts/_default/list.html": LIST,
        "layouts/partials/actions-by-priority.html": ACTIONS_BY_PRIORITY,
        "static/css/site.css": CSS,
        "data/people.json": json.dumps([{"id": i, "role": r, "organisation": o} for i, r, o in people], indent=2),
    }
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    content = os.path.join(root, "content")
    pages = {p["slug"]: p for p in site["pages"]}
    page(os.path.join(content, "_index.md"), {"title": "Cumberland SEND and AP progress"}, pages["index"]["body"])
    for name in ("about", "accessibility"):
        page(os.path.join(content, name + ".md"), {"title": pages[name]["title"]}, pages[name]["body"])
    glossary_body = "| Term | Stands for | Meaning |\n| --- | --- | --- |\n" + "".join(
        "| %s | %s | %s |\n" % g for g in glossary)
    page(os.path.join(content, "glossary.md"), {"title": "Glossary"}, glossary_body)

    for section, title in [("priorities", "Priorities"), ("actions", "Actions"), ("measures", "Measures"),
                           ("bulletins", "Bulletins"), ("you-said-we-did", "You said, we did")]:
        page(os.path.join(content, section, "_index.md"), {"title": title}, "")
    for p in site["priorities"]:
        page(os.path.join(content, "priorities", slug(p["id"]) + ".md"),
             {"title": p["title"], "summary": p["summary"], "weight": p["order"], "pid": p["id"]}, p["body"])
    for a in site["actions"]:
        page(os.path.join(content, "actions", slug(a["id"]) + ".md"),
             {"title": a["title"], "date": a["updated"], "status": labels[a["status"]], "status_id": a["status"],
              "due": a["due"], "leads": a["leads"], "priorities": a["priorities"],
              "milestones": [{"due": m["due"], "text": m["text"], "status": labels[m["status"]]}
                             for m in a["milestones"]]},
             a["body"])
    for m in site["measures"]:
        readings = "| Date | Value |\n| --- | --- |\n" + "".join(
            "| %s | %s |\n" % (r["date"], r["value"]) for r in m["actuals"])
        page(os.path.join(content, "measures", slug(m["id"]) + ".md"),
             {"title": m["title"], "summary": m["description"]}, m["description"] + "\n\n" + readings)
    for b in site["bulletins"]:
        page(os.path.join(content, "bulletins", slug(b["id"]) + ".md"),
             {"title": b["title"], "date": b["date"], "summary": b["summary"]}, b["body"])
    for f in site["feedback"]:
        said = "**You said:** %s\n\n" % f["you_said"]
        did = "**We did:** %s\n\n" % f["we_did"] if f["we_did"] else ""
        page(os.path.join(content, "you-said-we-did", f["id"] + ".md"),
             {"title": f["theme"], "date": f["date"], "summary": f["you_said"]}, said + did + f["body"])
