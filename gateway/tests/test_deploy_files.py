"""The deployment files: the systemd units verify, nginx replaces X-Forwarded-For, and the
client address is taken from the trusted proxy's entry only."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNIT_DIR = ROOT / "systemd" / "gateway"
UNITS = sorted(UNIT_DIR.glob("*.service")) + sorted(UNIT_DIR.glob("*.timer"))


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here")
@pytest.mark.parametrize("unit", UNITS, ids=lambda p: p.name)
def test_unit_verifies(unit: Path, tmp_path: Path):
    # the programs do not exist on a test machine: /bin/true lets verify check every directive
    text = unit.read_text()
    for program in ("/opt/gateway/.venv/bin/gunicorn", "/opt/gateway/.venv/bin/gateway"):
        text = text.replace(program, "/bin/true")
    copy = tmp_path / unit.name
    copy.write_text(text)
    if unit.suffix == ".timer":
        (tmp_path / unit.name.replace(".timer", ".service")).write_text(
            (unit.parent / unit.name.replace(".timer", ".service")).read_text())  # fmt: skip
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    problems = [line for line in result.stderr.splitlines() if unit.name in line or "Unknown" in line]
    assert result.returncode == 0 and not problems, result.stderr


def test_nginx_site_terminates_tls_and_replaces_forwarded_for():
    text = (ROOT / "systemd" / "gateway" / "gateway-nginx.conf").read_text()
    for line in ("listen 443 ssl", "proxy_set_header X-Forwarded-For $remote_addr;",
                 "proxy_set_header X-Forwarded-Proto $scheme;", "client_max_body_size 4m;",
                 "proxy_pass http://127.0.0.1:8000;"):  # fmt: skip
        assert line in text


@pytest.mark.parametrize(
    ("forwarded", "hops", "expected"),
    [
        ("203.0.113.9", 1, "203.0.113.9"),
        ("6.6.6.6, 203.0.113.9", 1, "203.0.113.9"),  # the client's own claim on the left is ignored
        ("", 1, "127.0.0.1"),
        ("6.6.6.6", 0, "127.0.0.1"),
    ],
)
def test_client_address_trusts_only_the_proxys_entry(django_ready, forwarded, hops, expected):
    from django.test import RequestFactory

    from gateway.client_address import client_address

    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request, hops) == expected
