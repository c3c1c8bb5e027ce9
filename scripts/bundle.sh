#!/usr/bin/env bash
# Build the one-folder bundle from packaging/paxdesk.spec (Linux here; Windows in .github/workflows/windows.yml)
# and run the self-test on the built bundle. Fails if either fails.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pyinstaller ] || .venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6" 2>&1 \
  | grep -v -e '^WARNING: Location' >&2 || true
rm -rf build/bundle dist/paxdesk
.venv/bin/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build/bundle packaging/paxdesk.spec
QT_QPA_PLATFORM=offscreen dist/paxdesk/paxdesk-cli --selftest
