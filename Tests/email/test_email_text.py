"""email.txt is the same bulletin as plain text, its links listed by number at the end."""
from __future__ import annotations

import re

from openplan_email import bulletin_folders

URL = re.compile(r"(?:https?://|mailto:)\S+")
RENDERED_TAG = re.compile(r"<[a-z][a-z0-9]*\s+(?:class|href|style|role|datetime|id|aria-[a-z]+)=")
CLOSING_TAG = re.compile(r"</(?:p|li|ul|ol|td|th|tr|table|div|span|strong|a|h[1-6])>")


def test_text_emails_are_wrapped_and_list_their_links(site_dir):
    for folder in bulletin_folders(site_dir):
        text = (folder / "email.txt").read_text(encoding="utf-8")
        body, _, links = text.partition("\nLinks\n-----\n")
        references = set(int(n) for n in re.findall(r"\[(\d+)\]", body))
        listed = dict((int(n), url) for n, url in re.findall(r"^\[(\d+)\] (\S+)$", links, re.M))
        assert references == set(listed), f"{folder.name}/email.txt: references {sorted(references)} but lists {sorted(listed)}"
        for url in listed.values():
            assert url.startswith(("https://", "http://", "mailto:")), f"{folder.name}/email.txt lists {url}"
        for url in URL.findall(text):
            assert not url.startswith("http://") or "://" in url
        # No markup the renderer writes may leak into plain text. Editors' own words can hold
        # "<" (a title about <script>, say): plain text shows those as written, harmlessly.
        leaked = RENDERED_TAG.search(body) or CLOSING_TAG.search(body)
        assert not leaked, f"{folder.name}/email.txt has markup in it: {leaked.group(0)!r}"
        for line in body.splitlines():
            if len(line) > 72:
                assert URL.search(line), f"{folder.name}/email.txt has a long line that is not an address: {line!r}"


def test_text_email_has_the_same_headings_as_the_web_page(site_dir):
    for folder in bulletin_folders(site_dir):
        page = (folder / "index.html").read_text(encoding="utf-8")
        text = (folder / "email.txt").read_text(encoding="utf-8")
        for heading in re.findall(r'<h2 id="[^"]*">(.*?)</h2>', page):
            plain = re.sub(r"<[^>]+>", "", heading).replace("&#39;", "'").replace("&quot;", '"').replace("&amp;", "&")
            assert f"{plain}\n{'-' * min(72, len(plain))}\n" in text, f"{folder.name}/email.txt lacks the heading {plain!r}"
