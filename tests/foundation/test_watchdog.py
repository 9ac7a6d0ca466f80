"""READY after the first paint and WATCHDOG pings, on a fake NOTIFY_SOCKET the test listens on."""

from __future__ import annotations

import socket
import time

from kiosk.watchdog import Watchdog


def test_ready_then_pings_and_a_blocked_loop_stops_them(tmp_path, monkeypatch, qtbot):
    path = str(tmp_path / "notify")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(path)
    listener.settimeout(5)
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    monkeypatch.setenv("WATCHDOG_USEC", "2000000")  # 2 s: a ping each second
    dog = Watchdog()
    assert dog.enabled and dog.interval_ms == 1000
    dog.ready()
    assert listener.recv(64) == b"READY=1"
    with qtbot.waitSignal(dog.timer.timeout, timeout=3000):
        pass
    assert listener.recv(64) == b"WATCHDOG=1"
    # a blocked event loop: no timer fires, so nothing arrives
    listener.settimeout(0)
    while True:
        try:
            listener.recv(64)
        except BlockingIOError:
            break
    end = time.monotonic() + 1.5
    while time.monotonic() < end:  # the GUI thread is busy: the frozen event loop under test
        pass
    listener.settimeout(0)
    try:
        listener.recv(64)
        arrived = True
    except BlockingIOError:
        arrived = False
    assert not arrived
    dog.timer.stop()
    listener.close()


def test_silent_without_systemd(monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    dog = Watchdog()
    dog.ready()
    assert not dog.enabled and not dog.timer.isActive()
