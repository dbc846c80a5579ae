"""The feeds parse in a real feed reader's parser, with one entry per bulletin or item and
the full content."""
from __future__ import annotations

import feedparser

from openplan_email import bulletin_folders


def parse(path):
    feed = feedparser.parse(path.read_bytes())
    assert feed.bozo == 0, f"{path.name}: {feed.get('bozo_exception')}"
    return feed


def test_bulletin_feeds_have_every_bulletin_with_full_content(site_dir):
    bulletins = bulletin_folders(site_dir)
    for name, version in (("feed.xml", "atom10"), ("rss.xml", "rss20")):
        feed = parse(site_dir / name)
        assert feed.version == version
        assert len(feed.entries) == len(bulletins), f"{name} has {len(feed.entries)} entries for {len(bulletins)} bulletins"
        links = sorted(e.link for e in feed.entries)
        assert all(link.startswith("https://") for link in links)
        assert sorted(link.rstrip("/").rsplit("/", 1)[1] for link in links) == sorted(b.name for b in bulletins)
        for entry in feed.entries:
            content = entry.content[0].value
            assert len(content) > 200, f"{name}: {entry.title} has no full content"
            assert 'href="../' not in content and 'src="../' not in content
            assert "<svg" not in content
            assert entry.get("published_parsed") is not None


def test_feedback_feed_has_every_item(site_dir):
    feed = parse(site_dir / "you-said-we-did" / "feed.xml")
    assert feed.version == "atom10"
    page = (site_dir / "you-said-we-did" / "index.html").read_text(encoding="utf-8")
    assert len(feed.entries) == page.count('class="feedback-item" id="feedback-')
    ids = [e.id for e in feed.entries]
    assert len(set(ids)) == len(ids)
    for entry in feed.entries:
        assert "You said:" in entry.content[0].value


def test_pages_point_to_the_feeds(site_dir):
    page = (site_dir / "bulletins" / "index.html").read_text(encoding="utf-8")
    assert 'href="../feed.xml"' in page and 'href="../rss.xml"' in page
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml"' in home and 'type="application/rss+xml"' in home
