"""gateway expire_cards: the daily job (gateway-expire.timer): cards past valid_until become kedaluwarsa."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from gateway.api import cards
from gateway.audit import log as audit


class Command(BaseCommand):
    help = "Mark every card whose valid_until has passed as kedaluwarsa (run daily after midnight)"

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            changed = cards.expire()
            if changed:
                audit.record(None, "card.expire", f"{changed} kartu", by="expire_cards")
        self.stdout.write(f"{changed} card(s) now kedaluwarsa")
