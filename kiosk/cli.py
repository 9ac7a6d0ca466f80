"""The ``kiosk`` command. Each subcommand lives in ``kiosk/commands/<name>.py`` and
exposes ``register(subparsers)``; add its module to ``COMMAND_MODULES``.

Heavy imports (Qt, OpenCV, escpos) happen inside the subcommand that needs them, so
``kiosk --version`` and the shell tools start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from kiosk import __version__

COMMAND_MODULES: tuple[str, ...] = (
    "kiosk.commands.app",  # run, demo
    "kiosk.commands.config_cmd",  # config
    "kiosk.commands.printing",  # print-sample, verify-card, printer-sim
    "kiosk.commands.sync_cmd",  # sync, siker-sim, demo-data
    "kiosk.commands.maintenance",  # maintenance, restore
    "kiosk.commands.pesangon",  # pesangon
    "kiosk.commands.staff_cmd",  # staff, doctor, export
)


# The kiosk's own start (systemd's `kiosk run`) registers only its module: importing the other
# commands and what they import cost ~8 ms of CPU before the welcome screen's first paint.
START_COMMANDS = {"run": "kiosk.commands.app", "demo": "kiosk.commands.app"}


def _command(argv: list[str]) -> str | None:
    """The subcommand named on the command line (the first word after the global options)."""
    words = iter(argv)
    for word in words:
        if word == "--config":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with only the start command's module when ``argv`` names one."""
    start = START_COMMANDS.get(_command(argv or []) or "")
    parser = argparse.ArgumentParser(prog="kiosk", description="ATM Pencari Kerja - Disnaker Kota Semarang")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="site config file (default: $KIOSK_CONFIG, then /etc/kiosk/kiosk.toml)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (start,) if start else COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from kiosk.config import ConfigError
    from kiosk.store.errors import SchemaTooNew

    try:
        return int(args.func(args) or 0)
    except (ConfigError, SchemaTooNew) as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
