#!/usr/bin/env bash
# Builds Fazhi and starts it with demo data on SQLite at http://127.0.0.1:5080 (data in ./data).
# Installs the PDF engine and Chinese fonts when they are missing and it can; without them Fazhi still runs and the
# PDF action says what is missing.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DEBIAN_FRONTEND=noninteractive

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
missing=()
for package in libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-gkai00mp poppler-utils; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> installing ${missing[*]} (PDF reports)" >&2
  if ! { $SUDO apt-get update -qq </dev/null && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null; }; then
    echo "==> could not install ${missing[*]}; Fazhi runs without PDF export" >&2
  fi
fi

dotnet build src/Fazhi.Web -c Release -v q -nologo -clp:ErrorsOnly
echo "==> Fazhi: http://127.0.0.1:5080  (demo accounts in README.md)" >&2
cd src/Fazhi.Web
exec dotnet bin/Release/net10.0/Fazhi.Web.dll --urls "${FAZHI_URLS:-http://127.0.0.1:5080}" \
  --Fazhi:DataFolder="${FAZHI_DATA:-$PWD/../../data}" --Fazhi:SeedDemoData=true --Fazhi:ResetIncompatibleDemoDatabase=true --Fazhi:DatabaseProvider=Sqlite
