#!/usr/bin/env bash
# One-time set-up on a fresh machine (idempotent): system packages, a virtualenv, paxdesk and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installed for this machine's architecture (`dpkg -s NAME` fails once an i386 copy is installed too, as the
# Windows lane's wine32 brings).
installed() { dpkg-query -W -f='${Status} ${Architecture}\n' "$1" 2>/dev/null | grep -Eq "ok installed (all|$(dpkg --print-architecture))$"; }
need_apt=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb xauth)
installed fonts-dejavu-core || need_apt+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)  # tests read the PDF report with pdftotext
for lib in libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3; do
  installed "$lib" || need_apt+=("$lib")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${need_apt[*]}" >&2
    # A broken mirror index (seen: the security archive's i386 list) must not stop the install.
    apt-get update -qq >/dev/null 2>&1 || echo "setup: apt-get update reported errors; going on" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "setup: please install: ${need_apt[*]}" >&2
  fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[postgres,test]" 2>&1 | grep -v -e '^WARNING: Location' -e '^$' >&2 || true
.venv/bin/python -c "import paxdesk, PySide6, psycopg, pytestqt" || { echo "setup: install failed" >&2; exit 1; }
