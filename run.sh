#!/usr/bin/env bash
# Runs Fazhi locally with the demo data. Installs, where it can, what the annual report's PDF needs (LibreOffice,
# Chinese fonts, poppler); where it cannot, Fazhi still runs and the PDF action says what is missing.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

wanted=(libreoffice-writer-nogui fonts-noto-cjk poppler-utils)
missing=()
for package in "${wanted[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
  echo "==> 安装 PDF 所需软件包：${missing[*]}" >&2
  if ! { $SUDO apt-get update -qq </dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null; }; then
    echo "==> 无法安装 ${missing[*]}：Fazhi 照常运行，年度报告暂时只能生成 DOCX。" >&2
  fi
fi

exec dotnet run --project src/Fazhi.Web -- --Fazhi:SeedDemoData=true "$@"
