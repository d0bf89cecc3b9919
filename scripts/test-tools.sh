#!/usr/bin/env bash
# Part of `npm test`: the browser tests drive Debian's Chromium and read exported PDFs with poppler-utils.
# Installs both with apt-get when they are missing (as root, on Debian or Ubuntu); otherwise says what to do.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
present() {
  [ -x "$chromium_path" ] && command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 &&
    command -v pdftoppm >/dev/null 2>&1
}

if ! present && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "test tools: installing chromium and poppler-utils with apt-get" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
fi

if ! present; then
  echo "test tools: the browser tests need Chromium at $chromium_path and poppler-utils; install them (sudo apt-get install -y chromium poppler-utils) or set CHROMIUM_PATH" >&2
  exit 1
fi
