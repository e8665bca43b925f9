# shellcheck shell=bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium for the browser tests
# (tests/WorkflowHall.Browser.Tests drive it with Playwright; a browser download never works here).
# Meant to be SOURCED, like postgres.sh:
#
#     . .ci/chromium.sh || exit 1
#
# - Does nothing when /usr/bin/chromium is already there.
# - Otherwise installs the package with apt-get (through sudo when not root).
#
# Returns non-zero (without exiting the calling shell) when Chromium cannot be installed.

_whchrome_file=/usr/bin/chromium

_whchrome_say() { echo "[chromium.sh] $*" >&2; }

# Runs a command as root: directly, or through sudo.
_whchrome_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    _whchrome_say "not root and no sudo: cannot run: $*"
    return 1
  fi
}

_whchrome_main() {
  if [ -f "$_whchrome_file" ]; then
    _whchrome_say "using $_whchrome_file"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    _whchrome_say "$_whchrome_file is missing and there is no apt-get to install chromium"
    return 1
  fi
  _whchrome_say "$_whchrome_file is missing: installing chromium with apt-get"
  local started=$SECONDS
  _whchrome_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
  _whchrome_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium || return 1
  if [ ! -f "$_whchrome_file" ]; then
    _whchrome_say "chromium installed but $_whchrome_file is still missing"
    return 1
  fi
  _whchrome_say "installed in $((SECONDS - started)) s"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "source this script (. .ci/chromium.sh)" >&2
  exit 2
fi
_whchrome_main
