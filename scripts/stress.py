"""Long reliability runs: many more random kills than the suite (default 200), figures for docs/reliability.md.

    .venv/bin/python scripts/stress.py [--kills 200] [--seed 2026]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reliability.kill_trials import run_trials  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PAXDESK_HOME"] = str(Path(folder) / "home")
        figures = run_trials(args.kills, Path(folder), seed=args.seed)
    print(f"trials: {figures.trials}; killed inside the apply phase: {figures.killed_in_apply}; "
          f"resumes killed too: {figures.resumes_killed}; reruns: {figures.reruns}; "
          f"time: {figures.seconds:.0f} s; problems: {len(figures.problems)}")
    for problem in figures.problems:
        print("  " + problem)
    return 1 if figures.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
