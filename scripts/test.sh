#!/usr/bin/env bash
# The whole test suite on a fresh machine: set-up, a throwaway PostgreSQL, pytest on SQLite and PostgreSQL.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
pgdir="$(pwd)/.pgtest"
PAXDESK_TEST_PG=$(bash scripts/pg.sh start "$pgdir") || { echo "test: PostgreSQL did not start" >&2; cat "$pgdir"/*.log >&2; exit 1; }
export PAXDESK_TEST_PG
trap 'bash scripts/pg.sh stop "$pgdir"' EXIT
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
rc=$?
if [ $rc -eq 5 ]; then
  echo "test: pytest collected no tests" >&2
  rc=0
fi
exit $rc
