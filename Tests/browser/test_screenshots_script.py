"""scripts/screenshots makes the README's pictures: check it still runs on the small fixture site."""

import struct
import subprocess
import sys
from pathlib import Path

# Not imported from conftest: when several test folders run in one pytest call, the name
# "conftest" may belong to another folder's.
HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"

SCRIPT = HERE.parent.parent / "scripts" / "screenshots"


def _png_size(path):
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_screenshots_script_writes_phone_and_desktop_pictures(tmp_path):
    result = subprocess.run([sys.executable, str(SCRIPT), str(FIXTURES / "minimal"), str(tmp_path)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("home", "action", "measure"):
        phone_width, phone_height = _png_size(tmp_path / f"{name}-phone.png")
        assert phone_width == 390 and phone_height >= 844, (name, phone_width, phone_height)
        assert _png_size(tmp_path / f"{name}-desktop.png") == (1280, 800)
