"""How well a vacancy suits a job seeker, with the reasons as codes (the screen words them).

Score out of 100: education (30), skills (30), preferred position (15), location (15),
wage expectation (10). A vacancy whose minimum education is above the seeker's is never
"cocok", whatever else matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

LEVEL_RANK = {"SD": 1, "SMP": 2, "SMA": 3, "SMK": 3, "D1": 4, "D2": 5, "D3": 6, "D4": 7, "S1": 7, "S2": 8, "S3": 9}
STOPWORDS = {"dan", "di", "ke", "untuk", "yang", "atau", "the", "and", "of", "kab", "kota"}
SUITABLE = 50


@lru_cache(maxsize=8192)  # the same seeker's words and the common skill names come back for every vacancy
def words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in STOPWORDS and len(w) > 1)


class Why(StrEnum):
    EDUCATION_MET = "education_met"
    EDUCATION_NEEDED = "education_needed"  # Reason.level: the vacancy's minimum
    SKILLS_MET = "skills_met"  # Reason.met of Reason.asked
    POSITION_WANTED = "position_wanted"
    LOCATION_WANTED = "location_wanted"
    WAGE_MET = "wage_met"


@dataclass(frozen=True)
class Reason:
    why: Why
    level: str = ""
    met: int = 0
    asked: int = 0


@dataclass(frozen=True)
class Match:
    score: int
    reasons: list[Reason] = field(default_factory=list)
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
    reasons: list[Reason] = []
    score = 0
    levels = [LEVEL_RANK.get(e.get("level", ""), 0) for e in seeker.get("education", [])]
    have = max(levels, default=0)
    need = LEVEL_RANK.get(vacancy.get("education_min") or "", 0)
    education_ok = have >= need
    if education_ok:
        score += 30
        reasons.append(Reason(Why.EDUCATION_MET))
    else:
        reasons.append(Reason(Why.EDUCATION_NEEDED, level=str(vacancy.get("education_min"))))
    required = [s for s in vacancy.get("skills") or [] if words(s)]
    if required:
        own = [words(s.get("name", "")) for s in seeker.get("skills", [])]
        met = sum(_skill_met(s, own) for s in required)
        score += round(30 * met / len(required))
        if met:
            reasons.append(Reason(Why.SKILLS_MET, met=met, asked=len(required)))
    else:
        score += 15  # nothing asked: neither a plus nor a minus
    prefs = seeker.get("preferences") or {}
    title = words(vacancy.get("title", ""))
    if any(words(p) and words(p) & title for p in prefs.get("positions", [])):
        score += 15
        reasons.append(Reason(Why.POSITION_WANTED))
    location = words(vacancy.get("location", ""))
    if any(words(place) and words(place) <= location for place in prefs.get("locations", [])):
        score += 15
        reasons.append(Reason(Why.LOCATION_WANTED))
    wanted = int(prefs.get("min_wage") or 0)
    offered = vacancy.get("wage_max") or vacancy.get("wage_min")
    if not wanted or (offered and offered >= wanted):
        score += 10
        if wanted:
            reasons.append(Reason(Why.WAGE_MET))
    return Match(min(score, 100), reasons, education_ok)
