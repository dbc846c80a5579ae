"""`openplan bulletin MONTH` writes a draft that a mail program reads as a message with a
plain-text and an HTML part, the HTML exactly the published email.html."""
from __future__ import annotations

import email
import email.policy
import subprocess

from openplan_email import AS_OF, REPO, bulletin_folders


def test_draft_is_multipart_alternative_with_both_parts(openplan_bin, example_build, tmp_path):
    folders = bulletin_folders(example_build)
    assert folders
    for folder in folders:
        out = tmp_path / f"{folder.name}.eml"
        run = subprocess.run([str(openplan_bin), "bulletin", folder.name, "--site", str(REPO), "--as-of", AS_OF,
                              "--output", str(out)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
        assert message.get_content_type() == "multipart/alternative"
        assert message["Subject"]
        assert message["From"].addresses[0].addr_spec == "send@example.org"
        assert message["X-Unsent"] == "1"
        parts = {part.get_content_type(): part for part in message.iter_parts()}
        assert set(parts) == {"text/plain", "text/html"}
        assert parts["text/html"].get_content() == (folder / "email.html").read_text(encoding="utf-8")
        assert parts["text/plain"].get_content() == (folder / "email.txt").read_text(encoding="utf-8")


def test_a_month_without_a_bulletin_is_reported(openplan_bin, tmp_path):
    run = subprocess.run([str(openplan_bin), "bulletin", "2019-01", "--site", str(REPO), "--output", str(tmp_path / "x.eml")],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "Bulletins exist for" in run.stderr
    assert not (tmp_path / "x.eml").exists()
