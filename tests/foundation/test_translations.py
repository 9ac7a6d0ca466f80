"""Every tr() string has an English text, and the shipped .qm matches the sources."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_every_string_is_translated_and_the_qm_is_fresh(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "kiosk").rglob("*.py"))
    ts = tmp_path / "kiosk_en.ts"
    subprocess.run(
        [BIN / "pyside6-lupdate", "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", ts],
        check=True,
        timeout=120,
    )
    extracted = {m.findtext("source") for m in ET.parse(ts).iter("message")}
    shipped = ET.parse(ROOT / "assets" / "i18n" / "kiosk_en.ts")
    translated = {
        m.findtext("source") for m in shipped.iter("message") if m.find("translation").get("type") != "unfinished"
    }
    missing = extracted - translated
    assert not missing, f"untranslated (add to glossary_en.tsv, run scripts/update-translations): {missing}"

    qm = tmp_path / "kiosk_en.qm"
    subprocess.run(
        [BIN / "pyside6-lrelease", "-silent", ROOT / "assets/i18n/kiosk_en.ts", "-qm", qm],
        check=True,
        timeout=60,
    )
    assert qm.read_bytes() == (ROOT / "assets/i18n/kiosk_en.qm").read_bytes(), "run scripts/update-translations"
