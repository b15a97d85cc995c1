#!/usr/bin/env bash
# Fails the service's database the two ways a network and a server fail, and reports what clients
# got and how long the service took to heal, against an external PostgreSQL (Debian's, started
# here in a scratch folder):
#   1. an outage: PostgreSQL stopped (immediate shutdown) for --outage seconds while a client reads
#      (answered from memory and not), and writes; then started again;
#   2. a silent revision listener: the connection that hears of other instances' commits goes
#      half-open (bench/silent-proxy.py), then a commit lands; how long until the service serves it.
#
#   bench/faults.sh [--outage SECONDS] [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."

OUTAGE=15
ROUNDS=5
while (($#)); do
  case "$1" in
    --outage) OUTAGE=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    *) echo "usage: bench/faults.sh [--outage SECONDS] [--rounds N]" >&2; exit 2 ;;
  esac
done

PORT=18170 PG_PORT=18171 LISTENER_PORT=18172
source bench/lib.sh

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z $PG_BIN ]] || ! command -v psql >/dev/null || ! command -v openssl >/dev/null; then
  say "installing postgresql"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql openssl >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
as_postgres() { if [[ $(id -u) == 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
chmod 755 "$WORK"
mkdir -p "$WORK/pg" && chown postgres "$WORK/pg" 2>/dev/null || true
as_postgres "$PG_BIN/initdb -D $WORK/pg -U postgres -A trust >/dev/null"
pg_start() { as_postgres "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg/server.log -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1' -w start >/dev/null"; }
pg_stop() { as_postgres "$PG_BIN/pg_ctl -D $WORK/pg -m immediate -w stop >/dev/null"; }
pg_start
trap 'pg_stop 2>/dev/null || true; cleanup' EXIT
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -X -q -At "$@"; }

python3 bench/silent-proxy.py "$LISTENER_PORT" "$PG_PORT" 2>"$WORK/proxy.log" &
PROXY_PID=$!
PIDS+=("$PROXY_PID")

# a curator's key pair and token, as the README mints them
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/key.pub.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"rust-dist-catalog","upn":"bench","groups":["curator"],"iat":%d,"exp":%d}' "$now" "$((now + 3600))" | b64url)
TOKEN="$header.$claims.$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)"

build_service
start_service "$WORK/catalog.log" "$SERVICE_JVM" QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" QUARKUS_DATASOURCE_USERNAME=postgres \
  CATALOG_REVISION_LISTENER_JDBC_URL="jdbc:postgresql://127.0.0.1:$LISTENER_PORT/postgres" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/key.pub.pem" ${BENCH_SERVICE_SETTINGS:-}
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.2; done
API="http://127.0.0.1:$PORT/api/v1"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# status and seconds of one request: call KIND ARGS...
call() { local kind=$1; shift; printf '%s %s\n' "$kind" "$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{content_type}' "$@")"; }

echo "$(date -u +%FT%TZ) on $(nproc) cores; the service run with $SERVICE_JVM against PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')"
echo
echo "## 1. PostgreSQL stopped for ${OUTAGE} s"
echo
curl -sf -o /dev/null "$API/rings"
tag=$(curl -si "$API/crates/lunatic" | tr -d '\r' | sed -n 's/^ETag: //Ip')
pg_stop
stopped=$(date +%s%N)
i=0
while (( $(ms "$stopped") < OUTAGE * 1000 )); do
  i=$((i + 1))
  call uncached "$API/crates?q=outage-$i"
  call snapshot "$API/rings"
  call write -X PATCH "$API/crates/lunatic" -H "Authorization: Bearer $TOKEN" -H "If-Match: $tag" \
    -H 'Content-Type: application/merge-patch+json' -d '{"ring": "assess"}'
  call ready "http://127.0.0.1:$PORT/q/health/ready"
  sleep 0.2
done >"$WORK/outage.txt"
pg_start
started=$(date +%s%N)
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$API/crates?q=recovered-$RANDOM") == 200 ]]; do sleep 0.05; done
recovered=$(ms "$started")
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready") == 200 ]]; do sleep 0.05; done
ready=$(ms "$started")
echo "| request | answers | slowest s | median s |"
echo "| --- | --- | ---: | ---: |"
for kind in uncached snapshot write ready; do
  answers=$(awk -v k=$kind '$1 == k {print $2 " " $4}' "$WORK/outage.txt" | sort | uniq -c | awk '{printf "%s × %s %s; ", $1, $2, $3}')
  slowest=$(awk -v k=$kind '$1 == k {print $3}' "$WORK/outage.txt" | sort -g | tail -1)
  median=$(awk -v k=$kind '$1 == k {print $3}' "$WORK/outage.txt" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "| $kind | ${answers%; } | $slowest | $median |"
done
echo
echo "After PostgreSQL started again: the first uncached read answered 200 after ${recovered} ms, readiness UP after ${ready} ms."
echo
echo "## 2. The revision listener's connection goes silent, then a commit lands"
echo
echo "| round | served the new revision after ms |"
echo "| ---: | ---: |"
for round in $(seq 1 "$ROUNDS"); do
  curl -sf -o /dev/null "$API/maturity-levels"
  sleep 1.5 # the listener is connected and idle
  kill -USR1 "$PROXY_PID"
  revision=$(psql_ -c "UPDATE language SET name = name WHERE code = 'en'; SELECT revision FROM dataset")
  committed=$(date +%s%N)
  until [[ $(curl -s -D - -o /dev/null "$API/maturity-levels" | tr -d '\r' | sed -n 's/^X-Dataset-Revision: //Ip') == "$revision" ]]; do sleep 0.02; done
  echo "| $round | $(ms "$committed") |"
done
echo
echo "What the service logged about it:"
echo
echo '```'
grep -a -E 'revision|database|PostgreSQL' "$WORK/catalog.log" | grep -a -E 'WARN|INFO' | grep -a -v 'started in' | sed -E 's/^[0-9-]+ //' | sort | uniq -c | sort -rn | head -8
echo '```'
