"""How well a vacancy suits a job seeker, with the reasons in words.

Score out of 100: education (30), skills (30), preferred position (15), location (15),
wage expectation (10). A vacancy whose minimum education is above the seeker's is never
"cocok", whatever else matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

LEVEL_RANK = {"SD": 1, "SMP": 2, "SMA": 3, "SMK": 3, "D1": 4, "D2": 5, "D3": 6, "D4": 7, "S1": 7, "S2": 8, "S3": 9}
STOPWORDS = {"dan", "di", "ke", "untuk", "yang", "atau", "the", "and", "of", "kab", "kota"}
SUITABLE = 50


@lru_cache(maxsize=8192)  # the same seeker's words and the common skill names come back for every vacancy
def words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in STOPWORDS and len(w) > 1)


@dataclass(frozen=True)
class Match:
    score: int
    reasons: list[str] = field(default_factory=list)
    education_ok: bool = True

    @property
    def suitable(self) -> bool:
        return self.education_ok and self.score >= SUITABLE


def _skill_met(required: str, have: list[frozenset[str]]) -> bool:
    need = words(required)
    # "las listrik" is met by "las listrik"; a seeker's "las" also meets a vacancy's "las listrik"
    return bool(need) and any(need <= skill or (skill and skill <= need) for skill in have)


def match(seeker: dict[str, Any], vacancy: dict[str, Any]) -> Match:
    """``seeker``: education (list of {level}), skills ({name}), preferences ({positions, locations, min_wage})."""
    reasons: list[str] = []
    score = 0
    levels = [LEVEL_RANK.get(e.get("level", ""), 0) for e in seeker.get("education", [])]
    have = max(levels, default=0)
    need = LEVEL_RANK.get(vacancy.get("education_min") or "", 0)
    education_ok = have >= need
    if education_ok:
        score += 30
        reasons.append("pendidikan sesuai")
    else:
        reasons.append(f"butuh pendidikan minimal {vacancy.get('education_min')}")
    required = [s for s in vacancy.get("skills") or [] if words(s)]
    if required:
        own = [words(s.get("name", "")) for s in seeker.get("skills", [])]
        met = sum(_skill_met(s, own) for s in required)
        score += round(30 * met / len(required))
        if met:
            reasons.append(f"{met} dari {len(required)} keterampilan")
    else:
        score += 15  # nothing asked: neither a plus nor a minus
    prefs = seeker.get("preferences") or {}
    title = words(vacancy.get("title", ""))
    if any(words(p) and words(p) & title for p in prefs.get("positions", [])):
        score += 15
        reasons.append("jabatan sesuai keinginan")
    location = words(vacancy.get("location", ""))
    if any(words(place) and words(place) <= location for place in prefs.get("locations", [])):
        score += 15
        reasons.append("lokasi sesuai")
    wanted = int(prefs.get("min_wage") or 0)
    offered = vacancy.get("wage_max") or vacancy.get("wage_min")
    if not wanted or (offered and offered >= wanted):
        score += 10
        if wanted:
            reasons.append("gaji sesuai harapan")
    return Match(min(score, 100), reasons, education_ok)
