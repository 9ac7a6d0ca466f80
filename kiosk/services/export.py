"""Files for officers and technicians: the printed-card log (CSV + PDF recap) and the logs
with a diagnostics report, written to a USB stick (or a folder from the shell).

Files are replaced atomically (``kiosk.files``), so a stick pulled mid-write leaves either
the old file or none, never half of one. Every export
is journaled in the ``exports`` table and the audit log.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk import files
from kiosk.core import clock
from kiosk.core.problems import Code, ProblemError
from kiosk.services import printed_log, staff
from kiosk.services.printed_log import Entry
from kiosk.store.db import Store

FONTS = Path(__file__).resolve().parent.parent.parent / "assets" / "fonts"
CSV_FIELDS = ("id_cetak", "waktu", "no_pendaftaran", "nama", "jenis", "jenis_teks", "hasil", "hasil_teks", "keterangan")
NO_MEDIA = Code.EXPORT_NO_MEDIA


class ExportError(ProblemError):
    """Nothing was exported; the problem says what to do (``str(err)``: in Bahasa Indonesia)."""


@dataclass(frozen=True)
class Exported:
    files: list[Path]
    rows: int


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in mount points as octal escapes."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def removable_mounts(mounts: str | Path = "/proc/mounts", sys_block: str | Path = "/sys/block") -> list[Path]:
    """Mount points of removable block devices (USB sticks, SD cards) that can be written."""
    found: list[Path] = []
    try:
        lines = Path(mounts).read_text().splitlines()
    except OSError:
        return found
    for line in lines:
        fields = line.split()
        if len(fields) < 4 or not fields[0].startswith("/dev/") or "ro" in fields[3].split(","):
            continue
        device = Path(os.path.realpath(fields[0])).name  # /dev/disk/by-label/X -> sdb1
        if _is_removable(device, Path(sys_block)):
            mount = Path(_unescape(fields[1]))
            if mount.is_dir() and os.access(mount, os.W_OK):
                found.append(mount)
    return found


def _is_removable(device: str, sys_block: Path) -> bool:
    for disk in sys_block.glob("*"):
        if disk.name == device or (disk / device).exists():
            removable = (disk / "removable").read_text().strip() == "1" if (disk / "removable").exists() else False
            # many USB sticks report removable=0; their device path says usb
            return removable or "/usb" in os.path.realpath(disk)
    return False


def media_or_fail(media: list[Path]) -> Path:
    if not media:
        raise ExportError(NO_MEDIA)
    return media[0]


def csv_bytes(items: Iterable[Entry]) -> bytes:
    """UTF-8 with a BOM (so Excel shows the names right) and a header row; one row per print job."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for e in items:
        writer.writerow(
            {
                "id_cetak": e.job_id,
                "waktu": e.at,
                "no_pendaftaran": e.registration_no,
                "nama": e.name,
                "jenis": e.kind,
                "jenis_teks": printed_log.KINDS[e.kind],
                "hasil": e.outcome,
                "hasil_teks": printed_log.OUTCOMES[e.outcome],
                "keterangan": e.error,
            }
        )
    return out.getvalue().encode("utf-8-sig")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def pdf_bytes(kiosk_id: str, start: str, end: str, items: list[Entry]) -> bytes:
    from fpdf import FPDF

    t = printed_log.totals(items)
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_title(f"Rekap kartu kuning {kiosk_id}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Rekap Cetak Kartu Kuning (AK/1)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, f"Kios {kiosk_id} - Disnaker Kota Semarang", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"Periode {clock.printed(start)} s.d. {clock.printed(end)}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    with pdf.table(col_widths=(60, 20), first_row_as_headings=True, width=80, align="LEFT") as table:
        table.row(("Jenis (tercetak)", "Jumlah"))
        for kind, words in printed_log.KINDS.items():
            if t.by_kind.get(kind):
                table.row((words, str(t.by_kind[kind])))
        table.row(("Kartu tercetak", str(t.cards_printed)))
        for outcome in (printed_log.Outcome.FAILED, printed_log.Outcome.UNCERTAIN):
            table.row((printed_log.OUTCOMES[outcome], str(t.by_outcome.get(outcome, 0))))
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    with pdf.table(col_widths=(28, 34, 58, 26, 20), first_row_as_headings=True) as table:
        table.row(("Waktu", "No. pendaftaran", "Nama", "Jenis", "Hasil"))
        for e in items:
            table.row((clock.printed(e.at) if e.at else "-", e.registration_no, e.name[:60], printed_log.KINDS[e.kind],
                       printed_log.OUTCOMES[e.outcome]))  # fmt: skip
    return bytes(pdf.output())


def _stamp(iso: str) -> str:
    return iso[:10].replace("-", "")


def export_print_log(
    store: Store,
    kiosk_id: str,
    dest: Path,
    *,
    actor: str,
    since: str | None = None,
    collection_id: int | None = None,
) -> Exported:
    """The open period (or one collection, or everything since a date) as CSV and PDF in ``dest``."""
    if collection_id is not None:
        match = [c for c in printed_log.collections(store) if c.id == collection_id]
        if not match:
            raise ExportError(Code.EXPORT_NO_COLLECTION, collection=collection_id)
        start, end = match[0].period_start, match[0].period_end
        items = printed_log.entries(store, collection_id=collection_id)
    elif since is not None:
        start, end = since, clock.rfc3339()
        items = _all_since(store, since)
    else:
        start, end = printed_log.period_start(store), clock.rfc3339()
        items = printed_log.entries(store)
    base = f"kartu-kuning_{kiosk_id}_{_stamp(start)}-{_stamp(end)}"
    contents = {dest / f"{base}.csv": csv_bytes(items), dest / f"{base}.pdf": pdf_bytes(kiosk_id, start, end, items)}
    return _save(store, actor, "print_log", dest, contents, len(items), start, end)


def _all_since(store: Store, since: str) -> list[Entry]:
    """Every print job since a moment, across collections (the shell's ``kiosk export --since``)."""
    ids = [None] + [c.id for c in printed_log.collections(store)]
    items = [e for cid in ids for e in printed_log.entries(store, collection_id=cid, since=since)]
    return sorted(items, key=lambda e: (e.at, e.job_id))


def export_logs(store: Store, kiosk_id: str, dest: Path, *, actor: str, log_lines: list[str], report: str) -> Exported:
    """The redacted log lines and a diagnostics report, for whoever repairs the kiosk."""
    now = clock.rfc3339()
    folder = dest / f"log-kios_{kiosk_id}_{_moment(now)}"
    contents = {folder / "kiosk.log": ("\n".join(log_lines) + "\n").encode(), folder / "diagnosa.txt": report.encode()}
    return _save(store, actor, "logs", dest, contents, len(log_lines), None, now)


def export_failed_records(store: Store, kiosk_id: str, dest: Path, *, actor: str) -> Exported:
    """Records SIKER refused for good, with its message and the body sent, for the city's helpdesk."""
    from kiosk.sync.sender import export_failed

    rows = export_failed(store)
    for row in rows:
        row["payload"] = json.loads(row["payload"]) if row["payload"] else None
    now = clock.rfc3339()
    path = dest / f"gagal-sinkron_{kiosk_id}_{_moment(now)}.json"
    contents = {path: json.dumps(rows, ensure_ascii=False, indent=1).encode()}
    return _save(store, actor, "failed_sync", dest, contents, len(rows), None, now)


def _moment(iso: str) -> str:
    """``2026-11-25T17:30:05+07:00`` -> ``20261125T173005``, for file names."""
    return iso[:19].replace(":", "").replace("-", "")


def _save(
    store: Store, actor: str, kind: str, dest: Path, contents: dict[Path, bytes], rows: int, start: str | None, end: str
) -> Exported:
    """Write each file atomically, then journal the export with the files' SHA-256."""
    try:
        for path, data in contents.items():
            files.write_atomically(path, data, mode=0o644)
    except OSError as exc:
        raise ExportError(Code.EXPORT_WRITE_FAILED, dest=str(dest), reason=exc.strerror or str(exc)) from exc
    listing = json.dumps([{"path": str(p), "sha256": hashlib.sha256(d).hexdigest()} for p, d in contents.items()])
    with store.transaction():
        store.execute(
            "INSERT INTO exports(at, actor, kind, period_start, period_end, rows, files) VALUES(?, ?, ?, ?, ?, ?, ?)",
            (clock.rfc3339(), actor, kind, start, end, rows, listing),
        )
        staff.audit(store, actor, None, f"export_{kind}", f"{rows} rows to {next(iter(contents)).parent}")
    return Exported(list(contents), rows)
