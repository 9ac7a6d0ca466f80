"""``kiosk maintenance`` (nightly backup and retention purge) and ``kiosk restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk import config


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    m = sub.add_parser("maintenance", help="verified database backup (keep 7) and the retention purge")
    m.add_argument("--backup", action="store_true", help="only the backup")
    m.add_argument("--purge", action="store_true", help="only the purge")
    m.set_defaults(func=maintenance)
    r = sub.add_parser("restore", help="replace the database with a backup (stop kiosk and kiosk-sync first)")
    r.add_argument("backup", type=Path)
    r.set_defaults(func=restore)


def maintenance(args: argparse.Namespace) -> int:
    from kiosk.logging_setup import setup_logging
    from kiosk.services.maintenance import BackupError, backup, purge
    from kiosk.store.db import StorageFull, Store

    setup_logging()
    cfg = config.load(args.config)
    both = not args.backup and not args.purge
    store = Store(cfg.db_path)
    try:
        if args.purge or both:
            result = purge(store, cfg.kiosk.retention_days)
            print(f"purged: {result.registrations} registrations, {result.photos} photos, "
                  f"{result.outbox_payloads} delivered payloads")  # fmt: skip
        if args.backup or both:
            print(f"backup: {backup(cfg.db_path, cfg.data_dir / 'backups')}")
    except (BackupError, StorageFull) as err:  # StorageFull: the purge rolled back, nothing was lost
        print(f"kiosk: {err}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


def restore(args: argparse.Namespace) -> int:
    from kiosk.services.maintenance import BackupError
    from kiosk.services.maintenance import restore as do_restore

    cfg = config.load(args.config)
    try:
        do_restore(args.backup, cfg.db_path)
    except (BackupError, OSError) as err:
        print(f"kiosk: {err}", file=sys.stderr)
        return 1
    print(f"restored {cfg.db_path} from {args.backup}")
    return 0
