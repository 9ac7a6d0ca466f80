"""KBJI 2026 codes the contract accepts as ``occupation_code``: a jabatan (``NNNN.NN``) or, when no
jabatan fits, its subgolongan (``NNNN``). The list is the kiosk's own file
(``kiosk/data/kbji2026.csv``, source and terms in its README), reached through the symlink
``gateway/data/kbji2026.csv`` so both sides read one file."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

LIST = Path(__file__).resolve().parent.parent / "data" / "kbji2026.csv"
ACCEPTED_LEVELS = {"jabatan", "subgolongan"}


@cache
def accepted_codes() -> frozenset[str]:
    with LIST.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["code"] for row in csv.DictReader(fh) if row["level"] in ACCEPTED_LEVELS)


def is_accepted(value: object) -> bool:
    return isinstance(value, str) and value in accepted_codes()
