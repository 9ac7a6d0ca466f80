"""The staff pages' English: the .po holds every string of the sources, each with its text, and
the committed .mo that Django loads is exactly what msgfmt makes of the .po (scripts/bootstrap
recompiles it)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
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


def test_the_catalogue_holds_every_string_of_the_sources(tmp_path: Path):
    """makemessages, run on a copy of the package, finds no string the committed .po lacks (the
    IPK chart's title was missing and showed Indonesian on the English pages)."""
    package = LOCALE.parents[2]
    shutil.copytree(package, tmp_path / "gateway", ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "GATEWAY_GATEWAY_DEBUG": "true"}
    env.pop("GATEWAY_CONFIG", None)
    subprocess.run([sys.executable, "-m", "gateway.cli", "makemessages", "-l", "en", "--no-location", "--no-obsolete",
                    "--no-wrap", "-i", "api/*"], cwd=tmp_path / "gateway", env=env, check=True, capture_output=True,
                   timeout=120)  # fmt: skip
    made = tmp_path / "gateway" / "locale" / "en" / "LC_MESSAGES" / "django.po"
    missing = _msgids(made) - _msgids(LOCALE / "django.po")
    assert missing == set(), "new strings: run makemessages (docs/gateway.md) and fill their msgstr"


def _msgids(po: Path) -> set[str]:
    return set(re.findall(r'^msgid "(.+)"$', po.read_text(encoding="utf-8"), re.M))
