""" "Kartu saya": what the proven holder of a card sees about it, read in one call: validity,
reports filed and the next one due, applications sent with their dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.core import ak1
from kiosk.core.problems import ProblemError
from kiosk.core.states import ReportStatus
from kiosk.services import reports
from kiosk.services.registration import Existing
from kiosk.store.db import Store


@dataclass(frozen=True)
class SentApplication:
    application_no: str
    title: str
    company: str
    applied_on: date


@dataclass(frozen=True)
class MyCard:
    registration_no: str
    name: str
    valid_until: date
    expired: bool
    can_renew: bool
    local: bool  # registered at this kiosk (reports and reprints are possible here)
    reports: list[reports.FiledReport]
    working: bool  # "sudah bekerja" was reported: reporting is closed
    report_now: str | None  # the label of the report that may be filed today, if any
    next_due: date | None  # when the next report is due (the end of the current open period)
    applications: list[SentApplication]


def my_card(store: Store, existing: Existing, today: date) -> MyCard:
    expired = ak1.is_expired(existing.valid_until, today)
    renew = ak1.can_renew(existing.valid_until, today)
    if not existing.client_id:  # known to SIKER only
        return MyCard(existing.registration_no, existing.name, existing.valid_until, expired, renew, False,
                      [], False, None, None, [])  # fmt: skip
    with store.transaction():  # one consistent read
        filed = reports.filed(store, existing.client_id)
        start = reports.registered_on(store, existing.client_id)
        rows = store.query(
            "SELECT a.application_no, a.applied_at, v.title, v.company FROM applications a"
            " LEFT JOIN vacancies v ON v.id = a.vacancy_id WHERE a.registration_client_id = ?"
            " ORDER BY a.applied_at DESC",
            (existing.client_id,),
        )
        try:
            period: int | None = reports.check_due(store, existing.client_id, today)
        except ProblemError:
            period = None
    working = any(r.status == ReportStatus.EMPLOYED for r in filed)
    current = ak1.report_period(start, today)
    next_due: date | None = None
    if not working and current is not None:
        next_due = ak1.add_months(start, 6 * current) if period else ak1.next_report_due(start, current)
    apps = [
        SentApplication(
            r["application_no"], r["title"] or "", r["company"] or "", date.fromisoformat(r["applied_at"][:10])
        )
        for r in rows
    ]
    return MyCard(
        existing.registration_no, existing.name, existing.valid_until, expired, renew, True, filed, working,
        ak1.report_label(period) if period and not expired else None, next_due, apps,
    )  # fmt: skip
