"""KBJI 2026 occupations: look-up by code, the parent chain, and the picker's search.

The list is ``kiosk/data/kbji2026.csv`` (source, terms and counts in its README), read once.
``occupation_code`` may be a jabatan (``NNNN.NN``) or, when none fits, a subgolongan (``NNNN``);
those are the two levels the search offers.

Search takes the typed words in any order, without case or accents; each must begin a word of
the name (``petug keam`` finds PETUGAS KEAMANAN) or of the kiosk's aliases (``satpam``), and a
word of three letters or more may also sit inside one (``tangga`` in KERUMAHTANGGAAN), ranked
after the others. Digits search the codes.
"""

from __future__ import annotations

import bisect
import csv
import heapq
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kiosk.core.occupation_aliases import ALIASES

OFFERED = ("subgolongan", "jabatan")
CODE = re.compile(r"\d{4}(\.\d{2})?")
INFIX_MIN = 3  # shorter typed words inside other words match almost everything


@dataclass(frozen=True)
class Occupation:
    code: str
    level: str
    parent: str
    name: str


@dataclass(frozen=True)
class Hit:
    """One line of the picker: the entry and the subgolongan it belongs to (itself for a subgolongan)."""

    code: str
    name: str
    level: str
    subgroup_code: str
    subgroup_name: str


def normalise(text: str) -> list[str]:
    """Lower-case words without accents: ``"Pâtissier/Koki"`` -> ``["patissier", "koki"]``."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", plain.casefold())


def parse(text: str) -> list[Occupation]:
    """The rows of kbji2026.csv (header ``code,level,parent,name``), in file order."""
    return [Occupation(r["code"], r["level"], r["parent"], r["name"]) for r in csv.DictReader(io.StringIO(text))]


@dataclass(frozen=True)
class _Entry:
    occupation: Occupation
    words: frozenset[str]
    leading: frozenset[str]  # the name's first word and the aliases: what the job is called
    order: tuple[int, int, int, str]  # the tie-break, fixed at load: residual, level, length, code


class _Index:
    def __init__(self, rows: list[Occupation]) -> None:
        self.by_code = {o.code: o for o in rows}
        children: dict[str, set[str]] = {}
        for o in rows:
            if o.level == "jabatan":
                children.setdefault(o.parent, set()).add(o.name)
        self.entries: list[_Entry] = []
        for o in rows:
            # a subgolongan named like one of its own jabatan would be the same line twice
            if o.level not in OFFERED or (o.level == "subgolongan" and o.name in children.get(o.code, ())):
                continue
            name_words = normalise(o.name)
            aliases = normalise(ALIASES.get(o.code, ""))
            # "... lainnya" (code ending 9 / 99) is the last resort, says KBJI; then jabatan before subgolongan
            residual = o.code.endswith("99") if o.level == "jabatan" else o.code.endswith("9")
            order = (int(residual), int(o.level != "jabatan"), len(o.name), o.code)
            self.entries.append(_Entry(o, frozenset(name_words + aliases), frozenset(name_words[:1] + aliases), order))
        postings: dict[str, set[int]] = {}
        for i, entry in enumerate(self.entries):
            for word in entry.words:
                postings.setdefault(word, set()).add(i)
        self.postings = postings
        self.vocabulary = sorted(postings)

    def starting(self, typed: str) -> set[int]:
        found: set[int] = set()
        start = bisect.bisect_left(self.vocabulary, typed)
        for word in self.vocabulary[start:]:
            if not word.startswith(typed):
                break
            found |= self.postings[word]
        return found

    def inside(self, typed: str) -> set[int]:
        found: set[int] = set()
        if len(typed) >= INFIX_MIN:
            for word in self.vocabulary:
                if typed in word and not word.startswith(typed):
                    found |= self.postings[word]
        return found


@lru_cache(maxsize=1)
def _index() -> _Index:
    text = resources.files("kiosk").joinpath("data/kbji2026.csv").read_text(encoding="utf-8")
    return _Index(parse(text))


def load() -> None:
    """Read and index the list now (~40 ms on the kiosk) rather than at the first keystroke."""
    _index()


def all_occupations() -> list[Occupation]:
    return list(_index().by_code.values())


def find(code: str) -> Occupation | None:
    return _index().by_code.get(code)


def is_valid(code: str) -> bool:
    """What ``occupation_code`` accepts: a KBJI 2026 jabatan ``NNNN.NN`` or subgolongan ``NNNN``."""
    occupation = find(code) if isinstance(code, str) and CODE.fullmatch(code) else None
    return occupation is not None and occupation.level in OFFERED


def chain(code: str) -> list[Occupation]:
    """The entry and its parents up to the golongan pokok: jabatan, subgolongan, ..., golongan pokok."""
    out: list[Occupation] = []
    occupation = find(code)
    while occupation is not None:
        out.append(occupation)
        occupation = find(occupation.parent) if occupation.parent else None
    return out


def subgroup(code: str) -> Occupation | None:
    """The subgolongan a jabatan or subgolongan code belongs to."""
    return next((o for o in chain(code) if o.level == "subgolongan"), None)


def shared_level(code: str, other: str) -> str | None:
    """The narrowest level two occupation codes share: jabatan, subgolongan, golongan or None.

    For vacancy matching once vacancies carry a KBJI code (the contract's GET /vacancies has none yet).
    """
    if not (CODE.fullmatch(code) and CODE.fullmatch(other)):
        return None
    if code == other and "." in code:
        return "jabatan"
    if code[:4] == other[:4]:
        return "subgolongan"
    return "golongan" if code[:3] == other[:3] else None


def _hit(occupation: Occupation) -> Hit:
    group = subgroup(occupation.code) or occupation
    return Hit(occupation.code, occupation.name, occupation.level, group.code, group.name)


def search(query: str, limit: int = 20) -> list[Hit]:
    """The best ``limit`` jabatan and subgolongan for what has been typed so far; [] when nothing fits."""
    typed = normalise(query)
    if not typed or limit <= 0:
        return []
    index = _index()
    if re.fullmatch(r"[\d.\s]+", query.strip()):
        digits = query.strip().replace(" ", "")
        found = [e.occupation for e in index.entries if e.occupation.code.startswith(digits)]
        return [_hit(o) for o in found[:limit]]
    candidates: set[int] | None = None
    at_start: list[set[int]] = []
    for word in typed:
        starting = index.starting(word)
        at_start.append(starting)
        matches = starting | index.inside(word)
        candidates = matches if candidates is None else candidates & matches
        if not candidates:
            return []
    assert candidates is not None

    def rank(i: int) -> tuple[int, int, int, int, int, int, str]:
        entry = index.entries[i]
        residual, level, length, code = entry.order
        return (
            sum(i not in starting for starting in at_start),  # every word at a word start first
            -sum(word in entry.words for word in typed),  # whole words typed beat parts of words
            residual,
            0 if any(w.startswith(typed[0]) for w in entry.leading) else 1,  # "kasir ..." before "supervisor kasir"
            level,
            length,
            code,
        )

    return [_hit(index.entries[i].occupation) for i in heapq.nsmallest(limit, candidates, key=rank)]
