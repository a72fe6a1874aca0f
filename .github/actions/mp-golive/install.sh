#!/usr/bin/env bash
# Installs mp-golive for the composite action: downloads the release archive of the
# runner's platform, verifies its SHA-256 against the release's .sha256 file, and unpacks
# the binary into $RUNNER_TEMP/mp-golive/bin. Builds the action's own checkout with
# `cargo install --locked` only when no release matches (a version not released yet, a
# platform without an archive, the action used from a local path), and says so in the log.
#
# Environment (set by action.yml):
#   INPUT_VERSION       the `version` input: x.y.z or vx.y.z; empty means the action's own
#   ACTION_REF          github.action_ref (a tag such as v0.2.0, a branch, or a commit)
#   ACTION_REPOSITORY   github.action_repository (owner/name; empty for a local action)
#   MP_GOLIVE_RELEASES_URL  where releases are served from (default https://github.com);
#                       a mirror, or a loopback server in .ci/release-rehearsal
# Writes `bin` (the binary's path) and `version` to $GITHUB_OUTPUT.
set -euo pipefail

notice() { echo "::notice title=mp-golive::$*"; }
fail() { echo "::error title=mp-golive::$*"; exit 1; }

action_root="$(cd "${GITHUB_ACTION_PATH:-$(dirname "$0")}/../../.." && pwd)"
root="${RUNNER_TEMP:?RUNNER_TEMP is not set}/mp-golive"
base="${MP_GOLIVE_RELEASES_URL:-https://github.com}"
base="${base%/}"

cargo_version() {
  sed -n '/^\[package\]/,/^\[/{s/^version = "\([^"]*\)".*/\1/p;}' "$action_root/Cargo.toml" | head -n 1
}

semver='^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]+)?$'
explicit=false
if [ -n "${INPUT_VERSION:-}" ]; then
  version="${INPUT_VERSION#v}"
  [[ "$version" =~ $semver ]] || fail "version input '$INPUT_VERSION' is not a version such as 0.2.0"
  explicit=true
elif [[ "${ACTION_REF:-}" =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]] && [[ "${ACTION_REF#v}" =~ $semver ]]; then
  version="${ACTION_REF#v}"
else
  # A branch or a commit: the version of the action's checkout.
  version="$(cargo_version)"
  [ -n "$version" ] || fail "no version in $action_root/Cargo.toml"
fi

# The repository the action was taken from; for `uses: ./...` there is none to download from.
repository="${ACTION_REPOSITORY:-}"
if [ -z "$repository" ] && [[ "${GITHUB_ACTION_PATH:-}" =~ /_actions/([^/]+)/([^/]+)/ ]]; then
  repository="${BASH_REMATCH[1]}/${BASH_REMATCH[2]}"
fi

case "${RUNNER_OS:-}/${RUNNER_ARCH:-}" in
  Linux/X64) target=x86_64-unknown-linux-musl ;;
  Linux/ARM64) target=aarch64-unknown-linux-musl ;;
  macOS/X64) target=x86_64-apple-darwin ;;
  macOS/ARM64) target=aarch64-apple-darwin ;;
  Windows/X64) target=x86_64-pc-windows-msvc ;;
  *) target="" ;;
esac
exe=mp-golive
ext=tar.gz
case "$target" in *-windows-*) exe=mp-golive.exe; ext=zip ;; esac

build_from_source() {
  notice "$1; building mp-golive $(cargo_version) from the action's checkout with cargo install --locked (a few minutes)"
  command -v cargo >/dev/null 2>&1 || fail "cargo is not installed on this runner; install Rust first, or use a released version of the action"
  cargo install --locked --quiet --path "$action_root" --root "$root"
  installed="$root/bin/$exe"
  [ -x "$installed" ] || installed="$root/bin/mp-golive"
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d ' ' -f 1
}

# Fetches $1 into $2; prints the HTTP status (000 when there was no answer).
fetch() {
  local proto='=https'
  # Plain HTTP only for a server on this machine (the rehearsal's).
  [[ "$1" =~ ^http://(127\.0\.0\.1|localhost)[:/] ]] && proto='=http'
  curl --proto "$proto" --tlsv1.2 --silent --show-error --location --retry 3 \
    --retry-connrefused --connect-timeout 20 --max-time 300 \
    --output "$2" --write-out '%{http_code}' "$1" || true
}

installed=""
downloaded=false
if [ -z "$repository" ] && $explicit; then
  fail "the action runs from a local path, so there is no repository to download mp-golive $version from; leave the version input empty to build the checkout"
elif [ -z "$repository" ]; then
  build_from_source "the action runs from a local path, so no release matches it"
elif [ -z "$target" ]; then
  $explicit && fail "mp-golive $version has no archive for ${RUNNER_OS:-?}/${RUNNER_ARCH:-?}"
  build_from_source "no release archive is built for ${RUNNER_OS:-?}/${RUNNER_ARCH:-?}"
else
  asset="mp-golive-$version-$target.$ext"
  url="$base/$repository/releases/download/v$version/$asset"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  status="$(fetch "$url" "$work/$asset")"
  if [ "$status" = 404 ]; then
    $explicit && fail "no release archive at $url (is $version released?)"
    build_from_source "no release v$version archive for $target at $url"
  elif [ "$status" != 200 ]; then
    fail "downloading $url failed (HTTP status $status)"
  else
    status="$(fetch "$url.sha256" "$work/$asset.sha256")"
    [ "$status" = 200 ] || fail "the release has no checksum file $url.sha256 (HTTP status $status); not installing an unverified binary"
    read -r expected named < "$work/$asset.sha256" || true
    named="${named#\*}"
    [ "$named" = "$asset" ] || fail "$asset.sha256 names '$named', not $asset"
    [[ "$expected" =~ ^[0-9a-f]{64}$ ]] || fail "$asset.sha256 holds no SHA-256"
    actual="$(sha256_of "$work/$asset")"
    [ "$actual" = "$expected" ] || fail "SHA-256 mismatch for $asset: expected $expected, got $actual; not installing it"
    case "$ext" in
      zip) (cd "$work" && { unzip -q "$asset" 2>/dev/null || 7z x -bd -y "$asset" >/dev/null; }) ;;
      *) tar -xzf "$work/$asset" -C "$work" ;;
    esac
    unpacked="$work/mp-golive-$version-$target/$exe"
    [ -f "$unpacked" ] || fail "$asset holds no mp-golive-$version-$target/$exe"
    mkdir -p "$root/bin"
    installed="$root/bin/$exe"
    cp "$unpacked" "$installed"
    chmod +x "$installed"
    downloaded=true
    echo "mp-golive $version for $target, downloaded from $url (SHA-256 $actual verified)"
  fi
fi

reported="$("$installed" --version)" || fail "$installed --version failed"
echo "$reported"
if $downloaded && [ "${reported##* }" != "$version" ]; then
  fail "$asset holds mp-golive ${reported##* }, not $version"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "bin=$installed" >> "$GITHUB_OUTPUT"
  echo "version=${reported##* }" >> "$GITHUB_OUTPUT"
fi
