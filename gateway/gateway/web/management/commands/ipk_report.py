"""gateway ipk_report 2026-11 [2027-01] [--json | --xlsx FILE | --pdf FILE --form iii-1]: the IPK tables
of a month (or a range of months) on the command line; --json prints every cell, for scripts and tests."""

from __future__ import annotations

import json
import re
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gateway.web import ipk, ipk_export


def month(text: str) -> ipk.Period:
    found = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise CommandError(f"month {text!r}: write YYYY-MM")
    return ipk.Period.month(int(found.group(1)), int(found.group(2)))


def as_json(report: ipk.Report) -> dict[str, Any]:
    return {
        "period": [report.period.first.isoformat(), report.period.last.isoformat()],
        "forms": {slug: {row: {f"{col}/{sex}": n for (col, sex), n in sorted(cells.items())}
                         for row, cells in table.cells.items()} for slug, table in report.forms.items()},
        "placements": {f"{kind}/{sex}": n for (kind, sex), n in sorted(report.placements.items())},
        "monthly": [{**m, "month": m["month"].isoformat()} for m in report.monthly],
        "by_source": [list(r) for r in report.by_source],
        "by_kecamatan": [list(r) for r in report.by_kecamatan],
    }  # fmt: skip


class Command(BaseCommand):
    help = "The IPK forms III/1-III/3, placements and registrations of a month or a range of months"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("first", help="YYYY-MM")
        parser.add_argument("last", nargs="?", help="YYYY-MM (default: the first)")
        parser.add_argument("--json", action="store_true", help="every cell as JSON")
        parser.add_argument("--each", action="store_true", help="with --json: a list, one report per month")
        parser.add_argument("--form", default="iii-1", choices=[*ipk.FORMS, *ipk_export.EXTRA])
        parser.add_argument("--xlsx", metavar="FILE")
        parser.add_argument("--pdf", metavar="FILE")

    def handle(self, *args: Any, **options: Any) -> None:
        first = month(options["first"])
        last = month(options["last"]) if options["last"] else first
        if last.first < first.first:
            raise CommandError("the last month is before the first")
        period = ipk.Period(first.first, last.first)
        try:
            if options["each"]:
                each = [as_json(ipk.compute(ipk.Period(m, m))) for m in period.months()]
                self.stdout.write(json.dumps(each, sort_keys=True))
                return
            report = ipk.compute(period)
        except ipk.NotSupported:
            raise CommandError("the IPK reports need PostgreSQL (database.engine = postgresql)") from None
        if options["xlsx"]:
            with open(options["xlsx"], "wb") as fh:
                fh.write(ipk_export.as_xlsx(report, options["form"]))
        if options["pdf"]:
            with open(options["pdf"], "wb") as fh:
                fh.write(ipk_export.as_pdf(report, options["form"]))
        if options["json"]:
            self.stdout.write(json.dumps(as_json(report), sort_keys=True))
        elif not (options["xlsx"] or options["pdf"]):
            for table in report.forms.values():
                self.stdout.write(f"IPK {table.form.code}: " + "  ".join(
                    f"{row}={table.total(row)}" for row in ipk.ROWS))  # fmt: skip
