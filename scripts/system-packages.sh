#!/usr/bin/env bash
# The Debian/Ubuntu packages the wizard and its tests need beyond Python, installed when missing.
#
#   scripts/system-packages.sh qt        the libraries Qt (PySide6) loads, even offscreen, and fonts
#                                        (Noto: every language of the language list has glyphs)
#   scripts/system-packages.sh display   the X11 (xcb) libraries Qt's window plugin needs on a real
#                                        display (`make run`), and whatever else `ldd` says the
#                                        installed plugin lacks (xwms_wizard/gui/platform_check.py)
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
    fonts-dejavu-core fonts-noto-core fonts-noto-cjk)
# Qt 6's xcb platform plugin (Qt's own list for X11; without one of them the window does not open).
display=(libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    libxcb-shm0 libxcb-sync1 libxcb-xinerama0 libxcb-util1)
browser=(chromium chromium-driver nodejs php-cli php-curl)
build=(binutils)

wanted=()
check_display=
for group in "${@:-qt}"; do
    case "$group" in
        qt) wanted+=("${qt[@]}") ;;
        display) wanted+=("${display[@]}"); check_display=1 ;;
        browser) wanted+=("${browser[@]}") ;;
        build) wanted+=("${build[@]}") ;;
        all) wanted+=("${qt[@]}" "${display[@]}" "${browser[@]}" "${build[@]}"); check_display=1 ;;
        *) echo "system-packages.sh: unknown group '$group' (qt, display, browser, build, all)" >&2
           exit 2 ;;
    esac
done

command -v dpkg-query >/dev/null 2>&1 || exit 0

# The wizard's own check (once .venv exists): `ldd` on PySide6's xcb plugin, each library it
# cannot find as its Debian package ("package NAME"), or as the bare file name ("library FILE").
venv_python="${VENV:-$(dirname "$0")/../.venv}/bin/python"
display_check() {
    [ -n "$check_display" ] && [ -x "$venv_python" ] || return 0
    "$venv_python" -m xwms_wizard.gui.platform_check --packages 2>/dev/null || true
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

need=()
unknown=()
add() { case " ${need[*]} " in *" $1 "*) ;; *) need+=("$1") ;; esac; }
for pkg in "${wanted[@]}"; do
    installed "$pkg" || add "$pkg"
done
while read -r kind name; do
    case "$kind" in
        package) add "$name" ;;
        library) unknown+=("$name") ;;
    esac
done < <(display_check)
if [ "${#unknown[@]}" -gt 0 ]; then
    echo "Qt's window plugin also cannot find: ${unknown[*]} (install the packages that provide them)"
fi
[ "${#need[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
    # What the window plugin still lacks after that is named (the window itself says so too).
    while read -r kind name; do
        [ "$kind" = package ] && echo "Qt's window plugin still cannot find a library of: $name"
    done < <(display_check)
else
    echo "Missing system packages: ${need[*]}"
    echo "Install them with:  sudo apt-get install ${need[*]}"
fi
