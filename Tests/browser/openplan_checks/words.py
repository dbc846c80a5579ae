"""Words broken in the middle: a status tag or a table header must wrap between words only.

A word broken across lines ("Com/plete/d", "De lay ed") reads as nonsense, and a screen
magnifier user sees only the fragments. Each word of each tag and header is measured with a
DOM Range: a word set on one line has exactly one client rectangle.
"""

from __future__ import annotations

from selenium.webdriver.remote.webdriver import WebDriver

_MEASURE_SCRIPT = """
const found = [];
const walker = (el) => document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
for (const el of document.querySelectorAll('.tag, th')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;  // hidden (e.g. a closed <details>)
  const w = walker(el);
  for (let node = w.nextNode(); node; node = w.nextNode()) {
    const text = node.data;
    for (const m of text.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = Array.from(range.getClientRects()).filter(q => q.width > 0.5);
      const lines = new Set(rects.map(q => Math.round(q.top)));
      if (lines.size > 1) {
        found.push(el.tagName.toLowerCase() + (el.classList.length ? '.' + Array.from(el.classList).join('.') : '')
                   + ': "' + m[0] + '" over ' + lines.size + ' lines');
      }
    }
  }
}
return found;
"""


def broken_words(driver: WebDriver) -> list[str]:
    """Words in the open page's tags and table headers that are split over lines."""
    return list(driver.execute_script(_MEASURE_SCRIPT))
