#!/usr/bin/env bash
# Loads this service and three peers serving the same curated data with wrk, on this machine, and
# prints one table: requests/s, p50 and p99 latency, response bytes and server RSS per peer and
# endpoint, then this service's ratios to each peer. Not part of the tests; see bench/README.md.
#
#   bench/run.sh [--duration SECONDS] [--rounds N] [--connections N]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=8
ROUNDS=3
CONNECTIONS=32
while (($#)); do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    *) echo "usage: bench/run.sh [--duration SECONDS] [--rounds N] [--connections N]" >&2; exit 2 ;;
  esac
done

CATALOG_PORT=18080 NGINX_PORT=18081 JSON_SERVER_PORT=18082 PLATFORMATIC_PORT=18083
source bench/lib.sh

wait_for() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -sf -o /dev/null "$1"; do
    ((SECONDS < deadline)) || { say "no answer from $1"; exit 1; }
    sleep 0.1
  done
}

# --- tools ---------------------------------------------------------------------------------------
install_missing wrk=wrk nginx=nginx-light
say "installing json-server and @platformatic/db"
npm install --prefix "$WORK/npm" --no-audit --no-fund --loglevel=error \
  json-server@0.17.4 @platformatic/db@2.61.0 >/dev/null

# --- this service: the packaged jar on its embedded PostgreSQL ----------------------------------
build_service
start=$(date +%s%N)
start_service "$WORK/catalog.log" "$SERVICE_JVM" CATALOG_DATA_DIR="$WORK/postgres" QUARKUS_HTTP_PORT=$CATALOG_PORT \
  "${LIMITS_OUT_OF_REACH[@]}"
CATALOG_PID=${PIDS[-1]}
wait_for "http://127.0.0.1:$CATALOG_PORT/api/v1/crates" 120
STARTUP_MS=$((($(date +%s%N) - start) / 1000000))
embedded_postgres "$WORK/catalog.log"

# --- the same bytes as static files, for nginx ---------------------------------------------------
mkdir -p "$WORK/static"
chmod 755 "$WORK" "$WORK/static" # nginx's workers read them as an unprivileged user
curl -sf "http://127.0.0.1:$CATALOG_PORT/api/v1/crates?maturity=mature" >"$WORK/static/crates-mature.json"
curl -sf "http://127.0.0.1:$CATALOG_PORT/api/v1/crates/tokio" >"$WORK/static/crate-tokio.json"
curl -sf "http://127.0.0.1:$CATALOG_PORT/api/v1/categories" >"$WORK/static/categories.json"
cat >"$WORK/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/static;
  }
}
EOF
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
PIDS+=("$NGINX_PID")

# --- json-server, on the crates and categories as this service serves them ------------------------
curl -sf "http://127.0.0.1:$CATALOG_PORT/api/v1/crates?limit=100" >"$WORK/crates.json"
node -e '
  const fs = require("fs");
  const crates = JSON.parse(fs.readFileSync(process.argv[1])).items.map(c => ({ id: c.slug, ...c }));
  const categories = JSON.parse(fs.readFileSync(process.argv[2])).items.map(c => ({ id: c.slug, ...c }));
  fs.writeFileSync(process.argv[3], JSON.stringify({ crates, categories }));
' "$WORK/crates.json" "$WORK/static/categories.json" "$WORK/db.json"
"$WORK/npm/node_modules/.bin/json-server" --host 127.0.0.1 --port $JSON_SERVER_PORT --quiet \
  "$WORK/db.json" >"$WORK/json-server.log" 2>&1 &
JSON_SERVER_PID=$!
PIDS+=("$JSON_SERVER_PID")

# --- Platformatic DB: REST generated from the same PostgreSQL schema ----------------------------
cat >"$WORK/platformatic.json" <<EOF
{
  "server": {"hostname": "127.0.0.1", "port": $PLATFORMATIC_PORT, "logger": {"level": "warn"}},
  "db": {"connectionString": "postgres://postgres@127.0.0.1:$PG_PORT/postgres", "graphql": false, "openapi": true}
}
EOF
(cd "$WORK" && exec "$WORK/npm/node_modules/.bin/plt-db" start -c platformatic.json >"$WORK/platformatic.log" 2>&1) &
PLATFORMATIC_PID=$!
PIDS+=("$PLATFORMATIC_PID")

wait_for "http://127.0.0.1:$NGINX_PORT/categories.json" 30
wait_for "http://127.0.0.1:$JSON_SERVER_PORT/categories" 30
wait_for "http://127.0.0.1:$PLATFORMATIC_PORT/category/" 60

