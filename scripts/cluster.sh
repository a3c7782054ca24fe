#!/usr/bin/env bash
# A province in miniature (issue 19 item 5, ADR 0029): PostgreSQL, two Fazhi instances on one database with the
# attachments in it, and Debian's nginx in front doing round robin. Nothing is written under /etc; everything the run
# makes (the app copy, logs, pid files, nginx's config and temp folders) lives in $FAZHI_CLUSTER_RUN.
#
#   scripts/cluster.sh          start (idempotent: what already runs is left running)
#   scripts/cluster.sh stop     stop the instances and nginx this script started
#   scripts/cluster.sh status   what runs, and which instance answers each of four requests
#
# Settings (environment): FAZHI_CLUSTER_RUN (default /tmp/fazhi-cluster), FAZHI_CLUSTER_PORT (nginx, 8080),
# FAZHI_CLUSTER_INSTANCE_PORTS ("5081 5082"), FAZHI_CLUSTER_DB (fazhi_cluster), FAZHI_CLUSTER_NO_BUILD=1 (use the
# existing Release build as it is). Any Fazhi__… variable set by the caller reaches both instances (e.g. the
# benchmark's raised sign-in limit).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

RUN="${FAZHI_CLUSTER_RUN:-/tmp/fazhi-cluster}"
PROXY_PORT="${FAZHI_CLUSTER_PORT:-8080}"
read -r -a INSTANCE_PORTS <<<"${FAZHI_CLUSTER_INSTANCE_PORTS:-5081 5082}"
DATABASE="${FAZHI_CLUSTER_DB:-fazhi_cluster}"
PG="Host=127.0.0.1;Port=5432;Username=fazhi;Password=fazhi"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi

log() { printf '==> %s\n' "$*" >&2; }

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Starts "$@" in a session of its own with stdin from /dev/null, output to log $2 and every other inherited descriptor
# closed (a caller's pipe would otherwise stay open until the instance ends); its pid, the command's own, goes to $1.
detached() {
  local pidfile="$1" logfile="$2"
  shift 2
  setsid bash -c 'pidfile="$1"; shift
    for fd in /proc/$$/fd/*; do fd="${fd##*/}"; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done
    echo $$ >"$pidfile"; exec "$@"' detached "$pidfile" "$@" </dev/null >"$logfile" 2>&1 &
  for _ in $(seq 1 40); do [ -s "$pidfile" ] && return 0; sleep 0.05; done
}

# Polls a URL until it answers 200, for at most $2 seconds.
wait_for() {
  local url="$1" seconds="$2"
  for _ in $(seq 1 $((seconds * 4))); do
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
    sleep 0.25
  done
  return 1
}

start_postgres() {
  local version
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
    log "starting PostgreSQL $version"
    $SUDO pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 40); do
    PGPASSWORD=fazhi psql -h 127.0.0.1 -U fazhi -d postgres -qAtc 'SELECT 1' >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  log "PostgreSQL does not answer as fazhi/fazhi on 127.0.0.1:5432 (./test.sh creates the role)"
  exit 1
}

# One copy of the Release build for the run, so a later build of the working tree does not change running instances.
prepare_app() {
  if [ "${FAZHI_CLUSTER_NO_BUILD:-0}" != 1 ]; then
    log "building Fazhi (Release)"
    dotnet build src/Fazhi.Web -c Release -v q -nologo -clp:ErrorsOnly >&2
  fi
  if [ ! -f src/Fazhi.Web/bin/Release/net10.0/Fazhi.Web.dll ]; then
    log "no Release build in src/Fazhi.Web/bin/Release/net10.0"
    exit 1
  fi
  rm -rf "$RUN/app"
  cp -a src/Fazhi.Web/bin/Release/net10.0 "$RUN/app"
}

# Every instance: the same database and attachment store; its own data folder for temp files only.
instance_env() {
  local name="$1"
  ENVIRONMENT=(ASPNETCORE_ENVIRONMENT=Production
    Fazhi__Telemetry__InstanceName="$name"
    Fazhi__DataFolder="$RUN/$name/data"
    Fazhi__DatabaseProvider=Postgres
    ConnectionStrings__Fazhi="$PG;Database=$DATABASE"
    Fazhi__Attachments__Store=Database
    Fazhi__SeedDemoData=true
    Fazhi__Security__ForwardedHeaders__Enabled=true)
}

# The demo is seeded once, by a process that migrates, seeds and exits (verify-audit checks the chains it has just
# written), so the instances start together on a finished database and never seed side by side.
seed_once() {
  log "migrating and seeding $DATABASE once"
  mkdir -p "$RUN/seed/data"
  instance_env seed
  (cd "$RUN/app" && env "${ENVIRONMENT[@]}" dotnet Fazhi.Web.dll verify-audit --Fazhi:ResetIncompatibleDemoDatabase=true \
    >"$RUN/seed.log" 2>&1) || { log "seeding failed: $RUN/seed.log"; tail -n 20 "$RUN/seed.log" >&2; exit 1; }
}

