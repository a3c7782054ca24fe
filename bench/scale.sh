#!/usr/bin/env bash
# The county at scale: the county pages and the annual reports' Excel for a county of many townships with records in
# several years, on PostgreSQL (bench/Fazhi.Bench.Scale, bench/README.md). Printed, never asserted.
# Usage: bench/scale.sh [--townships 2000] [--years 5] [--connection "Host=…;Database=…"] [--keep]
# Without --connection it creates a fresh database on the local cluster (role fazhi, as test.sh) and drops it after.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The EF Core warnings of start-up would bury the table; errors still show.
export Logging__LogLevel__Default=Error

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if [[ " $* " != *" --connection "* ]]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
    echo "==> starting PostgreSQL $version" >&2
    if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster "$version" main start; else sudo pg_ctlcluster "$version" main start; fi
  fi
  for _ in $(seq 1 30); do
    as_postgres psql -qAtc 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.5
  done
  as_postgres psql -qAt -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fazhi') THEN
    CREATE ROLE fazhi LOGIN CREATEDB PASSWORD 'fazhi';
  END IF;
END
$$;
SQL
fi

echo "==> building Fazhi and the scale benchmark (Release)" >&2
dotnet build bench/Fazhi.Bench.Scale -c Release -v q -nologo -clp:ErrorsOnly >&2
if [ "$#" -eq 0 ]; then set -- --townships 2000 --years 5; fi
dotnet run --no-build -c Release --project bench/Fazhi.Bench.Scale -- "$@"
