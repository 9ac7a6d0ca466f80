"""The staff pages' English: every string of the .po has its text, and the compiled .mo that
Django loads is not older than the .po (scripts/bootstrap compiles it)."""

from __future__ import annotations

import re
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[1] / "gateway" / "locale" / "en" / "LC_MESSAGES"


def test_every_string_has_english_text():
    text = (LOCALE / "django.po").read_text(encoding="utf-8")
    entries = [e for e in text.split("\n\n") if re.search(r'^msgid "(?!")', e, re.M)]
    assert len(entries) > 50
    untranslated = [e for e in entries if re.search(r'^msgstr(\[\d\])? ""\s*$', e, re.M)]
    assert untranslated == []
    assert "#, fuzzy" not in text


def test_the_compiled_catalogue_is_fresh():
    mo, po = LOCALE / "django.mo", LOCALE / "django.po"
    assert mo.exists(), "run scripts/bootstrap (msgfmt compiles the .po)"
    assert mo.stat().st_mtime >= po.stat().st_mtime
