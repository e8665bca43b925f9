# shellcheck shell=bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium for the browser tests
# (tests/WorkflowHall.Browser.Tests drive it with Playwright; a browser download never works here).
# Meant to be SOURCED, like postgres.sh:
#
#     . .ci/chromium.sh || exit 1

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "source this script (. .ci/chromium.sh)" >&2
  exit 2
fi
. "$(dirname "${BASH_SOURCE[0]}")/debian-package.sh"
workflowhall_ensure_package chromium.sh /usr/bin/chromium chromium
