# shellcheck shell=bash
# Installs a Debian package when a file it provides is missing: the one way .ci/fonts.sh and
# .ci/chromium.sh get what the tests need on a fresh machine. Meant to be SOURCED:
#
#     . .ci/debian-package.sh
#     workflowhall_ensure_package <name for messages> <file that must exist> <debian package>
#
# Runs apt-get directly as root or through sudo; returns non-zero (without exiting the calling shell)
# when the package cannot be installed or does not provide the file.

_whpkg_say() { echo "[$_whpkg_name] $*" >&2; }

_whpkg_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    _whpkg_say "not root and no sudo: cannot run: $*"
    return 1
  fi
}

workflowhall_ensure_package() {
  _whpkg_name=$1
  local file=$2 package=$3
  if [ -e "$file" ]; then
    _whpkg_say "using $file"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    _whpkg_say "$file is missing and there is no apt-get to install $package"
    return 1
  fi
  _whpkg_say "$file is missing: installing $package with apt-get"
  local started=$SECONDS
  _whpkg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
  _whpkg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" || return 1
  if [ ! -e "$file" ]; then
    _whpkg_say "$package installed but $file is still missing"
    return 1
  fi
  _whpkg_say "installed in $((SECONDS - started)) s"
}
