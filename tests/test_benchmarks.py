"""The start-up benchmark's floor (benchmarks/floor_window.py) runs, and pays for the Qt
classes a real first screen uses: without them it would be a second bare window, and
startup_floor_ratio would say nothing about the app's own share."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

COUNT_ENUMS = """
import enum
created = []
make = enum.EnumType._create_
def counted(cls, name, names, **kwargs):
    created.append(name)
    return make(cls, name, names, **kwargs)
enum.EnumType._create_ = counted
from benchmarks.floor_window import main
main()
print(len(created), "Key" in created, "ItemDataRole" in created)
"""


def test_floor_window_starts_and_uses_the_classes_of_a_first_screen():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", COUNT_ENUMS], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    count, qt_namespace, item_roles = done.stdout.split()
    # The bare window creates 43 enum types; the app's first screen about 200.
    assert int(count) > 150 and qt_namespace == "True" and item_roles == "True"
