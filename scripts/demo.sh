#!/usr/bin/env bash
# Set everything up and open paxdesk on demo data: a demo CRM (~2,000 customers) and a simulated
# MidOffice on a free loopback port. The real CRM is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  echo "demo: no display found; running under Xvfb (use a desktop session to see the window)" >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m paxdesk demo
fi
exec .venv/bin/python -m paxdesk demo
