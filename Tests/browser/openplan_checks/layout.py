"""Reflow: at 320 CSS pixels a page must not scroll sideways (WCAG 1.4.10)."""

from __future__ import annotations

from dataclasses import dataclass

from selenium.webdriver.remote.webdriver import WebDriver

_MEASURE_SCRIPT = """
const root = document.documentElement;
const width = Math.min(root.clientWidth, window.innerWidth);
const result = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
                innerWidth: window.innerWidth, offenders: []};
if (root.scrollWidth <= width) return result;
function describe(el) {
  let text = el.tagName.toLowerCase();
  if (el.id) text += '#' + el.id;
  if (el.classList && el.classList.length) text += '.' + Array.from(el.classList).join('.');
  return text;
}
function path(el) {
  const parts = [];
  for (let e = el; e && e !== root && parts.length < 4; e = e.parentElement) parts.unshift(describe(e));
  return parts.join(' > ');
}
function clipped(el) {  // inside a box that scrolls or clips on its own: allowed (e.g. wide tables)
  for (let a = el.parentElement; a && a !== document.body && a !== root; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') return true;
  }
  return false;
}
const wide = [];
for (const el of document.body ? document.body.querySelectorAll('*') : []) {
  if (wide.some(w => w.contains(el))) continue;  // report the outermost element only
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.right <= width + 0.5) continue;  // only the right edge makes a page scroll sideways
  if (clipped(el)) continue;
  wide.push(el);
  result.offenders.push(path(el) + ' (' + Math.round(r.width) + ' px wide, right edge at ' + Math.round(r.right) + ' px)');
  if (wide.length >= 8) break;
}
return result;
"""


@dataclass(frozen=True)
class Overflow:
    scroll_width: int
    client_width: int
    inner_width: int
    offenders: tuple[str, ...]

    def describe(self, where: str) -> str:
        lines = [f"{where} scrolls sideways at {self.inner_width} px: the page is "
                 f"{self.scroll_width} px wide but the window shows {self.client_width} px."]
        if self.offenders:
            lines.append("Elements reaching past the edge (outermost first):")
            lines.extend(f"  - {o}" for o in self.offenders)
        return "\n".join(lines)


def horizontal_overflow(driver: WebDriver) -> Overflow | None:
    """The overflow of the open page, or ``None`` when it fits the window's width."""
    m = driver.execute_script(_MEASURE_SCRIPT)
    limit = min(m["clientWidth"], m["innerWidth"])
    if m["scrollWidth"] <= limit:
        return None
    return Overflow(m["scrollWidth"], m["clientWidth"], m["innerWidth"], tuple(m["offenders"]))


def viewport_meta_problem(driver: WebDriver) -> str | None:
    """Phones lay out a page 980 px wide unless it asks for ``width=device-width``."""
    content = driver.execute_script(
        "const m = document.querySelector('meta[name=viewport]'); return m ? m.content : null")
    if content is None:
        return 'the page has no <meta name="viewport" content="width=device-width, initial-scale=1">'
    if "width=device-width" not in content.replace(" ", ""):
        return f'the viewport meta tag says "{content}" and lacks width=device-width'
    return None
