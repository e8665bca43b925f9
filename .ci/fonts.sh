# shellcheck shell=bash
# Makes sure the Chinese font that certificate PDFs are set in is installed: Debian's
# fonts-wqy-zenhei, at /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc (CertificatePdfOptions' first
# default path). Meant to be SOURCED, like postgres.sh:
#
#     . .ci/fonts.sh || exit 1
#
# - Does nothing when the font file is already there.
# - Otherwise installs the package with apt-get (through sudo when not root).
#
# Returns non-zero (without exiting the calling shell) when the font cannot be installed.

_whfont_file=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc

_whfont_say() { echo "[fonts.sh] $*" >&2; }

# Runs a command as root: directly, or through sudo.
_whfont_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    _whfont_say "not root and no sudo: cannot run: $*"
    return 1
  fi
}

_whfont_main() {
  if [ -f "$_whfont_file" ]; then
    _whfont_say "using $_whfont_file"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    _whfont_say "$_whfont_file is missing and there is no apt-get to install fonts-wqy-zenhei"
    return 1
  fi
  _whfont_say "$_whfont_file is missing: installing fonts-wqy-zenhei with apt-get"
  local started=$SECONDS
  _whfont_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
  _whfont_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-zenhei || return 1
  if [ ! -f "$_whfont_file" ]; then
    _whfont_say "fonts-wqy-zenhei installed but $_whfont_file is still missing"
    return 1
  fi
  _whfont_say "installed in $((SECONDS - started)) s"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "source this script (. .ci/fonts.sh)" >&2
  exit 2
fi
_whfont_main
