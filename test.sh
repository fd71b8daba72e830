#!/usr/bin/env bash
# Runs every test of CategoryMatch on a fresh machine: restores, builds and tests the solution, then
# prints one closing line "tests: N passed, N failed, N skipped" that scripts (and CI) can read.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# Qdrant: the Qdrant tests run the real server binary; install it (pinned, sha256-checked, cached in
# .tools/) and tell the test fixture where it is.
QDRANT_BINARY="$(scripts/qdrant.sh install)"
export QDRANT_BINARY
# Web page tests drive Debian's chromium headless (tests/Recommender.Tests/Web); install it only when missing.
if [ ! -x /usr/bin/chromium ]; then apt-get update && apt-get install -y chromium; fi
dotnet test CategoryMatch.sln --nologo -v quiet 2>&1 | tee "$log" || status=$?

# One summary line per test project: "Passed!  - Failed: 0, Passed: 35, Skipped: 0, Total: 35, ..."
read -r passed failed skipped < <(awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i ~ /Failed$/) f += $(i+1); if ($i ~ / Passed$/) p += $(i+1); if ($i ~ /Skipped$/) s += $(i+1) }
  } END { print p+0, f+0, s+0 }' "$log")
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
