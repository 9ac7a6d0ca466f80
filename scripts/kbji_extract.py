#!/usr/bin/env python3
"""Turn the KBJI 2026 transcription into the kiosk's occupation list, kiosk/data/kbji2026.csv.

Source: ``output/kbji_2026_ringkas.csv`` of github.com/alvinvigo/KBJI-2026 (see kiosk/data/README.md).
Usage: ``scripts/kbji_extract.py SOURCE.csv [--out kiosk/data/kbji2026.csv]``

Columns are read by name (``kode``, ``tingkat``, ``kode_induk``, ``nama_resmi``), so the whole
file or a copy holding only those columns both work; a UTF-8 BOM is accepted. Only code, level,
parent and official name are kept, in the source's order.

Nothing is invented or repaired silently. The run stops (exit 1, every problem listed) on a code
that is not a KBJI code, a level or parent that disagrees with the code, a duplicate code, a
parent missing from the file or of the wrong level, or an empty name. Whitespace inside a name is
collapsed and each such change is printed. Names shared by several codes and the counts per
level against Table 3 of the publication are printed for the record: the transcription holds 447
subgolongan where Table 3 says 449, and that stays as it is.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kiosk" / "data" / "kbji2026.csv"

# source "tingkat" -> our level, by the number of digits of the code
LEVELS = {
    1: ("Golongan pokok", "golongan_pokok"),
    2: ("Subgolongan pokok", "subgolongan_pokok"),
    3: ("Golongan", "golongan"),
    4: ("Subgolongan", "subgolongan"),
    6: ("Jabatan", "jabatan"),
}
TABLE_3 = {"golongan_pokok": 10, "subgolongan_pokok": 43, "golongan": 130, "subgolongan": 449, "jabatan": 2380}
CODE = re.compile(r"\d{1,4}|\d{4}\.\d{2}")


def parent_of(code: str) -> str:
    """The code one level up: ``5414.01`` -> ``5414`` -> ``541`` -> ``54`` -> ``5`` -> ``""``."""
    return code[:4] if "." in code else code[:-1]


def convert(rows: list[dict[str, str]]) -> tuple[list[tuple[str, str, str, str]], list[str], list[str]]:
    """(output rows, errors, notes) for the source rows."""
    errors: list[str] = []
    notes: list[str] = []
    out: list[tuple[str, str, str, str]] = []
    level_of: dict[str, str] = {}
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        code = (row.get("kode") or "").strip()
        where = f"line {number} ({code or 'no code'})"
        if code != (row.get("kode") or ""):
            notes.append(f"{where}: spaces around the code removed")
        if not CODE.fullmatch(code):
            errors.append(f"{where}: not a KBJI code")
            continue
        source_level, level = LEVELS[len(code.replace(".", ""))]
        if (row.get("tingkat") or "").strip() != source_level:
            errors.append(f"{where}: level {row.get('tingkat')!r}, the code says {source_level!r}")
        parent = (row.get("kode_induk") or "").strip()
        if parent != parent_of(code):
            errors.append(f"{where}: parent {parent!r}, the code says {parent_of(code)!r}")
        raw = row.get("nama_resmi") or ""
        name = " ".join(raw.split())
        if not name:
            errors.append(f"{where}: empty name")
        elif name != raw:
            notes.append(f"{where}: whitespace in the name collapsed: {raw!r} -> {name!r}")
        if code in level_of:
            errors.append(f"{where}: duplicate code")
            continue
        level_of[code] = level
        out.append((code, level, parent, name))
    order = [level for _, level in LEVELS.values()]
    for code, level, parent, _ in out:
        if parent and parent not in level_of:
            errors.append(f"{code}: parent {parent} is not in the file")
        elif parent and order.index(level_of[parent]) != order.index(level) - 1:
            errors.append(f"{code}: parent {parent} is a {level_of[parent]}")
    by_name: dict[str, list[str]] = defaultdict(list)
    for code, level, _, name in out:
        if level == "jabatan":
            by_name[name].append(code)
    for name, codes in sorted(by_name.items()):
        if len(codes) > 1:
            notes.append(f"jabatan name {name!r} is used by {', '.join(codes)} (kept: codes differ)")
    return out, errors, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="kbji_2026_ringkas.csv (or a copy with its four columns)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with args.source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out, errors, notes = convert(rows)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} problem(s); {args.out} not written", file=sys.stderr)
        return 1
    counts = Counter(level for _, level, _, _ in out)
    for level, expected in TABLE_3.items():
        gap = "" if counts[level] == expected else f" (Table 3 of the publication says {expected})"
        print(f"{level}: {counts[level]}{gap}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("code", "level", "parent", "name"))
        writer.writerows(out)
    print(f"{len(out)} entries written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
