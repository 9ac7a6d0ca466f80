"""The units pass systemd-analyze verify; the install script, run into a throwaway root twice."""

from __future__ import annotations

import hashlib
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNITS = sorted((ROOT / "systemd").glob("*.service")) + sorted((ROOT / "systemd").glob("*.timer"))


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here")
@pytest.mark.parametrize("unit", UNITS, ids=lambda p: p.name)
def test_unit_verifies(unit, tmp_path):
    # the programs the units start do not exist on a test machine: point them at /bin/true,
    # so verify checks every directive rather than complaining about a missing binary
    text = unit.read_text().replace("/usr/bin/cage -d -- /opt/kiosk/.venv/bin/kiosk run", "/bin/true")
    copy = tmp_path / unit.name
    copy.write_text(text.replace("/opt/kiosk/.venv/bin/kiosk", "/bin/true"))
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    problems = [line for line in result.stderr.splitlines() if unit.name in line or "Unknown" in line]
    assert result.returncode == 0 and not problems, result.stderr


def test_kiosk_unit_is_notify_with_watchdog():
    text = (ROOT / "systemd" / "kiosk.service").read_text()
    for line in ("Type=notify", "NotifyAccess=all", "WatchdogSec=", "Restart=always", "User=kiosk", "cage"):
        assert line in text


def tree_hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() + oct(p.stat().st_mode)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "kiosk-install.log"
    }


def install(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(ROOT / "scripts" / "install-kiosk"), *args], capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_install_into_a_root_twice_changes_nothing_the_second_time(tmp_path):
    root = tmp_path / "root"
    first = install("--root", str(root))
    assert first.returncode == 0, first.stderr
    before = tree_hashes(root)
    second = install("--root", str(root))
    assert second.returncode == 0, second.stderr
    assert tree_hashes(root) == before
    assert "wrote" not in second.stdout
    assert stat.S_IMODE((root / "var/lib/kiosk").stat().st_mode) == 0o700
    assert stat.S_IMODE((root / "etc/kiosk/kiosk.toml").stat().st_mode) == 0o640
    for unit in ("kiosk.service", "kiosk-sync.service", "kiosk-maintenance.timer"):
        assert (root / "etc/systemd/system" / unit).read_text() == (ROOT / "systemd" / unit).read_text()
    assert (root / "opt/kiosk/pyproject.toml").exists()
    log = (root / "var/log/kiosk-install.log").read_text()
    assert "useradd --system" in log and "systemctl enable kiosk.service" in log and "cage" in log


@pytest.mark.slow
def test_site_config_is_never_overwritten_and_uninstall_keeps_data(tmp_path):
    root = tmp_path / "root"
    assert install("--root", str(root)).returncode == 0
    site = root / "etc/kiosk/kiosk.toml"
    site.write_text('[kiosk]\nid = "SMG-07"\n')
    (root / "var/lib/kiosk/kiosk.db").write_bytes(b"data")
    assert install("--root", str(root)).returncode == 0
    assert site.read_text() == '[kiosk]\nid = "SMG-07"\n'
    assert install("--root", str(root), "--uninstall").returncode == 0
    assert not (root / "opt/kiosk").exists() and not (root / "etc/systemd/system/kiosk.service").exists()
    assert (root / "var/lib/kiosk/kiosk.db").read_bytes() == b"data"
    assert install("--root", str(root), "--uninstall", "--purge-data").returncode == 0
    assert not (root / "var/lib/kiosk").exists()


def test_dry_run_writes_nothing(tmp_path):
    result = install("--dry-run", "--root", str(tmp_path / "root"))
    assert result.returncode == 0 and "would write: /etc/systemd/system/kiosk.service" in result.stdout
    assert not (tmp_path / "root" / "etc").exists()
