"""``kiosk config``: show the settings in force, or check a site file."""

from __future__ import annotations

import argparse

from kiosk import config


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("config", help="print the settings in force (after validation)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = config.load(args.config)
    print(f"# source: {cfg.source or 'defaults only'}")
    for key, value in sorted(cfg.as_dict().items()):
        print(f"{key} = {value!r}")
    return 0
