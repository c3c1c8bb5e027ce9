#!/usr/bin/env bash
# Refresh the translations from the source and compile them:
#   German: every string (resources/i18n/paxdesk_de.ts, edited by hand or with pyside6-linguist);
#   English: the plural forms only (%n strings; the English source text serves everything else).
# A string left untranslated fails tests/ui/test_translations.py.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(paxdesk/ui/*.py paxdesk/ui/pages/*.py)
.venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts resources/i18n/paxdesk_de.ts
.venv/bin/pyside6-lupdate -no-obsolete -pluralonly "${sources[@]}" -ts resources/i18n/paxdesk_en.ts
for ts in resources/i18n/paxdesk_de.ts resources/i18n/paxdesk_en.ts; do
  .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
