"""Issue 18 item 18: one time zone, the config's ``kiosk.timezone`` (Asia/Jakarta by default),
for the on-screen clock and every printed time, whatever the operating system's zone.

The window cases run in a pytest of their own per ``TZ`` (``timezone_cases.py``): the C library
and Qt read ``TZ`` once, so the zone has to be in the environment when the process starts.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import config
from kiosk.core import clock
from tests.support.inner_pytest import assert_passed, run_cases

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("timezone_cases.py")


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
def test_clock_and_slips_show_wib_whatever_the_os_zone(tmp_path, zone):
    env = {"TZ": zone, "KIOSK_TZ_CASES": zone, "QT_QPA_PLATFORM": "offscreen"}
    done = run_cases(CASES, tmp_path, env=env, timeout=300)
    assert_passed(done, "2 passed")


@pytest.fixture
def restore_zone():
    yield
    clock.set_zone(clock.DEFAULT_ZONE)


def test_the_configured_zone_is_the_one_in_force(monkeypatch, restore_zone):
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    assert config.load().kiosk.timezone == "Asia/Jakarta"
    assert clock.zone().key == "Asia/Jakarta"
    config.load(overrides={"kiosk.timezone": "Asia/Makassar"})  # a kiosk in WITA
    moment = datetime(2026, 12, 2, 1, 30, tzinfo=UTC)
    assert clock.printed(moment) == "02-12-2026 09:30 WITA"
    assert clock.on_screen(moment) == "02-12-2026  09:30 WITA"
    assert clock.rfc3339(moment) == "2026-12-02T09:30:00+08:00"
    assert clock.now().utcoffset().total_seconds() == 8 * 3600
    config.load()
    assert clock.printed(moment) == "02-12-2026 08:30 WIB"
    assert clock.printed("2026-12-02T01:30:00Z") == "02-12-2026 08:30 WIB"  # stored text, any offset


def test_a_wrong_zone_stops_start_up_with_the_key(tmp_path, restore_zone):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\ntimezone = "Asia/Semarang"\n', encoding="utf-8")
    with pytest.raises(config.ConfigError) as err:
        config.load(site)
    assert "kiosk.timezone" in str(err.value) and "Asia/Semarang" in str(err.value)
    assert "Asia/Jakarta" in str(err.value)
