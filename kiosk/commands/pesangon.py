"""``kiosk pesangon``: the severance simulator for officers and scripts."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("pesangon", help="simulate severance pay (PP 35/2021), a simulation only")
    p.add_argument("--list-reasons", action="store_true", help="list the reason codes with their Pasal")
    p.add_argument("--wage", type=int, help="basic monthly wage, rupiah")
    p.add_argument("--fixed-allowance", type=int, default=0, help="fixed monthly allowances, rupiah")
    p.add_argument("--years", type=int)
    p.add_argument("--months", type=int, default=0)
    p.add_argument("--start", type=date.fromisoformat, help="first day of work, YYYY-MM-DD (instead of --years)")
    p.add_argument("--end", type=date.fromisoformat, help="last day of work, YYYY-MM-DD")
    p.add_argument("--reason")
    p.add_argument("--leave-days", type=int, default=0, help="unused annual leave days")
    p.add_argument("--workdays-per-month", type=int, default=25, choices=(25, 21))
    p.add_argument("--return-cost", type=int, default=0)
    p.add_argument("--other", type=int, default=0)
    p.add_argument("--uang-pisah", type=int, default=0, help="as set by the work agreement")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def rp(amount: int) -> str:
    return "Rp" + f"{amount:,}".replace(",", ".")


def run(args: argparse.Namespace) -> int:
    from kiosk.core.severance import SeveranceInputError, simulate
    from kiosk.core.severance_rules import REASONS

    if args.list_reasons:
        for reason in REASONS:
            print(f"{reason.code:28} {reason.pasal:20} {reason.words}")
        return 0
    if args.wage is None or args.reason is None:
        print("kiosk: --wage and --reason are needed (see --list-reasons)", file=sys.stderr)
        return 2
    try:
        result = simulate(
            wage=args.wage,
            fixed_allowance=args.fixed_allowance,
            years=args.years,
            months=args.months,
            start=args.start,
            end=args.end,
            reason=args.reason,
            leave_days=args.leave_days,
            workdays_per_month=args.workdays_per_month,
            return_cost=args.return_cost,
            other=args.other,
            uang_pisah=args.uang_pisah,
        )
    except SeveranceInputError as err:
        print(f"kiosk: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return 0
    print(f"Simulasi pesangon: {result.reason.words} ({result.reason.pasal})")
    print(
        f"Upah dasar (upah pokok + tunjangan tetap): {rp(result.wage_base)}; masa kerja {result.years} tahun "
        f"{result.months} bulan"
    )
    for part in result.components:
        print(f"  {part.words:48} {rp(part.amount):>18}   {part.pasal}")
    print(f"  {'Jumlah kotor':48} {rp(result.gross):>18}")
    print(f"  {'PPh 21 final (PP 68/2009)':48} {rp(result.pph21):>18}")
    print(f"  {'Diterima bersih':48} {rp(result.net):>18}")
    print("Ini simulasi. Perhitungan petugas Disnaker yang berlaku.")
    return 0
