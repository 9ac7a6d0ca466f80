"""The printed severance breakdown, and rupiah as the kiosk writes them."""

from __future__ import annotations

from typing import Any

from kiosk.core.severance import Breakdown

TITLE = "SIMULASI PESANGON"
FOOTER = "Simulasi menurut PP 35/2021. Perhitungan petugas Disnaker yang berlaku."


def rupiah(amount: int) -> str:
    """``Rp5.000.000``: dots between thousands, as Indonesians write money."""
    return "Rp" + f"{amount:,}".replace(",", ".")


def slip_document(result: Breakdown) -> dict[str, Any]:
    """A receipt document for the print service: one ``label\\tvalue`` line per amount."""
    lines = [
        f"Alasan\t{result.reason.words} ({result.reason.pasal})",
        f"Upah dasar\t{rupiah(result.wage_base)}",
        f"Masa kerja\t{result.years} tahun {result.months} bulan",
        "---",
    ]
    lines += [f"{part.words}\t{rupiah(part.amount)}" for part in result.components]
    lines += [
        "---",
        f"Jumlah kotor\t{rupiah(result.gross)}",
        f"PPh 21 final\t{rupiah(result.pph21)}",
        f"Diterima bersih\t{rupiah(result.net)}",
    ]
    return {"title": TITLE, "lines": lines, "footer": FOOTER}
