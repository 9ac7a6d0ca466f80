"""Simulasi pesangon (PP 35/2021 Pasal 40-57; PPh 21 final per PP 68/2009).

Money is exact: Decimal throughout, each component rounded half-up to the whole rupiah.
The result is a simulation; the labour office's count is binding.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from kiosk.core.marks import QT_TRANSLATE_NOOP
from kiosk.core.problems import Code, ProblemError
from kiosk.core.severance_rules import BY_CODE, PPH21_LAYERS, UP_MONTHS, UPMK_MONTHS, Reason

MAX_YEARS = 60
MAX_WAGE = Decimal(1_000_000_000)


# the amounts' names, as a problem names them (translated on screen like the problems themselves)
UPAH_POKOK = QT_TRANSLATE_NOOP("problems", "Upah pokok")
TUNJANGAN_TETAP = QT_TRANSLATE_NOOP("problems", "Tunjangan tetap")
BIAYA_PULANG = QT_TRANSLATE_NOOP("problems", "Biaya pulang")
HAK_LAIN = QT_TRANSLATE_NOOP("problems", "Hak lain")
UANG_PISAH = QT_TRANSLATE_NOOP("problems", "Uang pisah")


class SeveranceInputError(ProblemError):
    """An input of the simulator is not usable; ``err.problem`` says why."""


@dataclass(frozen=True)
class Component:
    code: str  # uang_pesangon | upmk | uph_cuti | uph_pulang | uph_lain | uang_pisah | kompensasi_pkwt
    words: str
    amount: int
    pasal: str
    months: Decimal | None = None
    multiplier: Decimal | None = None
    days: int = 0  # uph_cuti: the unused leave days its words name


@dataclass(frozen=True)
class Breakdown:
    reason: Reason
    wage_base: int
    years: int
    months: int
    components: list[Component] = field(default_factory=list)
    pph21: int = 0

    def total(self, *codes: str) -> int:
        return sum(c.amount for c in self.components if not codes or c.code in codes)

    @property
    def gross(self) -> int:
        return self.total()

    @property
    def net(self) -> int:
        return self.gross - self.pph21

    def as_json(self) -> dict[str, Any]:
        return {
            "reason": self.reason.code,
            "pasal": self.reason.pasal,
            "wage_base": self.wage_base,
            "service": {"years": self.years, "months": self.months},
            "uang_pesangon": self.total("uang_pesangon"),
            "upmk": self.total("upmk"),
            "uph": self.total("uph_cuti", "uph_pulang", "uph_lain"),
            "uang_pisah": self.total("uang_pisah"),
            "kompensasi_pkwt": self.total("kompensasi_pkwt"),
            "gross": self.gross,
            "pph21": self.pph21,
            "net": self.net,
            "breakdown": [
                {k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(c).items()} for c in self.components
            ],
        }


def rupiah(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def service_between(start: date, end: date) -> tuple[int, int]:
    """Completed years and months from start to end."""
    if end < start:
        raise SeveranceInputError(Code.END_BEFORE_START)
    months = (end.year - start.year) * 12 + end.month - start.month - (1 if end.day < start.day else 0)
    return months // 12, months % 12


def up_months(years: int) -> int:
    return UP_MONTHS[min(years, len(UP_MONTHS) - 1)]


def upmk_months(years: int) -> int:
    return next((months for floor, months in UPMK_MONTHS if years >= floor), 0)


def pph21(gross: int) -> int:
    """Layered, like income tax: each rate applies only to its layer."""
    tax, lower = Decimal(0), Decimal(0)
    for upper, rate in PPH21_LAYERS:
        top = Decimal(gross) if upper is None else min(Decimal(gross), upper)
        if top > lower:
            tax += (top - lower) * rate
        if upper is None or gross <= upper:
            break
        lower = upper
    return rupiah(tax)


def _money(value: int | Decimal | str, label: str, *, allow_zero: bool = True) -> Decimal:
    try:
        amount = Decimal(str(value))
    except ArithmeticError:
        raise SeveranceInputError(Code.AMOUNT_DIGITS, label=label) from None
    if amount < 0 or (amount == 0 and not allow_zero):
        raise SeveranceInputError(Code.AMOUNT_NEGATIVE if allow_zero else Code.AMOUNT_NOT_POSITIVE, label=label)
    if amount > MAX_WAGE:
        raise SeveranceInputError(Code.AMOUNT_TOO_LARGE, label=label)
    return amount


def simulate(
    *,
    wage: int | Decimal,
    reason: str,
    fixed_allowance: int | Decimal = 0,
    years: int | None = None,
    months: int = 0,
    start: date | None = None,
    end: date | None = None,
    leave_days: int = 0,
    workdays_per_month: int = 25,
    return_cost: int | Decimal = 0,
    other: int | Decimal = 0,
    uang_pisah: int | Decimal = 0,
) -> Breakdown:
    rule = BY_CODE.get(reason)
    if rule is None:
        raise SeveranceInputError(Code.REASON_UNKNOWN, reason=reason)
    base = _money(wage, UPAH_POKOK, allow_zero=False) + _money(fixed_allowance, TUNJANGAN_TETAP)
    if start is not None and end is not None:
        years, months = service_between(start, end)
    if years is None:
        raise SeveranceInputError(Code.SERVICE_MISSING)
    if not 0 <= years <= MAX_YEARS or not 0 <= months <= 11:
        raise SeveranceInputError(Code.SERVICE_IMPLAUSIBLE, years=years, months=months)
    if workdays_per_month not in (25, 21):
        raise SeveranceInputError(Code.WORKDAYS)
    if not 0 <= leave_days <= 365:
        raise SeveranceInputError(Code.LEAVE_DAYS)

    parts: list[Component] = []
    if rule.pkwt:
        worked = Decimal(years * 12 + months)
        if worked < 1:
            raise SeveranceInputError(Code.PKWT_TOO_SHORT)
        parts.append(
            Component(
                "kompensasi_pkwt",
                "Uang kompensasi PKWT (masa kerja / 12 x upah)",
                rupiah(worked / 12 * base),
                "PP 35/2021 " + rule.pasal,
                worked / 12,
            )
        )
    if rule.up:
        m = Decimal(up_months(years))
        parts.append(
            Component(
                "uang_pesangon",
                "Uang pesangon",
                rupiah(m * rule.up * base),
                "PP 35/2021 Pasal 40 ayat (2) jo. " + rule.pasal,
                m,
                rule.up,
            )
        )
    if rule.upmk and upmk_months(years):
        m = Decimal(upmk_months(years))
        parts.append(
            Component(
                "upmk",
                "Uang penghargaan masa kerja",
                rupiah(m * base),
                "PP 35/2021 Pasal 40 ayat (3) jo. " + rule.pasal,
                m,
                Decimal(1),
            )
        )
    if rule.uph:
        daily = base / workdays_per_month
        if leave_days:
            parts.append(
                Component(
                    "uph_cuti",
                    f"Cuti tahunan belum diambil ({leave_days} hari)",
                    rupiah(daily * leave_days),
                    "PP 35/2021 Pasal 40 ayat (4) huruf a",
                    days=leave_days,
                )
            )
        if _money(return_cost, BIAYA_PULANG):
            parts.append(
                Component(
                    "uph_pulang",
                    "Biaya pulang ke tempat diterima bekerja",
                    rupiah(_money(return_cost, BIAYA_PULANG)),
                    "PP 35/2021 Pasal 40 ayat (4) huruf b",
                )
            )
        if _money(other, HAK_LAIN):
            parts.append(
                Component(
                    "uph_lain",
                    "Hal lain menurut perjanjian kerja/PP/PKB",
                    rupiah(_money(other, HAK_LAIN)),
                    "PP 35/2021 Pasal 40 ayat (4) huruf c",
                )
            )
    if rule.uang_pisah and _money(uang_pisah, UANG_PISAH):
        parts.append(
            Component(
                "uang_pisah",
                "Uang pisah (menurut perjanjian kerja/PP/PKB)",
                rupiah(_money(uang_pisah, UANG_PISAH)),
                "PP 35/2021 " + rule.pasal,
            )
        )
    result = Breakdown(rule, rupiah(base), years, months, parts)
    return Breakdown(rule, result.wage_base, years, months, parts, pph21(result.gross))
