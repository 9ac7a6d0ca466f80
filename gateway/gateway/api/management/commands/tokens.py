"""gateway tokens issue KIOSK_ID | revoke TOKEN_ID | list"""

from __future__ import annotations

import argparse
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.timezone import localtime

from gateway.api import tokens
from gateway.api.models import KioskToken


class Command(BaseCommand):
    help = "Issue, revoke and list kiosk tokens (a token is shown once; only its hash is stored)"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        issue = sub.add_parser("issue", help="a new token for a kiosk (printed once, on stdout)")
        issue.add_argument("kiosk_id")
        issue.add_argument("--by", default="cli", help="who issues it, for the audit log")
        revoke = sub.add_parser("revoke", help="revoke a token by its number (see list)")
        revoke.add_argument("token_id", type=int)
        revoke.add_argument("--by", default="cli")
        sub.add_parser("list", help="tokens with kiosk, dates and state; never the token")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "issue":
            token, _row = tokens.issue(options["kiosk_id"], by=options["by"])
            self.stdout.write(token)  # stdout only, for a pipe into the kiosk's token file
            self.stderr.write(f"token for {options['kiosk_id']} issued: copy it now, it is not shown again")
        elif action == "revoke":
            try:
                row = tokens.revoke(options["token_id"], by=options["by"])
            except KioskToken.DoesNotExist:
                raise CommandError(f"no token number {options['token_id']}") from None
            revoked = localtime(row.revoked_at)
            self.stdout.write(f"token {row.pk} of {row.kiosk.kiosk_id} revoked at {revoked:%Y-%m-%d %H:%M}")
        else:
            for row in KioskToken.objects.select_related("kiosk").order_by("kiosk__kiosk_id", "pk"):
                state = f"revoked {localtime(row.revoked_at):%Y-%m-%d %H:%M}" if row.revoked_at else "active"
                used = f"{localtime(row.last_used_at):%Y-%m-%d %H:%M}" if row.last_used_at else "never"
                self.stdout.write(f"{row.pk}\t{row.kiosk.kiosk_id}\tissued {localtime(row.created_at):%Y-%m-%d %H:%M}"
                                  f" by {row.created_by}\t{state}\tlast used {used}")  # fmt: skip
