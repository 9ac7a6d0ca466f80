"""Applying for a vacancy: the application, its outbox row and a receipt, in one transaction.
Applying twice to the same vacancy is refused with a clear message."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from kiosk.config import Config
from kiosk.core import clock
from kiosk.core.problems import Code, ProblemError
from kiosk.core.states import PrintPurpose
from kiosk.services.registration import Existing
from kiosk.store import outbox, print_jobs
from kiosk.store.db import Store


class AlreadyApplied(ProblemError):
    """``Code.ALREADY_APPLIED``: screens ``describe`` it; ``str(err)`` is the Indonesian sentence."""


@dataclass(frozen=True)
class SavedApplication:
    client_id: str
    application_no: str
    print_job_id: int


def _next_number(store: Store, cfg: Config) -> str:
    today = clock.today()
    key = f"app:{today.isoformat()}"
    store.execute(
        "INSERT INTO registration_counters(day, last_seq) VALUES(?, 1) "
        "ON CONFLICT(day) DO UPDATE SET last_seq = last_seq + 1",
        (key,),
    )
    seq = store.execute("SELECT last_seq FROM registration_counters WHERE day = ?", (key,)).fetchone()[0]
    return f"LMR-{cfg.kiosk.number:02d}{today:%y%m%d}-{seq:04d}"


def apply(
    store: Store, cfg: Config, existing: Existing, nik: str, vacancy: dict[str, Any], note: str | None = None
) -> SavedApplication:
    client_id = str(uuid.uuid4())
    applied_at = clock.rfc3339()
    try:
        with store.transaction():
            number = _next_number(store, cfg)
            store.execute(
                "INSERT INTO applications(client_id, application_no, registration_client_id, nik, vacancy_id,"
                " applied_at, note) VALUES(?, ?, ?, ?, ?, ?, ?)",
                (client_id, number, existing.client_id, nik, vacancy["id"], applied_at, note),
            )
            outbox.enqueue(
                store,
                "/applications",
                {
                    "client_id": client_id,
                    "registration_client_id": existing.client_id,
                    "nik": nik,
                    "vacancy_id": vacancy["id"],
                    "applied_at": applied_at,
                    "note": note,
                },
                client_id=client_id,
                order_key=outbox.chain_key(store, existing.client_id),
                depends_on=existing.client_id,
            )
            job_id = print_jobs.create(
                store,
                PrintPurpose.APPLICATION_RECEIPT,
                registration_client_id=existing.client_id,
                registration_no=existing.registration_no,
                ref_client_id=client_id,
                document={
                    "title": "TANDA TERIMA LAMARAN",
                    "lines": [
                        f"No. lamaran\t{number}",
                        f"Lowongan\t{vacancy.get('title', '')}",
                        f"Perusahaan\t{vacancy.get('company', '')}",
                        f"Tanggal\t{clock.printed()}",
                    ],
                    "footer": "Lamaran Anda diteruskan melalui SIKER Disnaker Kota Semarang.",
                },
            )
    except sqlite3.IntegrityError:
        raise AlreadyApplied(Code.ALREADY_APPLIED) from None
    return SavedApplication(client_id, number, job_id)
