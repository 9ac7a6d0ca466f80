"""gateway event_import FILE.json: events in the contract's item shape (a list, or
{"items": [...], "deleted": [...]}); each becomes a change of the event feed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from gateway.api import event_feed, feed
from gateway.api.models import Event
from gateway.api.records import parse_time
from gateway.audit import log as audit


class Command(BaseCommand):
    help = "Import events (contract item shape) into the feed the kiosks pull"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--by", default="cli")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            items, deleted = feed.read_changes(options["file"])
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        for item in items:
            fields = {k: item[k] for k in event_feed.FIELDS if k in item}
            for key in ("starts_at", "ends_at"):
                fields[key] = parse_time(fields[key])
            fields["description"] = fields.get("description") or ""
            event_feed.save(item["id"], **fields)
        for event_id in deleted:
            event_feed.save(event_id, status=Event.DELETED)
        audit.record(None, "event.import", str(options["file"].name), items=len(items), deleted=len(deleted),
                     by=options["by"])  # fmt: skip
        self.stdout.write(f"{len(items)} events saved, {len(deleted)} deleted")