start_instances() {
  local index=0 port name
  for port in "${INSTANCE_PORTS[@]}"; do
    index=$((index + 1))
    name="fazhi$index"
    if running "$RUN/$name.pid"; then
      continue
    fi
    mkdir -p "$RUN/$name/data"
    log "starting $name on 127.0.0.1:$port"
    instance_env "$name"
    rm -f "$RUN/$name.pid"
    (cd "$RUN/app" && detached "$RUN/$name.pid" "$RUN/$name.log" env "${ENVIRONMENT[@]}" dotnet Fazhi.Web.dll --urls "http://127.0.0.1:$port")
  done
  for port in "${INSTANCE_PORTS[@]}"; do
    wait_for "http://127.0.0.1:$port/health/ready" 120 || { log "instance on $port not ready; see $RUN/*.log"; exit 1; }
  done
}

write_nginx_config() {
  local port servers=""
  for port in "${INSTANCE_PORTS[@]}"; do
    # A refused connection takes the server out for 5 s and the request goes to the next one (proxy_next_upstream).
    servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
  done
  mkdir -p "$RUN/nginx/tmp"
  chmod 0777 "$RUN/nginx/tmp"
  cat >"$RUN/nginx/nginx.conf" <<EOF
# Generated by scripts/cluster.sh; the provincial install's proxy in small (docs/deployment.md).
worker_processes 1;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $RUN/nginx/tmp/body;
  proxy_temp_path $RUN/nginx/tmp/proxy;
  fastcgi_temp_path $RUN/nginx/tmp/fastcgi;
  uwsgi_temp_path $RUN/nginx/tmp/uwsgi;
  scgi_temp_path $RUN/nginx/tmp/scgi;
  client_max_body_size 201m;
  upstream fazhi {
$servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://fazhi;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 300s;
      # A dead instance (refused connection, 502/503) passes the request to the other; a POST is passed on only when
      # it never reached the dead one, so no form is submitted twice.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_request_buffering off;
    }
  }
}
EOF
}

start_nginx() {
  command -v nginx >/dev/null || { log "nginx is not installed (apt-get install nginx-light; ./test.sh installs it)"; exit 1; }
  if running "$RUN/nginx/nginx.pid"; then
    nginx -p "$RUN/nginx" -e "$RUN/nginx/error.log" -c "$RUN/nginx/nginx.conf" -s reload
  else
    log "starting nginx on 127.0.0.1:$PROXY_PORT"
    # nginx writes its own pid file (the master's, after it daemonises); the launcher's pid file is only a wait aid.
    detached "$RUN/nginx/launcher.pid" "$RUN/nginx/start.log" nginx -p "$RUN/nginx" -e "$RUN/nginx/error.log" -c "$RUN/nginx/nginx.conf"
    for _ in $(seq 1 40); do running "$RUN/nginx/nginx.pid" && break; sleep 0.25; done
  fi
  wait_for "http://127.0.0.1:$PROXY_PORT/health/ready" 20 || { log "nginx does not answer; see $RUN/nginx/error.log"; exit 1; }
}

stop() {
  if running "$RUN/nginx/nginx.pid"; then
    log "stopping nginx"
    nginx -p "$RUN/nginx" -e "$RUN/nginx/error.log" -c "$RUN/nginx/nginx.conf" -s quit || true
  fi
  local pidfile pid
  for pidfile in "$RUN"/fazhi*.pid; do
    [ -f "$pidfile" ] || continue
    if running "$pidfile"; then
      pid="$(cat "$pidfile")"
      log "stopping $(basename "$pidfile" .pid) (pid $pid)"
      kill "$pid"
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$pidfile"
  done
}

status() {
  local pidfile
  for pidfile in "$RUN"/fazhi*.pid "$RUN/nginx/nginx.pid"; do
    [ -f "$pidfile" ] || continue
    if running "$pidfile"; then echo "$(basename "$pidfile" .pid): running (pid $(cat "$pidfile"))"; else echo "$(basename "$pidfile" .pid): stopped"; fi
  done
  for _ in 1 2 3 4; do
    curl -fsS -o /dev/null -D - "http://127.0.0.1:$PROXY_PORT/health/live" 2>/dev/null | tr -d '\r' | grep -i '^x-fazhi-instance' || true
  done
}

case "${1:-start}" in
  start)
    mkdir -p "$RUN"
    start_postgres
    if ! running "$RUN/fazhi1.pid" && ! running "$RUN/fazhi2.pid"; then
      prepare_app
      seed_once
    fi
    start_instances
    write_nginx_config
    start_nginx
    log "Fazhi cluster: http://127.0.0.1:$PROXY_PORT  (instances on ${INSTANCE_PORTS[*]}, database $DATABASE, logs in $RUN)"
    ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
