"""``kiosk sync``, ``kiosk siker-sim`` and ``kiosk demo-data``."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import random
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import config
from kiosk.commands import serve_until_stopped

if TYPE_CHECKING:
    from kiosk.store.db import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("sync", help="deliver the outbox to SIKER, pull vacancies, send heartbeats")
    s.add_argument("--once", action="store_true", help="drain the outbox and exit: 0 when nothing is left")
    s.add_argument("--deadline", type=float, default=300, help="with --once: give up after this many seconds")
    s.add_argument("--resend-since", metavar="YYYY-MM-DD",
                   help="after the server was restored from a backup: queue again what it had from this day on"
                   " (same keys: it answers duplicates for what it kept), then exit; the sync service sends them,"
                   " or add --once")  # fmt: skip
    s.set_defaults(func=sync)
    m = sub.add_parser("siker-sim", help="run the SIKER simulator (a real HTTP server with fault injection)")
    m.add_argument("--port", type=int, default=8080)
    m.add_argument("--db", type=Path, default=Path("siker-sim.db"))
    m.add_argument("--token", default="demo-token")
    m.add_argument("--vacancies", type=int, default=40, help="sample vacancies to create in an empty database")
    for name in ("fail-500", "fail-503", "slow", "reset-before-read", "drop-after-store"):
        m.add_argument(f"--{name}", type=float, default=0.0, metavar="SHARE", help="share of POSTs, 0-1")
    m.add_argument("--retry-after", type=int, default=1, help="seconds in the 503 answers' Retry-After")
    m.add_argument("--seed", type=int)
    m.set_defaults(func=siker_sim)
    c = sub.add_parser("siker-sim-card", help="play an officer's decision on a card in a SIKER simulator's database")
    c.add_argument("registration_no")
    c.add_argument("status", choices=("menunggu", "revisi", "disahkan", "ditolak", "kedaluwarsa", "bekerja"))
    c.add_argument("--db", type=Path, default=Path("siker-sim.db"), help="the simulator's database (kiosk demo: "
                   "DATA_DIR/siker-sim.db)")  # fmt: skip
    c.add_argument("--reason", help="the officer's reason (revisi, ditolak), e.g. 'Foto tidak jelas: gelap'")
    c.add_argument("--officer", default="Sri Wahyuni, NIP 198703122010012003", help="name and NIP of the officer")
    c.set_defaults(func=siker_sim_card)
    d = sub.add_parser("demo-data", help="create synthetic job seekers through the registration service")
    d.add_argument("--registrations", type=int, required=True, metavar="N")
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--with-photos", action="store_true")
    d.set_defaults(func=demo_data)


def siker_sim_card(args: argparse.Namespace) -> int:
    import sqlite3

    from kiosk.sync.simulator import set_card_state

    if not args.db.exists():
        print(f"kiosk: no simulator database at {args.db}", file=sys.stderr)
        return 2
    db = sqlite3.connect(str(args.db), isolation_level=None, timeout=10)
    try:
        set_card_state(db, args.registration_no, args.status, args.reason, args.officer)
    except (KeyError, sqlite3.OperationalError) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"card {args.registration_no}: {args.status}")
    return 0


DAMAGED = 3  # exit code of `kiosk sync` on a damaged database
DAMAGED_HOLD_S = 60


# The sync service is background work on the same few cores as the screen: it runs at a lower CPU
# priority, so a tap is answered first. Measured with bench/bench_lowend.py (the box held to half a
# core, a pass of 1,000 records with photos): at equal priority a transition took up to 300 ms
# and a tap waited up to 350 ms.
SYNC_NICE = 10


def yield_cpu_to_the_screen() -> int:
    """Lower this process's CPU priority by ``SYNC_NICE``; the niceness it runs at."""
    with contextlib.suppress(OSError):
        return os.nice(SYNC_NICE)
    return os.nice(0)


