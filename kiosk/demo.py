"""What `kiosk demo` adds to the composition: its sync loop (to the embedded SIKER simulator, or
to a server given with --siker-url such as the office gateway of scripts/demo) and the two demo
staff holders. Production never imports this module."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from kiosk.config import Config
from kiosk.services import staff
from kiosk.services.thread_priority import lower_this_thread, start_lowered
from kiosk.store.db import Store
from kiosk.sync.client import TokenError, write_token
from kiosk.sync.runner import SyncRunner
from kiosk.sync.sample_events import seed_events
from kiosk.sync.sample_vacancies import seed_vacancies
from kiosk.sync.simulator import SikerSimulator

DEMO_STAFF = (("Teknisi Demo", "technician", "111111"), ("Petugas Demo", "officer", "222222"))
SIMULATOR_TOKEN = "demo-token"
log = logging.getLogger(__name__)


@dataclass
class DemoSync:
    runner: SyncRunner
    simulator: SikerSimulator | None  # None: the demo talks to a server of its own (--siker-url)
    thread: threading.Thread

    def close(self) -> None:
        # the loop ends its round and closes its database connection (the last connection closed
        # takes the write-ahead log with it); a round still waiting on the network is not waited
        # for longer than this, a stop takes under 2 s: the log then stays for the next start
        self.runner.stop_event.set()
        self.thread.join(timeout=1.0)
        self.runner.close()  # its sender's pool: after the round, which may still submit to it
        if self.simulator is not None:
            self.simulator.close()


def start_sync(cfg: Config, *, embedded_simulator: bool) -> tuple[DemoSync | None, Config]:
    """The demo's sync loop on a thread; with ``embedded_simulator`` the SIKER simulator in this
    process too (and the config pointed at it, with its token written). Without a readable token
    the demo runs offline, as a kiosk does: everything stays in the outbox."""
    simulator = None
    if embedded_simulator:
        simulator = SikerSimulator(cfg.data_dir / "siker-sim.db", token=SIMULATOR_TOKEN)
        # the "office server" inside the screen's process: it too yields the CPU to the screen
        start_lowered(simulator.start)
        seed_vacancies(simulator, 40)
        seed_events(simulator)
        write_token(cfg.siker.token_file, SIMULATOR_TOKEN)
        cfg = cfg.with_overrides({"siker.base_url": simulator.base_url})
    try:
        runner = SyncRunner(cfg, base_backoff_s=1.0, max_backoff_s=30.0)
    except TokenError as exc:
        log.error("demo runs offline: %s", exc)
        return None, cfg
    thread = threading.Thread(target=_sync_forever, args=(runner,), name="demo-sync", daemon=True)
    thread.start()
    return DemoSync(runner, simulator, thread), cfg


def _sync_forever(runner: SyncRunner) -> None:
    # in the screen's own process: at a lower priority than the GUI thread, as `kiosk sync` runs
    # (its sender pool, started from this thread, inherits the lower priority)
    lower_this_thread()
    try:
        runner.forever()
    finally:
        runner.store.close()  # a round over waits for its answers: nothing of the sender is left


def seed_staff(store: Store) -> None:
    """One technician and one officer, so both modes can be tried (README)."""
    if not staff.holders(store):
        for name, role, pin in DEMO_STAFF:
            staff.add(store, name, role, pin, actor="demo")
