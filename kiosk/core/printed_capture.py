"""How the coded capture (education level, KBJI occupation) reads on printed paper (Bahasa Indonesia)."""

from __future__ import annotations

from typing import Any

from kiosk.core import occupations

NO_SCHOOL = "belum_tamat_sd"


def education_rows(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The card's PENDIDIKAN FORMAL rows: ``education[]``, or the level alone when no school was finished."""
    rows = [dict(e) for e in body.get("education") or []]
    if not rows and body.get("education_level") == NO_SCHOOL:
        rows = [{"level": "Blm tamat SD", "institution": "-", "major": "-", "year": "-"}]
    return rows


def occupation_line(body: dict[str, Any]) -> str:
    """The work sought: the KBJI 2026 name with its code, else the person's own words; "" when none."""
    code = body.get("occupation_code")
    found = occupations.find(code) if isinstance(code, str) else None
    if found is not None:
        return f"{found.name} (KBJI {found.code})"
    positions = (body.get("preferences") or {}).get("positions") or []
    return str(positions[0]) if positions else ""
