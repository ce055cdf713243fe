#!/usr/bin/env bash
# Signs assessor.app (hardened runtime) or the .dmg with a Developer ID, has Apple notarise it and staples the
# ticket, so that Gatekeeper opens it without a warning, even offline. Called twice by packaging/build.py:
#
#   packaging/macos/sign-and-notarize.sh app dist/assessor.app
#   packaging/macos/sign-and-notarize.sh dmg dist/assessor-0.1.0-macos-arm64.dmg
#
# Secrets, from the environment (absent: the step is skipped with a message, and the build goes on unsigned):
#   MACOS_SIGN_IDENTITY      "Developer ID Application: Name (TEAMID)"
#   MACOS_CERT_P12_BASE64    the certificate and key, base64 of a .p12 (CI: imported into a temporary keychain)
#   MACOS_CERT_PASSWORD      its password
#   notarisation, either an app-specific password:  APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
#                 or an App Store Connect API key:   APPLE_API_KEY_PATH (.p8), APPLE_API_KEY_ID, APPLE_API_ISSUER
set -euo pipefail
kind=${1:?usage: sign-and-notarize.sh app|dmg PATH}
target=${2:?usage: sign-and-notarize.sh app|dmg PATH}
here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/entitlements.plist"

if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "sign-and-notarize: MACOS_SIGN_IDENTITY not set: $target stays unsigned (ad-hoc); users confirm the" \
       "first launch in System Settings > Privacy & Security"
  exit 0
fi

keychain=""
if [ -n "${MACOS_CERT_P12_BASE64:-}" ]; then
  keychain="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/assessor-signing.keychain-db"
  keychain_password=$(openssl rand -base64 24)
  p12="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/assessor-signing.p12"
  echo "$MACOS_CERT_P12_BASE64" | base64 --decode > "$p12"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  security import "$p12" -k "$keychain" -P "${MACOS_CERT_PASSWORD:-}" -T /usr/bin/codesign
  security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$keychain_password" "$keychain" >/dev/null
  # put the new keychain first in the search list, keeping the others (login keychain...) after it
  existing=()
  while IFS= read -r line; do existing+=("$(sed -e 's/^ *"//' -e 's/"$//' <<< "$line")"); done \
    < <(security list-keychains -d user)
  security list-keychains -d user -s "$keychain" "${existing[@]}"
  rm -f "$p12"
fi
cleanup() { if [ -n "$keychain" ]; then security delete-keychain "$keychain" 2>/dev/null || true; fi; }
trap cleanup EXIT

sign() {
  codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$@"
}

notarise() {  # submit a .zip or .dmg, wait for Apple's verdict; false when there are no credentials
  local file=$1 out id
  local auth=()
  if [ -n "${APPLE_API_KEY_PATH:-}" ]; then
    auth=(--key "$APPLE_API_KEY_PATH" --key-id "$APPLE_API_KEY_ID" --issuer "$APPLE_API_ISSUER")
  elif [ -n "${APPLE_ID:-}" ]; then
    auth=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
  else
    echo "sign-and-notarize: no notarisation credentials (APPLE_ID or APPLE_API_KEY_PATH): signed, not notarised"
    return 1
  fi
  out=$(xcrun notarytool submit "$file" "${auth[@]}" --wait --timeout 30m 2>&1) || true
  echo "$out"
  if ! grep -q "status: Accepted" <<< "$out"; then
    id=$(sed -n 's/^ *id: \([0-9a-f-]*\).*/\1/p' <<< "$out" | head -1)
    if [ -n "$id" ]; then xcrun notarytool log "$id" "${auth[@]}" || true; fi
    echo "sign-and-notarize: Apple did not accept $file (its log is above)" >&2
    exit 1
  fi
}

case "$kind" in
  app)
    # inside out: every Mach-O file (Python, its extensions, Qt's libraries and plugins), then the Qt
    # frameworks as bundles, then the app's executable with its entitlements, then the app
    while IFS= read -r -d '' file; do
      if file -b "$file" | grep -q "Mach-O"; then sign "$file"; fi
    done < <(find "$target/Contents" -type f ! -path "*/Contents/MacOS/*" -print0)
    while IFS= read -r -d '' framework; do sign "$framework"; done \
      < <(find "$target/Contents" -type d -name "*.framework" -print0)
    sign --entitlements "$entitlements" "$target/Contents/MacOS/assessor"
    sign --entitlements "$entitlements" "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    zip="${target%.app}-notarise.zip"
    ditto -c -k --keepParent "$target" "$zip"
    if notarise "$zip"; then
      xcrun stapler staple "$target"
      spctl --assess --type execute --verbose "$target"
    fi
    rm -f "$zip"
    ;;
  dmg)
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$target"
    if notarise "$target"; then
      xcrun stapler staple "$target"
      spctl --assess --type open --context context:primary-signature --verbose "$target"
    fi
    ;;
  *)
    echo "sign-and-notarize: the first argument is 'app' or 'dmg', not '$kind'" >&2
    exit 2
    ;;
esac
