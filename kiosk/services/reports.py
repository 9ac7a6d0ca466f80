"""The six-monthly AK/1 report: stored with its outbox row and a receipt print job, in one
transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from kiosk.core import clock
from kiosk.core.states import PrintPurpose, ReportStatus
from kiosk.services.registration import Existing
from kiosk.store import outbox, print_jobs
from kiosk.store.db import Store

STATUS_TEXT = {ReportStatus.SEEKING: "Masih mencari kerja", ReportStatus.EMPLOYED: "Sudah bekerja"}  # printed


@dataclass(frozen=True)
class SavedReport:
    client_id: str
    print_job_id: int


def save_report(
    store: Store,
    existing: Existing,
    nik: str,
    status: ReportStatus | str,
    employer: str | None = None,
    position: str | None = None,
) -> SavedReport:
    try:
        status = ReportStatus(status)
    except ValueError:
        raise ValueError(f"unknown report status {status!r}") from None
    client_id = str(uuid.uuid4())
    reported_at = clock.rfc3339()
    payload = {
        "client_id": client_id,
        "registration_client_id": existing.client_id,
        "registration_no": existing.registration_no,
        "nik": nik,
        "reported_at": reported_at,
        "status": status,
        "employer": employer if status == ReportStatus.EMPLOYED else None,
        "position": position if status == ReportStatus.EMPLOYED else None,
    }
    lines = [
        f"No. pendaftaran\t{existing.registration_no}",
        f"Tanggal lapor\t{clock.now():%d-%m-%Y %H:%M}",
        f"Status\t{STATUS_TEXT[status]}",
    ]
    if status == ReportStatus.EMPLOYED:
        lines += [f"Bekerja di\t{employer}", f"Jabatan\t{position}"]
    with store.transaction():
        store.execute(
            "INSERT INTO reports(client_id, registration_client_id, registration_no, nik, reported_at, status,"
            " employer, position) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, existing.client_id, existing.registration_no, nik, reported_at, status,
             payload["employer"], payload["position"]),
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
    return SavedReport(client_id, job_id)


def reports_made(store: Store, registration_client_id: str) -> int:
    row = store.one("SELECT count(*) AS n FROM reports WHERE registration_client_id = ?", (registration_client_id,))
    assert row is not None  # count(*) always answers one row
    return int(row["n"])
