"""Print the packages whose locked version changed between two requirements.lock files.

Usage: python .ci/lock_diff.py OLD_LOCK NEW_LOCK   (what `make lock` runs after re-resolving)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s\\;]+)", re.MULTILINE)


def read_pins(path: Path) -> dict[str, str]:
    """Package name (normalised) -> pinned version, from a pip-compile style lock file."""
    return {re.sub(r"[-_.]+", "-", m[1]).lower(): m[2] for m in _PIN.finditer(path.read_text())}


def main(old_path: str, new_path: str) -> int:
    old, new = read_pins(Path(old_path)), read_pins(Path(new_path))
    rows = [f"  + {n} {new[n]}" for n in sorted(new.keys() - old.keys())]
    rows += [f"  - {n} {old[n]}" for n in sorted(old.keys() - new.keys())]
    rows += [f"  ~ {n} {old[n]} -> {new[n]}" for n in sorted(old.keys() & new.keys()) if old[n] != new[n]]
    print(f"{len(new)} packages locked; {len(rows)} changed" + (":" if rows else "."))
    if rows:
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
