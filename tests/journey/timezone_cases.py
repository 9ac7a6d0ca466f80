"""The cases of ``test_timezone.py``, run by it in a pytest of their own with ``TZ`` set to a zone
other than the kiosk's (UTC, America/New_York): the process's local time is then not WIB, and
the kiosk must still show and print WIB."""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime, Qt

from kiosk.app import build, shutdown
from kiosk.core.states import PrintPurpose

if not os.environ.get("KIOSK_TZ_CASES"):
    pytest.skip("run by test_timezone.py with TZ set", allow_module_level=True)

JAKARTA = ZoneInfo("Asia/Jakarta")


def wib_texts(fmt: str, before: datetime, after: datetime) -> set[str]:
    """The WIB texts a clock read between ``before`` and ``after`` can show (a minute may turn)."""
    return {moment.astimezone(JAKARTA).strftime(fmt) for moment in (before, after)}


@pytest.fixture
def kiosk(cfg, qtbot):
    k = build(cfg, windowed=True)
    k.window.resize(1280, 800)
    k.window.show()
    qtbot.waitUntil(lambda: k.assembly is not None, timeout=10_000)
    yield k
    shutdown(k)


def test_the_os_zone_is_not_the_kiosks():
    """Guards the cases below: they prove something only when the OS's local time is not WIB."""
    assert os.environ["TZ"] == os.environ["KIOSK_TZ_CASES"]
    assert time.strftime("%z") != "+0700"
    assert QDateTime.currentDateTime().offsetFromUtc() != 7 * 3600  # what the old clock showed


def test_status_bar_clock_and_printed_slip_show_wib(kiosk, qtbot, store):
    window, parts = kiosk.window, kiosk.assembly
    before = datetime.now(JAKARTA)
    window.status_bar.refresh()
    shown = window.status_bar.clock_label.text()
    after = datetime.now(JAKARTA)
    assert shown in {t + " WIB" for t in wib_texts("%d-%m-%Y  %H:%M", before, after)}, shown

    window.go("severance")
    severance = parts.severance
    severance.reasons.setCurrentRow(0)
    severance.reasons.item(0).setSelected(True)
    qtbot.keyClicks(severance.wage.editor, "5000000")
    qtbot.keyClicks(severance.years.editor, "4")
    qtbot.mouseClick(severance.calculate, Qt.MouseButton.LeftButton)
    assert severance.result is not None
    before = datetime.now(JAKARTA)
    qtbot.mouseClick(severance.print_slip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: store.one("SELECT state FROM print_jobs WHERE kind = ?", (PrintPurpose.SEVERANCE_SLIP,)) is not None,
        timeout=5000,
    )
    after = datetime.now(JAKARTA)
    job = store.one("SELECT * FROM print_jobs WHERE kind = ?", (PrintPurpose.SEVERANCE_SLIP,))
    lines = json.loads(job["document"])["lines"]
    printed = dict(line.split("\t", 1) for line in lines if "\t" in line)
    assert printed["Waktu"] in {t + " WIB" for t in wib_texts("%d-%m-%Y %H:%M", before, after)}, printed["Waktu"]
    # what the kiosk stores carries the WIB offset too (the recap and the print log read it)
    assert job["created_at"].endswith("+07:00")
    stored = datetime.fromisoformat(job["created_at"])
    assert abs(stored - before) < timedelta(minutes=2)
    qtbot.waitUntil(
        lambda: store.one("SELECT state FROM print_jobs WHERE id = ?", (job["id"],))["state"] == "printed",
        timeout=15_000,
    )
