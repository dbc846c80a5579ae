"""The Nu HTML Checker over every page, style sheet and SVG file, in one run."""

import pytest

from openplan_checks.validator import site_files, validate_files

_SHOWN = 200


def test_every_page_is_valid_html(site_dir, site_server):
    files = site_files(site_dir)
    errors = validate_files(files, site_dir)
    report = "\n".join(str(e) for e in errors[:_SHOWN])
    if len(errors) > _SHOWN:
        report += f"\n… and {len(errors) - _SHOWN} more"
    if errors:
        pytest.fail(f"The HTML checker found {len(errors)} error(s) in {len(files)} file(s):\n{report}",
                    pytrace=False)
