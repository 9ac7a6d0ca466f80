import multiprocessing as mp
from datetime import date

import pytest

from kiosk.core.ak1 import format_registration_no
from kiosk.store.db import Store
from kiosk.store.registrations import allocate_registration_no


def test_number_layout_and_daily_sequence(store):
    day = date(2026, 11, 21)
    with store.transaction():
        first = allocate_registration_no(store, "3374", 1, day)
    with store.transaction():
        second = allocate_registration_no(store, "3374", 1, day)
    with store.transaction():
        next_day = allocate_registration_no(store, "3374", 1, date(2026, 11, 22))
    assert first == "3374211126010001"
    assert second == "3374211126010002"
    assert next_day == "3374221126010001"
    assert len(first) == 16 and first.isdigit()
    assert format_registration_no("3374211126010042") == "3374 211126 010042"


def test_a_rolled_back_registration_gives_its_number_back(store):
    day = date(2026, 11, 21)
    with pytest.raises(RuntimeError), store.transaction():
        allocate_registration_no(store, "3374", 2, day)
        raise RuntimeError("crash before commit")
    with store.transaction():
        assert allocate_registration_no(store, "3374", 2, day) == "3374211126020001"


def test_allocation_outside_a_transaction_is_refused(store):
    with pytest.raises(RuntimeError, match=r"inside store\.transaction"):
        allocate_registration_no(store, "3374", 1, date(2026, 11, 21))


def _writer(path: str, count: int, queue: mp.Queue) -> None:
    store = Store(path)
    numbers = []
    for _ in range(count):
        with store.transaction():
            numbers.append(allocate_registration_no(store, "3374", 1, date(2026, 11, 21)))
    store.close()
    queue.put(numbers)


def test_unique_under_concurrent_writers_from_two_processes(tmp_path):
    path = str(tmp_path / "k.db")
    Store(path).close()
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(path, 150, queue)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    numbers = results[0] + results[1]
    assert len(numbers) == 300
    assert len(set(numbers)) == 300
    assert sorted(int(n[-4:]) for n in numbers) == list(range(1, 301))
