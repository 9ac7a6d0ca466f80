"""``kiosk staff add|list|remove``, ``kiosk doctor`` and ``kiosk export``: staff work from a shell."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import config

if TYPE_CHECKING:
    from kiosk.store.db import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("staff", help="manage technician and officer PIN holders")
    actions = s.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a PIN holder (the PIN is asked twice, or read from stdin)")
    add.add_argument("name")
    add.add_argument("--role", choices=("technician", "officer"), required=True)
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of stdin")
    add.set_defaults(func=staff_add)
    lst = actions.add_parser("list", help="list PIN holders")
    lst.add_argument("--role", choices=("technician", "officer"))
    lst.set_defaults(func=staff_list)
    rm = actions.add_parser("remove", help="remove a PIN holder")
    rm.add_argument("name")
    rm.add_argument("--role", choices=("technician", "officer"), required=True)
    rm.set_defaults(func=staff_remove)

    d = sub.add_parser("doctor", help="run the technician's diagnostics; exit 1 when one fails")
    d.add_argument("--no-camera", action="store_true", help="skip opening the camera (the kiosk holds it)")
    d.set_defaults(func=doctor)

    e = sub.add_parser("export", help="export the printed-card log (CSV and PDF) to a folder")
    e.add_argument("--since", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    e.add_argument("--to", type=Path, required=True, metavar="DIR")
    e.set_defaults(func=export)


def _store(args: argparse.Namespace) -> tuple[config.Config, Store]:
    from kiosk.store.db import Store  # loaded here, not at import: the CLI starts fast

    cfg = config.load(args.config)
    return cfg, Store(cfg.db_path)


def _read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass("PIN (6-12 digits): ")
    if getpass.getpass("PIN again: ") != first:
        raise SystemExit("kiosk: the two PINs differ; nothing was changed")
    return first


def staff_add(args: argparse.Namespace) -> int:
    from kiosk.services import staff

    _cfg, store = _store(args)
    try:
        holder = staff.add(store, args.name, args.role, _read_pin(args.pin_stdin))
    except staff.StaffError as err:
        print(f"kiosk: {err}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"added {holder.role} {holder.name}")
    return 0


def staff_list(args: argparse.Namespace) -> int:
    from kiosk.services import staff

    _cfg, store = _store(args)
    try:
        found = staff.holders(store, args.role)
    finally:
        store.close()
    if not found:
        print("no PIN holders yet: add one with kiosk staff add NAME --role technician")
    for holder in found:
        print(f"{holder.role:<11} {holder.name:<40} since {holder.created_at}")
    return 0


def staff_remove(args: argparse.Namespace) -> int:
    from kiosk.services import staff

    _cfg, store = _store(args)
    try:
        removed = staff.remove(store, args.name, args.role)
    finally:
        store.close()
    if not removed:
        print(f"kiosk: there is no {args.role} named {args.name!r}", file=sys.stderr)
        return 1
    print(f"removed {args.role} {args.name}")
    return 0


def doctor(args: argparse.Namespace) -> int:
    from kiosk.devices.printer import make_printer
    from kiosk.services import diagnostics

    cfg, store = _store(args)
    printer = make_printer(cfg)
    try:
        results = diagnostics.run_all(cfg, store, printer, camera_in_use=args.no_camera)
    finally:
        store.close()
        getattr(printer, "close", lambda: None)()
    print(diagnostics.report(results, cfg.kiosk.id), end="")
    return 0 if all(r.ok for r in results) else 1


def export(args: argparse.Namespace) -> int:
    from kiosk.core import clock
    from kiosk.services.export import ExportError, export_print_log

    cfg, store = _store(args)
    since = clock.rfc3339(datetime.combine(args.since, datetime.min.time(), clock.zone()))
    try:
        result = export_print_log(store, cfg.kiosk.id, args.to, actor="shell", since=since)
    except ExportError as err:
        print(f"kiosk: {err}", file=sys.stderr)
        return 1
    finally:
        store.close()
    for path in result.files:
        print(path)
    print(f"{result.rows} print jobs since {args.since}")
    return 0
