"""The sync service yields the CPU to the screen (bench/bench_lowend.py measured why)."""

import os
import subprocess
import sys

from kiosk.commands import sync_cmd

# `kiosk sync` up to its first step after setting its priority: the niceness it runs at, then stop
PROBE = (
    "import argparse, os, sys; import kiosk.logging_setup as logging_setup;"
    "logging_setup.setup_logging = lambda: (print(os.nice(0)), sys.exit(0));"
    "from kiosk.commands import sync_cmd; sync_cmd.sync(argparse.Namespace(config=None, once=True, deadline=1))"
)


def test_the_sync_service_runs_at_a_lower_cpu_priority_than_the_kiosk():
    kiosk_niceness = os.nice(0)  # the child starts at ours, as the kiosk and the service start alike
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == min(19, kiosk_niceness + sync_cmd.SYNC_NICE)
    assert os.nice(0) == kiosk_niceness