def sync(args: argparse.Namespace) -> int:
    from kiosk.logging_setup import setup_logging
    from kiosk.store.db import DatabaseDamaged, open_checked
    from kiosk.sync.client import TokenError
    from kiosk.sync.runner import SyncRunner

    yield_cpu_to_the_screen()
    setup_logging()
    cfg = config.load(args.config)
    try:
        store = open_checked(cfg.db_path)
    except DatabaseDamaged as err:  # send nothing from a damaged file; systemd retries with backoff
        logging.getLogger("kiosk.sync").error(
            "DATABASE DAMAGED: %s: %s. Nothing is sent; restore the newest backup from the technician mode",
            cfg.db_path,
            err,
        )
        print(f"kiosk: database damaged ({cfg.db_path}): {err}", file=sys.stderr)
        if not args.once:  # the service: one check a minute (systemd's RestartSec=5 alone would loop)
            held = threading.Event()
            signal.signal(signal.SIGTERM, lambda *_: held.set())
            held.wait(DAMAGED_HOLD_S)
        return DAMAGED
    if args.resend_since:
        queued = _resend(store, args.resend_since)
        if queued is None or not args.once:
            store.close()
            return 0 if queued is not None else 2
    try:
        runner = SyncRunner(cfg, store)
    except TokenError as err:
        print(f"kiosk: {err}", file=sys.stderr)
        return 2
    if args.once:
        result = runner.once(deadline_s=args.deadline)
        runner.close()
        print(f"sync: {result}")
        return 0 if result.done else 1
    signal.signal(signal.SIGTERM, lambda *_: runner.stop_event.set())
    with contextlib.suppress(KeyboardInterrupt):
        runner.forever()
    runner.close()
    return 0


def _resend(store: Store, day_text: str) -> int | None:
    """``--resend-since``: the delivered records from that day (00:00 in the kiosk's zone) queued again."""
    from datetime import date, datetime, time

    from kiosk.core import clock
    from kiosk.sync.sender import resend_since

    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        print(f"kiosk: --resend-since wants a date as YYYY-MM-DD, not {day_text!r}", file=sys.stderr)
        return None
    since = clock.rfc3339(datetime.combine(day, time(0), clock.zone()))
    resent = resend_since(store, since)
    print(f"sync: {resent.queued} records delivered since {since} queued to be sent again")
    if resent.blanked:
        print(f"sync: {resent.blanked} more were delivered since then but their data is already purged"
              " (retention_days): they cannot be sent again")  # fmt: skip
    return resent.queued


def siker_sim(args: argparse.Namespace) -> int:
    from kiosk.sync.sample_events import seed_events
    from kiosk.sync.sample_vacancies import seed_vacancies
    from kiosk.sync.simulator import Faults, SikerSimulator

    faults = Faults(
        fail_500=args.fail_500,
        fail_503=args.fail_503,
        slow=args.slow,
        reset_before_read=args.reset_before_read,
        drop_after_store=args.drop_after_store,
        retry_after_s=args.retry_after,
        seed=args.seed,
    )
    if faults.total > 1:
        print("kiosk: the fault shares add up to more than 1", file=sys.stderr)
        return 2
    sim = SikerSimulator(args.db, port=args.port, token=args.token, faults=faults)
    seed_vacancies(sim, args.vacancies)
    seed_events(sim)
    return serve_until_stopped(sim, f"SIKER simulator on {sim.base_url} (token {args.token!r}), data in {args.db}")


def demo_data(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from kiosk.core import clock
    from kiosk.services.registration import save_registration
    from kiosk.services.synthetic import synthetic_draft
    from kiosk.store.db import Store

    cfg = config.load(args.config)
    store = Store(cfg.db_path)
    rng = random.Random(args.seed)
    photo = (Path(__file__).resolve().parent.parent.parent / "assets/samples/face.jpg").read_bytes()
    start = clock.now()
    for i in range(args.registrations):  # 9,999 a day is the registration number's limit
        draft = synthetic_draft(rng, photo if args.with_photos else None)
        save_registration(store, cfg, draft, print_card=False, at=start - timedelta(days=i // 5000))
    store.close()
    print(f"{args.registrations} synthetic registrations saved in {cfg.db_path}")
    return 0
