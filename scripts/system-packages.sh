#!/usr/bin/env bash
# The Debian/Ubuntu packages the wizard and its tests need beyond Python, installed when missing.
#
#   scripts/system-packages.sh qt        the libraries Qt (PySide6) loads, even offscreen, and fonts
#   scripts/system-packages.sh browser   tests/browser: Debian's Chromium and its driver, and the
#                                        starter apps' runtimes (Node.js, PHP with curl)
#   scripts/system-packages.sh build     the frozen app (PyInstaller needs binutils' objdump)
#   scripts/system-packages.sh all       all of them (.ci/run)
#
# As root it installs what is missing with apt-get; otherwise it prints the one command to
# run and goes on (what needs a missing package then says which, or is skipped). On a machine
# without dpkg (macOS, Windows, another Linux) it does nothing: see the README.
set -euo pipefail

qt=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libx11-6
    fonts-dejavu-core)
browser=(chromium chromium-driver nodejs php-cli php-curl)
build=(binutils)

wanted=()
for group in "${@:-qt}"; do
    case "$group" in
        qt) wanted+=("${qt[@]}") ;;
        browser) wanted+=("${browser[@]}") ;;
        build) wanted+=("${build[@]}") ;;
        all) wanted+=("${qt[@]}" "${browser[@]}" "${build[@]}") ;;
        *) echo "system-packages.sh: unknown group '$group' (qt, browser, build, all)" >&2; exit 2 ;;
    esac
done

command -v dpkg-query >/dev/null 2>&1 || exit 0

need=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
[ "${#need[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
else
    echo "Missing system packages: ${need[*]}"
    echo "Install them with:  sudo apt-get install ${need[*]}"
fi
