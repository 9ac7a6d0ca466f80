"""Issue 18 item 11: in English mode every sentence on every screen and dialog is English.

The real app on simulated devices walks every screen and dialog state (``screen_walk``: error
states too: a wrong NIK, a phone error, the printer out of paper, no vacancy found, a wrong
PIN...) with the language switched to English, and reads back every visible label, button,
placeholder, tab, table and list row. A text fails when it is one of the Indonesian source
strings of ``assets/i18n/kiosk_en.ts`` (or a line of one) or holds an Indonesian word that
English never uses. What the person typed or SIKER sent (names, addresses, vacancy texts) is
data and stays as it came. Printed documents stay Indonesian, and the screen says so once.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.core.occupations import all_occupations
from kiosk.i18n import set_language
from tests.touch.screen_checks import describe, visible_texts
from tests.touch.screen_walk import LAST_STATE, TYPED, event_strings, seed_vacancies, walk

ROOT = Path(__file__).resolve().parents[2]

# words of Bahasa Indonesia that no English sentence of the kiosk uses (names and the
# acronyms both languages share, NIK, e-KTP, AK/1, SIKER, Disnaker, PPh, PKWT, are not here)
MARKERS = {
    "dan", "yang", "anda", "tidak", "untuk", "dari", "belum", "sudah", "atau", "dengan", "di",
    "ke", "ini", "itu", "akan", "ada", "kartu", "laporan", "lowongan", "mohon", "silakan",
    "tekan", "batal", "lanjut", "kembali", "selesai", "ya", "menunggu", "daring", "luring",
    "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober", "desember",
    "laki-laki", "perempuan", "kawin", "bulan", "tahun", "hari", "menit", "detik", "jam",
    "pendidikan", "pekerjaan", "alamat", "nama", "lahir", "tanggal", "berlaku", "sampai",
    "cetak", "ulang", "simpan", "ubah", "pilih", "semua", "cari", "lamar", "tutup", "gaji",
    "upah", "pesangon", "petugas", "teknisi", "kios", "masuk", "keluar", "salah", "gagal",
    "lulus", "hasil", "foto", "kamera", "pembaca", "kertas", "habis", "sedang", "tunggu",
    "sebentar", "perusahaan", "jabatan", "lokasi", "bidang", "keterampilan", "pengalaman",
    "sekarang", "nomor", "ketik", "tempelkan", "kirim", "terkirim", "tersimpan", "dicetak",
    "bantuan", "kantor", "loket", "hubungi", "agama", "kristen", "katolik", "konghucu", "lainnya",
    "bekerja", "mencari", "kerja", "sisa", "percobaan",
}  # fmt: skip
# what the e-KTP holds about a person (its coded fields, sex, religion, marital status, are
# words the kiosk says in the person's language)
DATA_KEYS = ("namaLengkap", "alamat", "namaKelurahan", "namaKecamatan", "namaKabupaten", "namaProvinsi", "tempatLahir")
PRINTED_NOTE = "are in Bahasa Indonesia, as the official form requires"


def indonesian_sources() -> set[str]:
    """The Indonesian source strings whose English differs, and each of their lines."""
    found: set[str] = set()
    tree = ET.parse(ROOT / "assets" / "i18n" / "kiosk_en.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        english = forms or [(translation.text or "") if translation is not None else ""]
        if source in english:
            continue
        for piece in [source, *source.split("\n")]:
            piece = re.sub(r"%[0-9n]", "", piece).strip(" :.·‹›")
            if len(piece) >= 4:
                found.add(piece)
    return found


def data_strings(vacancies: list[dict]) -> list[str]:
    """What SIKER sent and the e-KTP holds: shown as it came, in any language."""
    values: list[str] = []
    for row in vacancies:
        for value in row.values():
            if isinstance(value, str):
                values.append(value)
            elif isinstance(value, list):
                values += [v for v in value if isinstance(v, str)]
    for card in json.loads((ROOT / "assets" / "samples" / "identities.json").read_text(encoding="utf-8")):
        values += [card[key] for key in DATA_KEYS]
    values += TYPED + event_strings()
    # the KBJI's official names the occupation picker lists for the walk's "jahit" (no English exists)
    values += [o.name for o in all_occupations() if "JAHIT" in o.name.upper()]
    return sorted({v for v in values if len(v) >= 3}, key=len, reverse=True)


def untranslated(text: str, sources: set[str], data: list[str]) -> str | None:
    """Why ``text`` is not English, or None."""
    for value in data:  # the longest first: a description before a word in it
        text = re.sub(re.escape(value), " ", text, flags=re.IGNORECASE)
    for line in re.split(r"[\n;]", text):
        line = line.strip(" :.·‹›•⚠✓★●○-")
        if line in sources:
            return f"Indonesian source string {line!r}"
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)}
    marked = sorted(words & MARKERS)
    return f"Indonesian words {marked}" if marked else None


@pytest.fixture
def english(kiosk):
    yield kiosk
    set_language("id")


@pytest.mark.slow
def test_every_screen_and_dialog_is_english_in_english_mode(english, qtbot):
    kiosk = english
    sources, data = indonesian_sources(), data_strings(seed_vacancies(kiosk))
    window: QWidget = kiosk.window
    problems: dict[tuple[str, str], str] = {}  # one per state, widget and reason
    notes: set[str] = set()
    visited: list[str] = []
    for state in walk(kiosk, lambda c: qtbot.waitUntil(c, timeout=20_000), lambda: set_language("en")):
        visited.append(state)
        qtbot.wait(20)  # a screen's texts set at the next turn of the loop (the review's preview)
        for widget, text in visible_texts(window):
            if PRINTED_NOTE in text:
                notes.add(state)
            why = untranslated(text, sources, data) if text else None
            if why:
                where = f"{state}: {describe(widget)}"
                problems.setdefault((where, why), f"{where}: {why}: {text[:120]!r}")
    assert visited[-1] == LAST_STATE, visited  # the walk went everywhere
    assert not problems, "\n".join(problems.values())
    # the printed card, receipts and slips stay in Bahasa Indonesia: the screen says so
    assert {"12-review", "14-done"} <= notes, notes


def test_the_check_finds_an_indonesian_sentence():
    """The check itself: a sentence left in Indonesian fails, an English one with data passes."""
    sources = indonesian_sources()
    data = ["PT Sumber Rejeki", "Operator produksi"]
    assert untranslated("Ambil kartu Anda", sources, data)
    assert untranslated("Valid until 17 Agustus 2027.", sources, data)
    assert untranslated("Nama lengkap (sesuai KTP)", sources, data)
    assert untranslated("Operator produksi — PT Sumber Rejeki\nclosing 2099-12-31", sources, data) is None
    assert untranslated("Take your card", sources, data) is None
