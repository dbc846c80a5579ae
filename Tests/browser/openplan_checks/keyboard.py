"""The skip link: the first Tab on a page must show it, and Enter must move to the content."""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

MAIN_ID = "main-content"

_FOCUSED_SCRIPT = """
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) return null;
const r = el.getBoundingClientRect();
const s = getComputedStyle(el);
return {tag: el.tagName.toLowerCase(), id: el.id || '', href: el.getAttribute('href'),
        text: (el.innerText || el.textContent || '').trim().slice(0, 80),
        html: el.outerHTML.slice(0, 160),
        left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height,
        opacity: s.opacity, visibility: s.visibility, clip: s.clip, clipPath: s.clipPath,
        viewWidth: window.innerWidth, viewHeight: window.innerHeight,
        insideMain: !!(document.getElementById(arguments[0]) &&
                       document.getElementById(arguments[0]).contains(el))};
"""

_MIN_VISIBLE_PX = 8


def _press(driver: WebDriver, key: str) -> None:
    ActionChains(driver).send_keys(key).perform()


def _focused(driver: WebDriver) -> dict | None:
    return driver.execute_script(_FOCUSED_SCRIPT, MAIN_ID)


def _visibility_problem(f: dict) -> str | None:
    if f["visibility"] != "visible" or float(f["opacity"]) < 0.1:
        return f"it is invisible when focused (visibility {f['visibility']}, opacity {f['opacity']})"
    if f["width"] < _MIN_VISIBLE_PX or f["height"] < _MIN_VISIBLE_PX:
        return (f"it is only {f['width']:.0f}×{f['height']:.0f} px when focused, "
                "so sighted keyboard users cannot see it")
    if f["clip"] not in ("auto", "", None) or f["clipPath"] not in ("none", "", None):
        return f"it is clipped when focused (clip {f['clip']}, clip-path {f['clipPath']})"
    if f["right"] <= 0 or f["bottom"] <= 0 or f["left"] >= f["viewWidth"] or f["top"] >= f["viewHeight"]:
        return (f"it stays off screen when focused (box left {f['left']:.0f}, top {f['top']:.0f}, "
                f"right {f['right']:.0f}, bottom {f['bottom']:.0f})")
    return None


def skip_link_problems(driver: WebDriver, url: str) -> list[str]:
    """Loads ``url`` fresh, presses Tab then Enter, and says what went wrong (empty: all good)."""
    driver.get(url)
    if not driver.execute_script("return !!document.getElementById(arguments[0])", MAIN_ID):
        return [f'the page has no element with id="{MAIN_ID}" for the skip link to reach']

    _press(driver, Keys.TAB)
    first = _focused(driver)
    if first is None:
        return ["pressing Tab once focused nothing"]
    if not (first["tag"] == "a" and (first["href"] or "").endswith("#" + MAIN_ID)):
        return [f'the first Tab focused {first["html"]!r}, not a skip link to "#{MAIN_ID}"']
    problems = []
    hidden = _visibility_problem(first)
    if hidden:
        problems.append(f"the skip link is focused first, but {hidden}")

    _press(driver, Keys.ENTER)
    after = _focused(driver)
    if after is not None and (after["id"] == MAIN_ID or after["insideMain"]):
        return problems
    _press(driver, Keys.TAB)
    next_focus = _focused(driver)
    if next_focus is None or not next_focus["insideMain"]:
        landed = next_focus["html"] if next_focus else "nothing"
        problems.append(f"after Enter on the skip link, the next Tab focused {landed!r}, "
                        f'which is outside #{MAIN_ID}')
    return problems
