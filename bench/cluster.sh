#!/usr/bin/env bash
# Issue 19 item 7: the portal and workspace pages' requests per second with one and with two Fazhi instances behind
# nginx on one PostgreSQL database (scripts/cluster.sh), measured by bench/Fazhi.Bench.Pages through the proxy.
# Printed, never asserted. Usage: bench/cluster.sh [seconds per page, default 5] [clients, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
SECONDS_PER_PAGE="${1:-5}"
CLIENTS="${2:-8}"

# A cluster of its own, beside a cluster a person may be running on the default ports.
export FAZHI_CLUSTER_RUN=/tmp/fazhi-bench-cluster FAZHI_CLUSTER_PORT=8090 FAZHI_CLUSTER_DB=fazhi_bench_cluster FAZHI_CLUSTER_NO_BUILD=1
# The benchmark signs in twice per run from one address; the page requests themselves are not rate limited.
export Fazhi__Security__RateLimits__SignIn__PermitLimit=1000
# LibreOffice would take the cores for the demo reports' PDFs during the first minutes.
export Fazhi__Reports__MakeMissingPdfsAfterStartUp=false

echo "==> building Fazhi and the page benchmark (Release)" >&2
dotnet build bench/Fazhi.Bench.Pages -c Release -v q -nologo -clp:ErrorsOnly >&2

finish() {
  scripts/cluster.sh stop
  PGPASSWORD=fazhi psql -h 127.0.0.1 -U fazhi -d postgres -qAtc "DROP DATABASE IF EXISTS $FAZHI_CLUSTER_DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap finish EXIT
PGPASSWORD=fazhi psql -h 127.0.0.1 -U fazhi -d postgres -qAtc "DROP DATABASE IF EXISTS $FAZHI_CLUSTER_DB WITH (FORCE)" >/dev/null 2>&1 || true

for ports in "5091" "5091 5092"; do
  count="$(wc -w <<<"$ports")"
  FAZHI_CLUSTER_INSTANCE_PORTS="$ports" scripts/cluster.sh start
  # Let start-up work (first sweep, JIT) settle before measuring.
  sleep 5
  echo
  echo "######## $count instance(s) behind nginx, PostgreSQL, $(nproc) cores ########"
  dotnet run --no-build -c Release --project bench/Fazhi.Bench.Pages -- \
    --url "http://127.0.0.1:$FAZHI_CLUSTER_PORT" --seconds "$SECONDS_PER_PAGE" --clients "$CLIENTS"
  scripts/cluster.sh stop
done
