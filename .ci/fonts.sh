# shellcheck shell=bash
# Makes sure the Chinese font that certificate PDFs are set in (and the browser tests' pages render in)
# is installed: Debian's fonts-wqy-zenhei, at /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
# (CertificatePdfOptions' first default path). Meant to be SOURCED, like postgres.sh:
#
#     . .ci/fonts.sh || exit 1

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "source this script (. .ci/fonts.sh)" >&2
  exit 2
fi
. "$(dirname "${BASH_SOURCE[0]}")/debian-package.sh"
workflowhall_ensure_package fonts.sh /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc fonts-wqy-zenhei
