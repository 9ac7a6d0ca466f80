"""The ``gateway`` command: Django's manage.py with the gateway's settings, plus check-deploy."""

from __future__ import annotations

import os
import sys

from gateway.config import ConfigError


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv if argv is None else ["gateway", *argv])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gateway.settings")
    if len(args) > 1 and args[1] == "check-deploy":
        args[1:2] = ["check", "--deploy", "--fail-level", "WARNING"]
    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line(args)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
