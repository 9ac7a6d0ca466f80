"""gateway vacancy_import FILE.json: vacancies in the contract's item shape (a list, or
{"items": [...], "deleted": [...]}), e.g. an export from SIKER; each becomes a feed change."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from gateway.api import feed, vacancy_feed
from gateway.api.models import Vacancy
from gateway.audit import log as audit


class Command(BaseCommand):
    help = "Import vacancies (contract item shape) into the feed the kiosks pull"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--by", default="cli")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            items, deleted = feed.read_changes(options["file"])
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        for item in items:
            fields = {k: item.get(k) for k in vacancy_feed.FIELDS if k in item}
            if fields.get("closes_on"):
                fields["closes_on"] = date.fromisoformat(fields["closes_on"])
            for key in ("location", "sector", "description"):
                fields[key] = fields.get(key) or ""
            vacancy_feed.save(item["id"], **fields)
        for vacancy_id in deleted:
            vacancy_feed.save(vacancy_id, status=Vacancy.DELETED)
        audit.record(None, "vacancy.import", str(options["file"].name), items=len(items), deleted=len(deleted),
                     by=options["by"])  # fmt: skip
        self.stdout.write(f"{len(items)} vacancies saved, {len(deleted)} deleted")
