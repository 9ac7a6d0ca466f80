"""Shared fixtures: a validated config pointing at a temporary data folder, and a store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.ui.pyside_setup import skip_feature_scan

skip_feature_scan()  # as the kiosk does: the modules imported from here on are not read as text

from kiosk import config as config_mod  # noqa: E402 - after the scan is off
from kiosk.store.db import Store  # noqa: E402


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """For pytest-xdist's workers (scripts/test runs one per core): the slow tests first, so that
    no worker is left with a long one at the end while the others wait; and the tests that start
    their own pcscd on one worker, one after another, as the machine has one pcscd socket."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # stable: the rest keep their order
    for item in items:
        if item.get_closest_marker("pcsc"):
            item.add_marker(pytest.mark.xdist_group("pcscd"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def cfg(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> config_mod.Config:
    """Defaults with simulated devices and the data folder in tmp_path."""
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    return config_mod.load(
        overrides={
            "kiosk.data_dir": str(data_dir),
            "kiosk.fullscreen": False,
            "kiosk.hide_cursor": False,
            "card_reader.backend": "simulated",
            "camera.source": "simulated",
            "printer.uri": "simulated",
            "siker.token_file": str(data_dir / "siker.token"),
        }
    )


@pytest.fixture
def store(cfg: config_mod.Config):
    s = Store(cfg.db_path)
    yield s
    s.close()


@pytest.fixture
def kiosk(cfg, qtbot):
    """The whole app on simulated devices, its services up (after the first frame)."""
    from kiosk.app import build, shutdown

    app = build(cfg, windowed=True)
    app.window.resize(1280, 800)
    app.window.show()
    qtbot.waitUntil(lambda: app.assembly is not None, timeout=10_000)
    app.assembly.photo.tick_ms = 30  # the countdown's seconds, shortened; same flow
    yield app
    shutdown(app)
