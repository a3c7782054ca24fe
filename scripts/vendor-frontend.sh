#!/usr/bin/env bash
# Re-vendors the front-end libraries from npm into src/Fazhi.Web/wwwroot/lib (served by Fazhi itself: no CDN at run
# time) and axe-core into the browser tests. Bump a version here, run it, update the table in wwwroot/lib/README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund bootstrap@5.3.8 echarts@6.1.0 tom-select@2.6.2 axe-core@4.14.1 >/dev/null
n="$work/node_modules"
lib="$root/src/Fazhi.Web/wwwroot/lib"
rm -rf "$lib/bootstrap" "$lib/echarts" "$lib/tom-select"
mkdir -p "$lib/bootstrap/css" "$lib/bootstrap/js" "$lib/echarts" "$lib/tom-select"
cp "$n/bootstrap/dist/css/bootstrap.min.css" "$n/bootstrap/dist/css/bootstrap.min.css.map" "$lib/bootstrap/css/"
cp "$n/bootstrap/dist/js/bootstrap.bundle.min.js" "$n/bootstrap/dist/js/bootstrap.bundle.min.js.map" "$lib/bootstrap/js/"
cp "$n/bootstrap/LICENSE" "$lib/bootstrap/LICENSE"
cp "$n/@popperjs/core/LICENSE.md" "$lib/bootstrap/LICENSE-popper.md"
cp "$n/echarts/dist/echarts.common.min.js" "$n/echarts/LICENSE" "$n/echarts/NOTICE" "$lib/echarts/"
cp "$n/echarts/licenses/LICENSE-d3" "$lib/echarts/LICENSE-d3"
cp "$n/zrender/LICENSE" "$lib/echarts/LICENSE-zrender"
cp "$n/tom-select/dist/js/tom-select.complete.min.js" "$n/tom-select/dist/css/tom-select.bootstrap5.min.css" "$n/tom-select/LICENSE" "$lib/tom-select/"
axe="$root/tests/Fazhi.BrowserTests/Axe"
mkdir -p "$axe"
cp "$n/axe-core/axe.min.js" "$n/axe-core/LICENSE" "$axe/"
(cd "$root" && sha256sum src/Fazhi.Web/wwwroot/lib/bootstrap/css/bootstrap.min.css src/Fazhi.Web/wwwroot/lib/bootstrap/js/bootstrap.bundle.min.js \
  src/Fazhi.Web/wwwroot/lib/echarts/echarts.common.min.js \
  src/Fazhi.Web/wwwroot/lib/tom-select/tom-select.complete.min.js src/Fazhi.Web/wwwroot/lib/tom-select/tom-select.bootstrap5.min.css tests/Fazhi.BrowserTests/Axe/axe.min.js)
