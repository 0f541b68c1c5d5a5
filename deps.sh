#!/usr/bin/env bash
# Checks the system packages PerfEval uses and installs the missing ones (Debian; needs root or sudo).
# Sourced by run.sh and test.sh so each stays one command on a fresh machine.
set -euo pipefail

perfeval_apt_packages=(
  poppler-utils            # pdftotext, pdftoppm: PDF text layer and page images
  tesseract-ocr            # OCR for scanned pages
  tesseract-ocr-chi-sim
  libreoffice-writer-nogui # legacy .doc/.wps, and .docx/.pdf renderings in tests
  chromium                 # browser tests (Playwright drives Debian's build)
  fonts-noto-cjk           # Chinese glyphs in screenshots, PDFs and charts
  postgresql               # clustered Quartz job store tests
  npm                      # fetches libduckdb.so, the gazetteer and ECharts at build time
)

perfeval_missing_packages() {
  local missing=() pkg
  for pkg in "${perfeval_apt_packages[@]}"; do
    [[ $pkg == \#* ]] && continue
    if [[ $pkg == npm ]]; then command -v npm >/dev/null && continue; fi
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

perfeval_ensure_deps() {
  local missing sudo=""
  missing=$(perfeval_missing_packages)
  [[ -z ${missing// /} ]] && return 0
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "PerfEval: installing missing Debian packages: $missing" >&2
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >&2
}
