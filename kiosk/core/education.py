"""Education levels: the contract's codes (siker-kiosk-api.md, ``education_level``) and the
plain words a person reads for them, one list for every screen that shows a level."""

from __future__ import annotations

from kiosk.core.marks import QT_TRANSLATE_NOOP

CONTEXT = "education"

# a school row's level (education[].level), lowest first
SCHOOL_LEVELS = ("SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3")
# the highest level finished (education_level), lowest first; "belum_tamat_sd" has no school row
LEVELS = ("belum_tamat_sd", *(level.lower() for level in SCHOOL_LEVELS))

WORDS: dict[str, str] = {
    "belum_tamat_sd": QT_TRANSLATE_NOOP("education", "Belum tamat SD"),
    "sd": QT_TRANSLATE_NOOP("education", "SD / sederajat"),
    "smp": QT_TRANSLATE_NOOP("education", "SMP / sederajat"),
    "sma": QT_TRANSLATE_NOOP("education", "SMA / MA"),
    "smk": QT_TRANSLATE_NOOP("education", "SMK"),
    "d1": QT_TRANSLATE_NOOP("education", "D1 (Diploma 1)"),
    "d2": QT_TRANSLATE_NOOP("education", "D2 (Diploma 2)"),
    "d3": QT_TRANSLATE_NOOP("education", "D3 (Diploma 3)"),
    "d4": QT_TRANSLATE_NOOP("education", "D4 (Sarjana Terapan)"),
    "s1": QT_TRANSLATE_NOOP("education", "S1 (Sarjana)"),
    "s2": QT_TRANSLATE_NOOP("education", "S2 (Magister)"),
    "s3": QT_TRANSLATE_NOOP("education", "S3 (Doktor)"),
}
assert tuple(WORDS) == LEVELS
