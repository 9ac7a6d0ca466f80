"""A domicile address as the card and the review page print it."""

from __future__ import annotations

ADDRESS_PARTS = ("street", "rt", "rw", "kelurahan", "kecamatan", "city", "province", "postal_code")


def address_line(address: dict[str, str]) -> str:
    """``Jl. Pemuda 12 RT 003/RW 004, Sekayu, Semarang Tengah, Kota Semarang 50132``."""
    a = {k: (address.get(k) or "").strip() for k in ADDRESS_PARTS}
    first = a["street"]
    if a["rt"] or a["rw"]:
        first += f" RT {a['rt'] or '-'}/RW {a['rw'] or '-'}"
    tail = " ".join(p for p in (a["city"], a["postal_code"]) if p)
    return ", ".join(p for p in (first.strip(), a["kelurahan"], a["kecamatan"], tail, a["province"]) if p)
