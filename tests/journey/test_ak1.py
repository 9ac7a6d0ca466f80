from datetime import date

from kiosk.core.ak1 import add_months, can_renew, is_expired, next_report, report_slots, valid_until


def test_valid_two_years_including_leap_day():
    assert valid_until(date(2026, 11, 21)) == date(2028, 11, 21)
    assert valid_until(date(2024, 2, 29)) == date(2026, 2, 28)


def test_add_months_clamps_to_month_end():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_renewal_window_and_expiry():
    until = date(2026, 12, 31)
    assert not can_renew(until, date(2026, 11, 30))  # 31 days before
    assert can_renew(until, date(2026, 12, 1))  # 30 days before
    assert can_renew(until, date(2027, 3, 1))  # after expiry
    assert not is_expired(until, until)
    assert is_expired(until, date(2027, 1, 1))


def test_report_slots_every_six_months():
    slots = report_slots(date(2026, 11, 21))
    assert [s.label for s in slots] == ["Laporan I", "Laporan II", "Laporan III"]
    assert [s.due_on for s in slots] == [date(2027, 5, 21), date(2027, 11, 21), date(2028, 5, 21)]
    assert next_report(date(2026, 11, 21), 1).label == "Laporan II"
    assert next_report(date(2026, 11, 21), 3) is None
