#!/usr/bin/env bash
# Runs every Fazhi test suite: unit, architecture, integration on SQLite, integration on PostgreSQL, browser.
# Works on a fresh Debian 12 machine as root without stdin (CI=true); installs only what is missing.
# The last line is the summary the CI harness reads: "N passed, N failed" (skips are counted on the line before).
set -euo pipefail
cd "$(dirname "$0")"

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

RESULTS="artifacts/test-results"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

log() { printf '==> %s\n' "$*" >&2; }

# Runs a command as the postgres system user (root on CI has no sudo).
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

# --- 1. Debian packages the tests need (PDF rendering is needed by later modules; keep it here). -----------------
install_packages() {
  # nginx-light: the reverse proxy of the multi-instance tests (ProxyClusterTests, scripts/cluster.sh).
  local wanted=(chromium chromium-driver postgresql fonts-noto-cjk fonts-arphic-gkai00mp poppler-utils libreoffice-writer-nogui nginx-light)
  local missing=()
  for package in "${wanted[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    $SUDO apt-get update -qq </dev/null
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
  fi
}

# --- 2. PostgreSQL without systemd, with the role the integration tests use. ----------------------------------
start_postgres() {
  local version
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  if ! pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
    log "creating PostgreSQL $version cluster"
    $SUDO pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
    log "starting PostgreSQL $version"
    $SUDO pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do
    as_postgres psql -qAtc 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.5
  done
  as_postgres psql -qAt -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fazhi') THEN
    CREATE ROLE fazhi LOGIN CREATEDB PASSWORD 'fazhi';
  ELSE
    ALTER ROLE fazhi LOGIN CREATEDB PASSWORD 'fazhi';
  END IF;
END
$$;
-- Each test app drops its database WITH (FORCE) when it ends; an autovacuum worker visiting that database has no
-- role of its own, so terminating it needs pg_signal_backend (without it the drop failed now and then with 42501).
GRANT pg_signal_backend TO fazhi;
SQL
}

# --- 3. Sum the TRX files and print the one summary line. --------------------------------------------------------
summarise() {
  python3 - "$RESULTS" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in sorted(glob.glob(sys.argv[1] + "/**/*.trx", recursive=True)):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None:
        continue
    get = lambda name: int(counters.get(name, "0"))
    passed += get("passed")
    failed += get("failed") + get("error") + get("timeout") + get("aborted")
    skipped += get("total") - get("executed") + get("notExecuted")
if skipped:
    print(f"{skipped} skipped (see the TRX files in {sys.argv[1]})")
print(f"{passed} passed, {failed} failed")
PY
}

main() {
  install_packages
  start_postgres

  rm -rf "$RESULTS"
  mkdir -p "$RESULTS" artifacts/screenshots

  log "restoring tools and building"
  dotnet tool restore >/dev/null
  dotnet build Fazhi.slnx -c Release -v q -nologo -clp:ErrorsOnly

  local crashed=0
  run_suite() {
    local name="$1" project="$2"
    shift 2
    log "running $name"
    if ! "$@" dotnet test "$project" -c Release --no-build --nologo --blame-hang-timeout 10m --blame-hang-dump-type none \
        --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS"; then
      # A failed test also exits non-zero; a crash is a run that left no TRX behind.
      [ -f "$RESULTS/$name.trx" ] || { log "$name crashed: no results"; crashed=1; }
    fi
  }

  run_suite unit tests/Fazhi.UnitTests/Fazhi.UnitTests.csproj env
  run_suite architecture tests/Fazhi.ArchitectureTests/Fazhi.ArchitectureTests.csproj env
  run_suite integration-sqlite tests/Fazhi.IntegrationTests/Fazhi.IntegrationTests.csproj env FAZHI_TEST_DB=sqlite
  run_suite integration-postgres tests/Fazhi.IntegrationTests/Fazhi.IntegrationTests.csproj env FAZHI_TEST_DB=postgres
  run_suite browser tests/Fazhi.BrowserTests/Fazhi.BrowserTests.csproj env

  local summary
  summary="$(summarise)"
  echo "$summary"
  if [ "$crashed" -ne 0 ] || [[ ! "$(tail -n 1 <<<"$summary")" =~ ^[0-9]+\ passed,\ 0\ failed$ ]]; then
    exit 1
  fi
}

main "$@"
