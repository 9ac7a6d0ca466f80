"""The staff pages' English: every string of the .po has its text, and the committed .mo that
Django loads is exactly what msgfmt makes of the .po (scripts/bootstrap recompiles it)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[1] / "gateway" / "locale" / "en" / "LC_MESSAGES"


def test_every_string_has_english_text():
    text = (LOCALE / "django.po").read_text(encoding="utf-8")
    entries = [e for e in text.split("\n\n") if re.search(r'^msgid "(?!")', e, re.M)]
    assert len(entries) > 50
    untranslated = [e for e in entries if re.search(r'^msgstr(\[\d\])? ""\s*$', e, re.M)]
    assert untranslated == []
    assert "#, fuzzy" not in text


def test_the_compiled_catalogue_is_fresh(tmp_path: Path):
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(LOCALE / "django.po")], check=True, timeout=60)
    assert (LOCALE / "django.mo").read_bytes() == fresh.read_bytes(), "run scripts/bootstrap to compile the .po"
