"""Subcommands of the ``kiosk`` CLI, one module each (see kiosk/cli.py)."""
