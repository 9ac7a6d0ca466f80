"""How well a vacancy suits a job seeker, with the reasons as codes (the screen words them).

Score out of 100: education (30), skills (30), preferred position (15), location (15),
wage expectation (10). A vacancy whose minimum education is above the seeker's is never
"cocok", whatever else matches.

The position counts most when the KBJI 2026 codes agree: the seeker's ``occupation_code`` and the
vacancy's (its own ``occupation_code`` if the server sends one, else the jabatan its title names).
Same subgolongan (or the same jabatan) 15, same golongan 12, a word of the title alone 8.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from kiosk.core import occupations

LEVEL_RANK = {"SD": 1, "SMP": 2, "SMA": 3, "SMK": 3, "D1": 4, "D2": 5, "D3": 6, "D4": 7, "S1": 7, "S2": 8, "S3": 9}
STOPWORDS = {"dan", "di", "ke", "untuk", "yang", "atau", "the", "and", "of", "kab", "kota"}
SUITABLE = 50
POSITION_POINTS = {"jabatan": 15, "subgolongan": 15, "golongan": 12}
POSITION_WORDS_POINTS = 8  # a title word the seeker typed, without a KBJI code that agrees
MIN_GUESS_WORDS = 2  # a title shortened to one word ("operator") names no jabatan reliably


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


@lru_cache(maxsize=4096)  # the same titles come back for every seeker
def vacancy_code(title: str) -> str | None:
    """The KBJI 2026 jabatan (or subgolongan) a vacancy title names: the picker's best hit for the
    title, or for its first words when the rest ("(Garmen)", "Shift Malam") names nothing."""
    typed = occupations.normalise(title)
    for end in range(len(typed), 0, -1):
        if end < min(MIN_GUESS_WORDS, len(typed)):
            break
        hits = occupations.search(" ".join(typed[:end]), limit=1)
        if hits:
            return hits[0].code
    return None


def _position_points(seeker: dict[str, Any], vacancy: dict[str, Any], title: frozenset[str]) -> int:
    prefs = seeker.get("preferences") or {}
    points = POSITION_WORDS_POINTS if any(words(p) and words(p) & title for p in prefs.get("positions", [])) else 0
    own = seeker.get("occupation_code")
    if own:
        theirs = vacancy.get("occupation_code")
        if not (isinstance(theirs, str) and occupations.is_valid(theirs)):
            theirs = vacancy_code(vacancy.get("title") or "")
        shared = occupations.shared_level(own, theirs) if theirs else None
        points = max(points, POSITION_POINTS.get(shared or "", 0))
    return points


def _skill_met(required: str, have: list[frozenset[str]]) -> bool:
    need = words(required)
    # "las listrik" is met by "las listrik"; a seeker's "las" also meets a vacancy's "las listrik"
    return bool(need) and any(need <= skill or (skill and skill <= need) for skill in have)


def match(seeker: dict[str, Any], vacancy: dict[str, Any]) -> Match:
    """``seeker``: education (list of {level}), education_level, occupation_code, skills ({name}),
    preferences ({positions, locations, min_wage}): the registration body."""
    reasons: list[Reason] = []
    score = 0
    levels = [LEVEL_RANK.get(e.get("level", ""), 0) for e in seeker.get("education", [])]
    levels.append(LEVEL_RANK.get(str(seeker.get("education_level") or "").upper(), 0))
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
    position = _position_points(seeker, vacancy, words(vacancy.get("title", "")))
    if position:
        score += position
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
