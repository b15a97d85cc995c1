#!/usr/bin/env bash
# A fleet on this machine: a PostgreSQL 17 primary and a streaming replica of it (the binaries the
# service ships, bench/ReplicatedPostgres.java), three instances of the service reading from the
# replica and writing to the primary, and HAProxy (Debian's) in front of them. Then:
#   1. a soak of --duration seconds through the balancer: readers, and writers whose every write is
#      read back from the instances that did not take it (bench/fleet-load.py): 5xx, lost and
#      duplicated writes, and the staleness another instance's clients could see;
#   2. throughput of the fleet through the balancer against one instance on its own, with wrk.
#
#   bench/fleet.sh [--duration SECONDS] [--readers N] [--writers N] [--wrk-seconds N]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=60 READERS=6 WRITERS=3 WRK_SECONDS=15
while (($#)); do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --readers) READERS=$2; shift 2 ;;
    --writers) WRITERS=$2; shift 2 ;;
    --wrk-seconds) WRK_SECONDS=$2; shift 2 ;;
    *) echo "usage: bench/fleet.sh [--duration S] [--readers N] [--writers N] [--wrk-seconds S]" >&2; exit 2 ;;
  esac
done

BALANCER_PORT=19080
INSTANCE_PORTS=(19081 19082 19083)
source bench/lib.sh

install_missing haproxy=haproxy wrk=wrk openssl=openssl python3=python3

build_service
APP=target/quarkus-app
java -cp "$APP/lib/boot/*:$APP/lib/main/*:$APP/app/*" bench/ReplicatedPostgres.java "$WORK/pg" \
  >"$WORK/pg.out" 2>"$WORK/pg.log" &
PG_PID=$!
PIDS+=("$PG_PID")
until grep -q '^replica ' "$WORK/pg.out"; do
  kill -0 "$PG_PID" 2>/dev/null || { cat "$WORK/pg.log" >&2; exit 1; }
  sleep 0.2
done
PRIMARY=$(sed -n 's/^primary //p' "$WORK/pg.out")
REPLICA=$(sed -n 's/^replica //p' "$WORK/pg.out")
say "primary $PRIMARY, replica $REPLICA"

# a curator's key pair and token, as the README mints them
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/key.pub.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"rust-dist-catalog","upn":"soak","groups":["curator"],"iat":%d,"exp":%d}' "$now" "$((now + 7200))" | b64url)
TOKEN="$header.$claims.$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)"

INSTANCES=()
for port in "${INSTANCE_PORTS[@]}"; do
  start_service "$WORK/catalog-$port.log" "$SERVICE_JVM" QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="$PRIMARY" CATALOG_READ_REPLICA_JDBC_URL="$REPLICA" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/key.pub.pem" "${LIMITS_OUT_OF_REACH[@]}"
  INSTANCES+=("http://127.0.0.1:$port")
done
for port in "${INSTANCE_PORTS[@]}"; do
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do sleep 0.3; done
done

{
  printf 'global\n  maxconn 4096\ndefaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n  timeout server 30s\n'
  printf 'frontend catalog\n  bind 127.0.0.1:%s\n  default_backend instances\n' "$BALANCER_PORT"
  printf 'backend instances\n  balance roundrobin\n  option httpchk GET /q/health/ready\n'
  printf '  http-check expect status 200\n  default-server inter 1s fall 2 rise 1\n'
  # which instance took a request, for the soak to read its writes back from the others
  printf '  http-response set-header X-Served-By %%[srv_name]\n'
  for port in "${INSTANCE_PORTS[@]}"; do printf '  server %s 127.0.0.1:%s check\n' "$port" "$port"; done
} >"$WORK/haproxy.cfg"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
BALANCER="http://127.0.0.1:$BALANCER_PORT"
until curl -sf -o /dev/null "$BALANCER/q/health/ready"; do sleep 0.2; done

echo "$(date -u +%FT%TZ) on $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?');" \
  "3 instances run with $SERVICE_JVM; $(haproxy -v | head -1 | awk '{print $1, $3}'); PostgreSQL 17 primary and streaming replica"
echo
echo "## 1. Soak: ${DURATION} s through the balancer, $READERS readers and $WRITERS writers"
echo
python3 bench/fleet-load.py "$BALANCER" "$(IFS=,; echo "${INSTANCES[*]}")" "$TOKEN" \
  "$DURATION" "$READERS" "$WRITERS" >"$WORK/soak.json"
python3 - "$WORK/soak.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("| figure | value |")
print("| --- | ---: |")
for key in ["seconds", "requests", "statuses", "server_errors", "writes_acknowledged", "writes_unknown",
            "lost_count", "duplicated_in_catalog", "duplicated_in_change_log", "unacknowledged_but_present",
            "read_backs", "never_seen_elsewhere", "staleness_ms_median", "staleness_ms_p99", "staleness_ms_max"]:
    print(f"| {key} | {r[key]} |")
PY
echo
echo "Reads by database, per instance (catalog_reads_total), and other metrics after the soak:"
echo
echo '```'
for port in "${INSTANCE_PORTS[@]}"; do
  curl -s "http://127.0.0.1:$port/q/metrics" | grep -E '^catalog_(reads_total|snapshot_hits_total|snapshot_misses_total|dataset_revision |revision_notifications_total|writes_total)' \
    | sed "s/^/$port /"
done
curl -s "http://127.0.0.1:${INSTANCE_PORTS[0]}/q/metrics" \
  | grep -E '^(http_server_requests_seconds_count\{.*uri="/api/v1/crates(/\{slug\})?"|agroal_active_count|catalog_snapshot_size_bytes|catalog_snapshot_evictions_total)' \
  | sed "s/^/${INSTANCE_PORTS[0]} /"
echo '```'
echo
echo "## 2. Throughput: the fleet through the balancer against one instance (wrk, $WRK_SECONDS s, 32 connections, reads)"
echo
cat >"$WORK/reads.lua" <<'LUA'
local paths = {"/api/v1/crates?maturity=mature", "/api/v1/crates/tokio", "/api/v1/categories", "/api/v1/rings?lang=zh"}
local i = 0
request = function() i = i + 1; return wrk.format("GET", paths[i % #paths + 1]) end
LUA
echo "| target | requests/s | p50 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: |"
for target in "fleet $BALANCER" "one ${INSTANCES[0]}"; do
  read -r name url <<<"$target"
  wrk -t2 -c32 -d2s -s "$WORK/reads.lua" "$url" >/dev/null 2>&1 # warm-up
  wrk -t2 -c32 -d"${WRK_SECONDS}s" --latency -s "$WORK/reads.lua" "$url" >"$WORK/wrk-$name.txt" 2>&1
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$name.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk-$name.txt")
  echo "| $name | $rps | $p50 | $p99 | ${non2xx:-0} |"
done
