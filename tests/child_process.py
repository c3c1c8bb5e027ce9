"""A child process measured from outside: wall time and peak RSS (tests/security, benchmarks/bench_scale.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers import ROOT


class Measured:
    """A child process and its peak RSS: Linux ``VmHWM`` of its own address space (``ru_maxrss`` would include
    the forked copy of this big pytest process from before ``exec``), psutil's peak working set on Windows.
    Both are high-water marks kept by the kernel, read every 50 ms until the process ends."""

    def __init__(self, args: list[str], folder: Path, name: str, env: dict[str, str] | None = None,
                 module: str | None = "paxdesk"):
        self.out, self.err = folder / f"{name}.out", folder / f"{name}.err"
        command = [sys.executable, *(["-m", module] if module else []), *args]
        with open(self.out, "wb") as out, open(self.err, "wb") as err:
            self.process = subprocess.Popen(command, stdout=out, stderr=err, cwd=ROOT, env={**os.environ, **(env or {})})
        self.started = time.monotonic()
        self.seconds = self.peak_mb = self.returncode = None

    def poll(self) -> bool:
        """True once the process has ended (and its peak memory is known)."""
        if self.returncode is not None:
            return True
        if hasattr(os, "wait4"):
            try:
                status_text = Path(f"/proc/{self.process.pid}/status").read_text()
                self.peak_mb = int(status_text.split("VmHWM:")[1].split()[0]) / 1024  # KiB
            except (OSError, IndexError):
                pass  # the process is a zombie now: its last reading stands
            pid, status, _usage = os.wait4(self.process.pid, os.WNOHANG)
            if not pid:
                return False
            self.process.returncode = self.returncode = os.waitstatus_to_exitcode(status)
        else:  # Windows: the peak working set, read while the process lives
            import psutil

            try:
                self.peak_mb = max(self.peak_mb or 0, psutil.Process(self.process.pid).memory_info().peak_wset / 2**20)
            except psutil.Error:
                pass
            if self.process.poll() is None:
                return False
            self.returncode = self.process.returncode
        self.seconds = time.monotonic() - self.started
        return True

    @property
    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")

    @property
    def stdout(self) -> str:
        return self.out.read_text(encoding="utf-8", errors="replace")

    def wait(self, interval: float = 0.05) -> "Measured":
        while not self.poll():
            time.sleep(interval)
        return self
