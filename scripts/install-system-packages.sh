#!/usr/bin/env bash
# System packages the tests need on Debian: Chromium for the e2e tests, PostgreSQL (15 on Debian 12)
# for the gateway's integration tests (they start a throwaway cluster), poppler and qpdf to read back
# generated PDFs, Xvfb for headed runs, a Unicode font for rendering checks, and LibreOffice Writer
# (headless, no GUI) to convert the generated .docx deficiency list to PDF and read it back (about 70 s
# to install, 200 MB). Needs root.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root (or with sudo) to install: chromium postgresql poppler-utils qpdf xvfb xauth fonts-dejavu-core libreoffice-writer-nogui" >&2
  exit 1
fi
packages=(chromium postgresql poppler-utils qpdf xvfb xauth fonts-dejavu-core libreoffice-writer-nogui)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "system packages present: ${packages[*]}"
