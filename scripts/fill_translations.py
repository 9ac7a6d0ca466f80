#!/usr/bin/env python3
"""Fill assets/i18n/kiosk_en.ts from the glossary assets/i18n/glossary_en.tsv.

The glossary is the reviewable list of English texts: one line per Indonesian source,
``source<TAB>translation``; for plural (%n) strings ``singular|plural``. Entries missing
from the glossary stay unfinished and are listed, so a new string is never silently left
in Indonesian in the English UI.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "i18n" / "kiosk_en.ts"
GLOSSARY = ROOT / "assets" / "i18n" / "glossary_en.tsv"


def load_glossary() -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, _, translation = line.partition("\t")
        entries[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    return entries


def main() -> int:
    glossary = load_glossary()
    tree = ET.parse(TS)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = glossary.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = text.split("|")
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
