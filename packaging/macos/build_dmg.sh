#!/usr/bin/env bash
# Builds "XWMS Wizard.app" and a .dmg for it in dist/; signs and notarises when credentials are set.
#
#   packaging/macos/build_dmg.sh              build the .app (packaging/build.py: PyInstaller
#                                             + the frozen app's self-test), then the .dmg
#   packaging/macos/build_dmg.sh --no-build   use the .app already in dist/
#
# Signing runs when MACOS_SIGN_IDENTITY is set (a "Developer ID Application: ..." identity
# in the login keychain). Notarisation runs when, in addition, APPLE_ID, APPLE_TEAM_ID and
# APPLE_APP_PASSWORD (an app-specific password) are set. Without them the .dmg is still
# made, unsigned, and this script says what it skipped and why.
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON="${PYTHON:-python3}"
if [ "${1:-}" != "--no-build" ]; then
    "$PYTHON" packaging/build.py
fi

VERSION="$("$PYTHON" packaging/version_info.py)"
APP="dist/XWMS Wizard.app"
DMG="dist/xwms-wizard-${VERSION}-macos.dmg"
ENTITLEMENTS="packaging/macos/entitlements.plist"

if [ ! -d "$APP" ]; then
    echo "There is no $APP. Run this script without --no-build to build it first." >&2
    exit 1
fi

SIGN="${MACOS_SIGN_IDENTITY:-}"
if [ -n "$SIGN" ]; then
    echo "Signing $APP as \"$SIGN\" (hardened runtime)..."
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$ENTITLEMENTS" --sign "$SIGN" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
    echo "Self-test of the signed app (the hardened runtime must not break it):"
    "$PYTHON" packaging/build.py --no-build
else
    echo "Skipping code signing: MACOS_SIGN_IDENTITY is not set. The .dmg will be unsigned,"
    echo "so macOS Gatekeeper will warn people who open it (see README, Install)."
fi

echo "Making $DMG..."
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$APP" "$staging/XWMS Wizard.app"
ln -s /Applications "$staging/Applications"  # drag the app onto this to install it
rm -f "$DMG"
hdiutil create -volname "XWMS Wizard $VERSION" -srcfolder "$staging" -ov -format UDZO "$DMG"

if [ -n "$SIGN" ]; then
    codesign --force --timestamp --sign "$SIGN" "$DMG"
fi

missing=()
[ -n "$SIGN" ] || missing+=(MACOS_SIGN_IDENTITY)
[ -n "${APPLE_ID:-}" ] || missing+=(APPLE_ID)
[ -n "${APPLE_TEAM_ID:-}" ] || missing+=(APPLE_TEAM_ID)
[ -n "${APPLE_APP_PASSWORD:-}" ] || missing+=(APPLE_APP_PASSWORD)
if [ "${#missing[@]}" -eq 0 ]; then
    echo "Notarising $DMG with Apple (this waits for Apple's answer)..."
    xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
else
    echo "Skipping notarisation: ${missing[*]} not set. Apple has not checked this .dmg,"
    echo "so Gatekeeper will ask people to confirm before the app first opens."
fi

echo "DMG: $DMG ($(du -h "$DMG" | cut -f1))"
