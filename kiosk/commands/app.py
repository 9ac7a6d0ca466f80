"""``kiosk run`` (production) and ``kiosk demo`` (simulated devices, local data)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk import config

DEMO_OVERRIDES = {
    "card_reader.backend": "simulated",
    "camera.source": "simulated",
    "printer.uri": "simulated",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("run", help="start the kiosk (production, fullscreen)")
    p.set_defaults(func=run)
    d = sub.add_parser("demo", help="start the kiosk with simulated devices and local data")
    d.add_argument("--windowed", action="store_true", help="a 1280x800 window instead of fullscreen")
    d.add_argument("--data-dir", default="demo-data", help="data folder for the demo (default: ./demo-data)")
    d.add_argument("--siker-url", help="sync with this server (e.g. the office gateway of scripts/demo) instead of"
                   " the embedded SIKER simulator; the token is read from the demo folder's siker.token")  # fmt: skip
    d.set_defaults(func=demo)


def _start(cfg: config.Config, *, demo: bool, windowed: bool, embedded_siker: bool = True) -> int:
    from kiosk.app import NoDisplay
    from kiosk.app import run as run_app
    from kiosk.logging_setup import setup_logging

    setup_logging()
    try:
        return run_app(cfg, demo=demo, windowed=windowed, embedded_siker=embedded_siker)
    except NoDisplay as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2


def run(args: argparse.Namespace) -> int:
    return _start(config.load(args.config), demo=False, windowed=False)


def demo(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir).resolve()
    # the technician screen saves the demo's settings in the demo folder, never in /etc;
    # what it saved there wins over the simulated devices
    demo_site = data_dir / "site.toml"
    saved = config.read_toml(demo_site) if demo_site.exists() else {}
    overrides = {
        **DEMO_OVERRIDES,
        "kiosk.data_dir": str(data_dir),
        "siker.token_file": str(data_dir / "siker.token"),
        **saved,
    }
    if args.siker_url:
        overrides["siker.base_url"] = args.siker_url
    cfg = config.load(args.config, overrides=overrides)
    if cfg.source is None:
        cfg.source = demo_site
    return _start(cfg, demo=True, windowed=args.windowed, embedded_siker=not args.siker_url)

