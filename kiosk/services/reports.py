"""The six-monthly AK/1 report: stored with its outbox row and a receipt print job, in one
transaction. A report fills one period of its card (Laporan I, II, III: six months each from
registration), at most one per period; "sudah bekerja" (with its start date and employer)
closes the card's reporting."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from kiosk.core import ak1, clock
from kiosk.core.problems import Code, ProblemError
from kiosk.core.states import PrintPurpose, ReportStatus
from kiosk.services.registration import Existing
from kiosk.store import outbox, print_jobs
from kiosk.store.db import Store

STATUS_TEXT = {ReportStatus.SEEKING: "Masih mencari kerja", ReportStatus.EMPLOYED: "Sudah bekerja"}  # printed
PLACEMENTS = {"akl": "Lokal (AKL)", "akad": "Antar daerah (AKAD)", "akan": "Luar negeri (AKAN)"}  # printed


class ReportRefused(ProblemError):
    """``Code.REPORT_SAME_PERIOD`` / ``REPORT_CLOSED`` / ``REPORT_NONE_DUE``."""


@dataclass(frozen=True)
class SavedReport:
    client_id: str
    print_job_id: int
    period: int
    label: str
    next_due: date | None  # None: no further report (the last period, or working now)


@dataclass(frozen=True)
class FiledReport:
    period: int | None
    label: str
    reported_at: str
    status: str


def registered_on(store: Store, registration_client_id: str) -> date:
    row = store.one("SELECT created_at FROM registrations WHERE client_id = ?", (registration_client_id,))
    if row is None:
        raise LookupError("no such registration here")
    return date.fromisoformat(str(row["created_at"])[:10])


def filed(store: Store, registration_client_id: str) -> list[FiledReport]:
    rows = store.query(
        "SELECT period, reported_at, status FROM reports WHERE registration_client_id = ? ORDER BY reported_at",
        (registration_client_id,),
    )
    return [
        FiledReport(r["period"], ak1.report_label(r["period"]) if r["period"] else "", r["reported_at"], r["status"])
        for r in rows
    ]


def check_due(store: Store, registration_client_id: str, today: date) -> int:
    """The period a report filed ``today`` fills; raises ``ReportRefused`` when none may be."""
    start = registered_on(store, registration_client_id)
    done = filed(store, registration_client_id)
    if any(r.status == ReportStatus.EMPLOYED for r in done):
        raise ReportRefused(Code.REPORT_CLOSED)
    period = ak1.report_period(start, today)
    if period is None:
        raise ReportRefused(Code.REPORT_NONE_DUE)
    same = next((r for r in done if r.period == period), None)
    if same is not None:
        opens = ak1.next_report_opens(start, period)
        raise ReportRefused(
            Code.REPORT_SAME_PERIOD,
            label=same.label,
            date=f"{date.fromisoformat(same.reported_at[:10]):%d-%m-%Y}",
            next=f"{opens:%d-%m-%Y}" if opens else "-",
        )
    return period


def save_report(
    store: Store,
    existing: Existing,
    nik: str,
    status: ReportStatus | str,
    employer: str | None = None,
    position: str | None = None,
    *,
    started_on: date | None = None,
    placement: str | None = None,
) -> SavedReport:
    try:
        status = ReportStatus(status)
    except ValueError:
        raise ValueError(f"unknown report status {status!r}") from None
    employed = status == ReportStatus.EMPLOYED
    if placement is not None and placement not in PLACEMENTS:
        raise ValueError(f"unknown placement {placement!r}")
    client_id = str(uuid.uuid4())
    now = clock.now()
    reported_at = clock.rfc3339(now)
    with store.transaction():
        period = check_due(store, existing.client_id, now.date())
        start = registered_on(store, existing.client_id)
        label = ak1.report_label(period)
        next_due = None if employed else ak1.next_report_due(start, period)
        payload = {
            "client_id": client_id,
            "registration_client_id": existing.client_id,
            "registration_no": existing.registration_no,
            "nik": nik,
            "reported_at": reported_at,
            "status": status,
            "employer": employer if employed else None,
            "position": position if employed else None,
            "placement": placement if employed else None,
            "started_on": started_on.isoformat() if employed and started_on else None,
        }
        lines = [
            f"No. pendaftaran\t{existing.registration_no}",
            f"Laporan ke-{period}\t{label}",
            f"Tanggal lapor\t{clock.printed(now)}",
            f"Status\t{STATUS_TEXT[status]}",
        ]
        if employed:
            lines += [f"Bekerja di\t{employer}", f"Jabatan\t{position}"]
            if started_on:
                lines.append(f"Mulai bekerja\t{started_on:%d-%m-%Y}")
            if placement:
                lines.append(f"Penempatan\t{PLACEMENTS[placement]}")
            lines.append("Laporan berikutnya\tTidak perlu (sudah bekerja)")
        elif next_due is not None:
            lines.append(f"Laporan berikutnya\tpaling lambat {next_due:%d-%m-%Y}")
        else:
            lines.append("Laporan berikutnya\tPerpanjang kartu sebelum habis masa berlaku")
        store.execute(
            "INSERT INTO reports(client_id, registration_client_id, registration_no, nik, reported_at, status,"
            " employer, position, period, started_on, placement) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, existing.client_id, existing.registration_no, nik, reported_at, status,
             payload["employer"], payload["position"], period, payload["started_on"], payload["placement"]),
        )  # fmt: skip
        outbox.enqueue(
            store, "/reports", payload, client_id=client_id,
            order_key=outbox.chain_key(store, existing.client_id), depends_on=existing.client_id,
        )  # fmt: skip
        job_id = print_jobs.create(
            store,
            PrintPurpose.REPORT_RECEIPT,
            registration_client_id=existing.client_id,
            registration_no=existing.registration_no,
            ref_client_id=client_id,
            document={"title": "TANDA TERIMA LAPORAN AK/1", "lines": lines, "footer": "Simpan tanda terima ini."},
        )
    return SavedReport(client_id, job_id, period, label, next_due)


def reports_made(store: Store, registration_client_id: str) -> int:
    row = store.one("SELECT count(*) AS n FROM reports WHERE registration_client_id = ?", (registration_client_id,))
    assert row is not None  # count(*) always answers one row
    return int(row["n"])