PEERS=(catalog nginx json-server platformatic)
ENDPOINTS=(list single categories)
url() { # peer endpoint
  case "$1/$2" in
    catalog/list) echo "http://127.0.0.1:$CATALOG_PORT/api/v1/crates?maturity=mature" ;;
    catalog/single) echo "http://127.0.0.1:$CATALOG_PORT/api/v1/crates/tokio" ;;
    catalog/categories) echo "http://127.0.0.1:$CATALOG_PORT/api/v1/categories" ;;
    nginx/list) echo "http://127.0.0.1:$NGINX_PORT/crates-mature.json" ;;
    nginx/single) echo "http://127.0.0.1:$NGINX_PORT/crate-tokio.json" ;;
    nginx/categories) echo "http://127.0.0.1:$NGINX_PORT/categories.json" ;;
    json-server/list) echo "http://127.0.0.1:$JSON_SERVER_PORT/crates?maturity=mature" ;;
    json-server/single) echo "http://127.0.0.1:$JSON_SERVER_PORT/crates/tokio" ;;
    json-server/categories) echo "http://127.0.0.1:$JSON_SERVER_PORT/categories" ;;
    platformatic/list) echo "http://127.0.0.1:$PLATFORMATIC_PORT/crate/?where.maturity.eq=mature" ;;
    platformatic/single) echo "http://127.0.0.1:$PLATFORMATIC_PORT/crate/1" ;;
    platformatic/categories) echo "http://127.0.0.1:$PLATFORMATIC_PORT/category/" ;;
  esac
}
pids_of() { # peer: the server's processes
  case "$1" in
    catalog) echo "$CATALOG_PID" ;;
    nginx) pgrep -d, -f "nginx: .*$WORK|nginx -c $WORK" ;;
    json-server) echo "$JSON_SERVER_PID" ;;
    platformatic) pgrep -d, -f "plt-db start -c platformatic.json" ;;
  esac
}
rss_mb() { ps -o rss= -p "$(pids_of "$1")" | awk '{s += $1} END {printf "%.0f", s / 1024}'; }
to_ms() { awk '{v = $1; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}'; }

say "warming up"
for peer in "${PEERS[@]}"; do
  for endpoint in "${ENDPOINTS[@]}"; do
    wrk -t2 -c"$CONNECTIONS" -d3s "$(url "$peer" "$endpoint")" >/dev/null
  done
done

declare -A RPS P50 P99 RSS
for ((round = 1; round <= ROUNDS; round++)); do
  for endpoint in "${ENDPOINTS[@]}"; do
    for peer in "${PEERS[@]}"; do # alternating peers within every round
      say "round $round/$ROUNDS: $peer $endpoint"
      out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$(url "$peer" "$endpoint")")
      RPS[$peer/$endpoint]+="$(awk '/^Requests\/sec/ {print $2}' <<<"$out") "
      P50[$peer/$endpoint]+="$(awk '$1 == "50%" {print $2}' <<<"$out" | to_ms) "
      P99[$peer/$endpoint]+="$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms) "
      RSS[$peer]=$(rss_mb "$peer")
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "$(date -u +%FT%TZ) on $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB; wrk -t2 -c$CONNECTIONS -d${DURATION}s, $ROUNDS rounds (medians)"
echo "rust-dist-catalog: first answered request ${STARTUP_MS} ms after start, with its embedded PostgreSQL"
echo
echo "| endpoint | peer | requests/s | p50 ms | p99 ms | bytes | RSS MB |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for endpoint in "${ENDPOINTS[@]}"; do
  for peer in "${PEERS[@]}"; do
    bytes=$(curl -sf "$(url "$peer" "$endpoint")" | wc -c)
    printf '| %s | %s | %.0f | %s | %s | %s | %s |\n' "$endpoint" "$peer" \
      "$(median <<<"${RPS[$peer/$endpoint]}")" "$(median <<<"${P50[$peer/$endpoint]}")" \
      "$(median <<<"${P99[$peer/$endpoint]}")" "$bytes" "${RSS[$peer]}"
  done
done
echo
echo "| endpoint | catalog / nginx | catalog / json-server | catalog / platformatic |"
echo "| --- | ---: | ---: | ---: |"
for endpoint in "${ENDPOINTS[@]}"; do
  ours=$(median <<<"${RPS[catalog/$endpoint]}")
  row="| $endpoint"
  for peer in nginx json-server platformatic; do
    row+=" | $(awk -v a="$ours" -v b="$(median <<<"${RPS[$peer/$endpoint]}")" 'BEGIN {printf "%.2f", a / b}')"
  done
  echo "$row |"
done
