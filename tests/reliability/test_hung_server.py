"""A SIKER (or gateway) that accepts the connection and never answers: a real TCP server on
loopback that accepts and holds every connection. The sync service's requests end within
``siker.timeout_s``, one pass (heartbeat, outbox, vacancy pull) within a bound, the real
``kiosk sync --once`` exits, and the kiosk's GUI never stalls while its NIK lookup waits."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date

import pytest

from kiosk.app import build, shutdown
from kiosk.services.draft import RegistrationDraft
from kiosk.services.registration import save_registration
from kiosk.sync.client import TRANSIENT, SikerClient, write_token
from kiosk.sync.runner import SyncRunner
from tests.reliability.stall import StallMeter

LIMIT_MS = 100
TIMEOUT_S = 1


class HungServer:
    """Accepts every connection on 127.0.0.1 and never reads or writes a byte."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return  # closed
            self.held.append(conn)

    def close(self) -> None:
        self.sock.shutdown(socket.SHUT_RDWR)  # wakes the accept(); a close() alone leaves it waiting
        self.sock.close()
        for conn in self.held:
            conn.close()
        self._thread.join(timeout=5)


@pytest.fixture
def hung() -> Iterator[HungServer]:
    server = HungServer()
    yield server
    server.close()


@pytest.fixture
def hung_cfg(cfg, hung):
    write_token(cfg.siker.token_file, "rahasia-uji")
    return cfg.with_overrides({"siker.base_url": hung.base_url, "siker.timeout_s": TIMEOUT_S})


def _draft(nik: str) -> RegistrationDraft:
    draft = RegistrationDraft(nik=nik, birth_date=date(1998, 8, 1))
    draft.name, draft.birth_place, draft.sex, draft.phone = "Orang Uji", "Semarang", "P", "081234567890"
    draft.consent_at = "2026-11-21T09:00:00+07:00"
    return draft


def test_each_request_ends_within_the_timeout(hung_cfg, hung):
    client = SikerClient.from_config(hung_cfg)
    for call in (lambda: client.post("/registrations", {"client_id": "x"}), lambda: client.heartbeat({}),
                 lambda: client.get("/vacancies")):  # fmt: skip
        started = time.monotonic()
        reply = call()
        took = time.monotonic() - started
        assert (reply.kind, reply.message) == (TRANSIENT, "ReadTimeout"), reply
        assert TIMEOUT_S * 0.9 <= took < TIMEOUT_S + 1.5, took
    assert hung.held  # the server did accept: this was the read timeout, not a refused connection


def test_one_sync_pass_ends_within_its_bound_and_delivers_nothing(hung_cfg, store, hung):
    for i in range(1, 4):
        save_registration(store, hung_cfg, _draft(f"337411410898000{i}"))
    runner = SyncRunner(hung_cfg, store, base_backoff_s=0.2, max_backoff_s=0.5)
    deadline_s = 3
    started = time.monotonic()
    result = runner.once(deadline_s=deadline_s)
    runner.close()
    took = time.monotonic() - started
    # heartbeat + outbox (deadline, then the requests in flight) + vacancy pull, each request <= the timeout
    assert took < TIMEOUT_S + (deadline_s + TIMEOUT_S) + TIMEOUT_S + 2, took
    assert not result.done and result.delivered == 0
    rows = store.query("SELECT state FROM outbox")
    assert len(rows) == 3 and all(row["state"] != "delivered" for row in rows)


def test_kiosk_sync_once_exits_when_the_server_never_answers(hung_cfg, hung, tmp_path, store):
    save_registration(store, hung_cfg, _draft("3374114108980001"))
    site = tmp_path / "site.toml"
    site.write_text(
        f'[kiosk]\ndata_dir = "{hung_cfg.data_dir}"\n[siker]\nbase_url = "{hung.base_url}"\n'
        f'timeout_s = {TIMEOUT_S}\ntoken_file = "{hung_cfg.siker.token_file}"\n'
    )
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from kiosk import cli; sys.exit(cli.main(sys.argv[1:]))",
         "--config", str(site), "sync", "--once", "--deadline", "3"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    took = time.monotonic() - started
    assert result.returncode == 1, result.stdout + result.stderr  # not drained: the record waits
    assert took < 15, took
    assert store.one("SELECT state FROM outbox")["state"] != "delivered"


@pytest.mark.slow
def test_the_gui_never_stalls_while_the_lookup_waits_for_a_silent_server(hung_cfg, qtbot, hung):
    kiosk = build(hung_cfg, windowed=True)
    kiosk.window.show()
    try:
        qtbot.waitUntil(lambda: kiosk.assembly is not None, timeout=10_000)
        meter = StallMeter().start()
        kiosk.assembly.card_reader.tap(0)
        qtbot.waitUntil(lambda: kiosk.window.router.current_name == "consent", timeout=15_000)
        meter.stop()
        print(f"\nsilent SIKER: worst GUI stall {meter.worst_ms:.0f} ms over {meter.ticks} ticks")
        assert meter.ticks > 100 and meter.responsive(LIMIT_MS), f"GUI blocked: {meter.stalls_over(LIMIT_MS)} ms"
        assert hung.held  # the lookup did reach the silent server
        assert kiosk.assembly.flow.draft.kind == "new"  # offline: a new registration, not a refusal
    finally:
        shutdown(kiosk)
