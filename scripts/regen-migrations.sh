#!/usr/bin/env bash
# Regenerates the single Initial migration of each provider from the current model.
# Until the first production deployment we keep one Initial migration per provider (ADR 0003);
# after that, add migrations with a name instead of regenerating.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/Fazhi.Web/Platform/Data/Migrations src/Fazhi.Web/Fazhi
dotnet build src/Fazhi.Web -v q -nologo >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add Initial --no-build --project src/Fazhi.Web --context "${ctx}FazhiDbContext" \
    --output-dir "Platform/Data/Migrations/${ctx}" --namespace "Fazhi.Platform.Data.Migrations.${ctx}"
done
# The tool places model snapshots by namespace under the assembly name; keep them beside their migrations.
if [ -d src/Fazhi.Web/Fazhi ]; then
  for ctx in Sqlite Postgres; do
    mv src/Fazhi.Web/Fazhi/Platform/Data/Migrations/${ctx}/*Snapshot.cs src/Fazhi.Web/Platform/Data/Migrations/${ctx}/
  done
  rm -rf src/Fazhi.Web/Fazhi
fi
rm -f src/Fazhi.Web/design.db
