"""Runs the installed Orca for tests/orca.rs, changed in two ways that only a test needs.

1. Orca opens its --debug-file with Python's default 8 KB buffer, so the last things it
   said can sit unwritten until more is logged. A test waiting for them would wait for
   nothing: here the file is line-buffered, so each "SPEECH OUTPUT" line is on disk as
   soon as Orca logs it.
2. Orca refuses to start when any other Orca of the same user runs anywhere on the
   machine (`pgrep -u UID -x orca`). Each test session has its own X server, D-Bus and
   settings, so another developer's Orca is no reason to stop.

Usage: run_orca.py DEBUG_FILE ORCA_ARGUMENTS...
"""

import builtins
import runpy
import sys

ORCA = "/usr/bin/orca"

debug_file = sys.argv[1]
real_open = builtins.open


def line_buffered_open(file, mode="r", buffering=-1, *args, **kwargs):
    if file == debug_file and "w" in mode:
        buffering = 1
    return real_open(file, mode, buffering, *args, **kwargs)


builtins.open = line_buffered_open
sys.argv = [ORCA, "--debug-file", debug_file] + sys.argv[2:]
orca_main = runpy.run_path(ORCA, run_name="orca_for_tests")["main"]
orca_main.__globals__["otherOrcas"] = lambda: []
sys.exit(orca_main())
