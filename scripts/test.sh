#!/usr/bin/env bash
# Runs every test of Exchange on this machine, installing what the tests need first:
#   - PostgreSQL server binaries (Debian package), for the cluster-mode tests, which start their own
#     throwaway cluster on a loopback port and stop it afterwards;
#   - Debian's chromium, which the browser tests (tests/Exchange.Hub.Tests/Browser) drive through Playwright by its
#     executable path (never `playwright install`, which downloads a browser of its own), and Debian's
#     fonts-dejavu-core, the font the hub's PDFs embed (Hub:Web:FontFolder);
#   - the Node.js client's packages (npm), for the check that a non-.NET client can use protos/ and for the
#     outside verifiers of what the hub publishes (jose, Ajv: scripts/node-client/*.mjs).
# Ends with one line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*"; }

ensure_postgres() {
  if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then return; fi
  log "installing PostgreSQL server binaries (apt-get install postgresql)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is missing and this is not root: run 'sudo apt-get install -y postgresql' first." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then return; fi
  log "installing Debian's chromium and DejaVu fonts for the browser and PDF tests (apt-get install chromium fonts-dejavu-core)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "chromium or fonts-dejavu-core is missing and this is not root: run 'sudo apt-get install -y chromium fonts-dejavu-core' first." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
}

ensure_node_client() {
  if [ -f scripts/node-client/package.json ]; then
    log "installing the Node.js client's packages and buf (npm ci)"
    (cd scripts/node-client && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_postgres
ensure_chromium
ensure_node_client

results=TestResults
rm -rf "$results"
log "building"
dotnet build Exchange.sln -c Release -nologo -v quiet
log "testing"
set +e
dotnet test Exchange.sln -c Release --no-build -nologo \
  --logger "trx;LogFilePrefix=run" --logger "console;verbosity=normal" --results-directory "$results"
status=$?
set -e

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run failed without a failing test (a build or test-host crash): never report that as green.
  failed=1
fi
echo "tests: $passed passed, $failed failed"
exit "$status"
