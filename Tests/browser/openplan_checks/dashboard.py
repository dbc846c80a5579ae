"""The measures page as a dashboard: where each measure stands, readable without colour,
without sight and without JavaScript."""

from __future__ import annotations

from selenium.webdriver.remote.webdriver import WebDriver

#: The values `data-measure-state` may take, and no others.
STATES = {"met", "on-course", "off-course", "no-data", "late"}

_READ = """
return Array.from(document.querySelectorAll('.measure-card, .embed-measure')).map(card => {
  const title = card.querySelector('a');
  const tag = card.querySelector('.tag');
  const spark = card.querySelector('svg.sparkline');
  const words = card.querySelector('.measure-card__spark .visually-hidden');
  const box = words ? words.getBoundingClientRect() : null;
  return {
    title: title ? title.textContent.trim() : '(no title)',
    isCard: card.classList.contains('measure-card'),
    state: card.getAttribute('data-measure-state'),
    label: tag ? tag.innerText.trim() : '',
    shape: !!(tag && tag.querySelector('svg.tag__shape')),
    spark: !!spark,
    sparkHidden: spark ? spark.getAttribute('aria-hidden') === 'true' && !spark.hasAttribute('role') : null,
    sparkText: words ? words.textContent.trim() : '',
    sparkTextSize: box ? [box.width, box.height] : null,
    right: card.getBoundingClientRect().right,
  };
});
"""


def dashboard_problems(driver: WebDriver) -> list[str]:
    """Every measure card (and bulletin measure) on the open page that does not say where it
    stands in words and a shape, marks it with a value outside the five, or shows a sparkline
    without its figures in words; and any card wider than the window."""
    problems = []
    width = driver.execute_script("return document.documentElement.clientWidth")
    for card in driver.execute_script(_READ):
        name = f'"{card["title"]}"'
        if card["state"] not in STATES:
            problems.append(f"{name}: data-measure-state is {card['state']!r}, not one of {sorted(STATES)}")
        if not card["label"]:
            problems.append(f"{name}: no standing in words (a .tag with a label)")
        if not card["shape"]:
            problems.append(f"{name}: the standing has no shape, so it rests on colour alone")
        if card["isCard"] and card["spark"]:
            if not card["sparkHidden"]:
                problems.append(f"{name}: the sparkline is not hidden from screen readers (aria-hidden=\"true\", no role)")
            if not card["sparkText"].startswith("Figures in the small chart: "):
                problems.append(f"{name}: the sparkline has no figures in words beside it")
            elif card["sparkTextSize"] and max(card["sparkTextSize"]) > 1:
                problems.append(f"{name}: the sparkline's words are meant for screen readers only but are drawn on screen")
        if card["right"] > width + 1:
            problems.append(f"{name}: the card is wider than the {width} px window")
    return problems
