#!/usr/bin/env bash
# Times the service's start against a PostgreSQL that is already running and migrated: from
# `java` to the first answered request, ROUNDS times, with and without the class archive the build
# records (app-cds.jsa), alternating. The PostgreSQL is the embedded one of a first instance of the
# service, which stays up meanwhile and serves nothing else.
#
#   bench/startup.sh [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=5
while (($#)); do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    *) echo "usage: bench/startup.sh [--rounds N]" >&2; exit 2 ;;
  esac
done

DB_PORT=18091
PORT=18092
JVM="-Xmx128m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000"
source bench/lib.sh

build_service
say "starting the database"
start_service "$WORK/database.log" "$JVM" CATALOG_DATA_DIR="$WORK/postgres" QUARKUS_HTTP_PORT=$DB_PORT
until curl -sf -o /dev/null "http://127.0.0.1:$DB_PORT/q/health/ready"; do sleep 0.2; done
JDBC_URL=$(grep -o 'jdbc:postgresql://localhost:[0-9]*/postgres' "$WORK/database.log" | head -1)

start_once() { # an extra JVM option; prints milliseconds to the first answer
  local start
  start=$(date +%s%N)
  start_service "$WORK/service.log" "$1 $JVM" \
    QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_HTTP_PORT=$PORT
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/crates?maturity=experimental&limit=1"; do
    sleep 0.02
  done
  echo $((($(date +%s%N) - start) / 1000000))
  kill "${PIDS[-1]}"
  wait "${PIDS[-1]}" 2>/dev/null || true
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

plain=()
archived=()
for ((round = 1; round <= ROUNDS; round++)); do
  say "round $round"
  plain+=("$(start_once -Xshare:auto)")
  archived+=("$(start_once -XX:SharedArchiveFile=app-cds.jsa)")
done

echo "$(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1); java $JVM, $ROUNDS rounds"
echo
echo "| start | first answer, ms (each round) | median ms |"
echo "| --- | --- | ---: |"
echo "| java -jar | ${plain[*]} | $(printf '%s\n' "${plain[@]}" | median) |"
echo "| java -XX:SharedArchiveFile=app-cds.jsa -jar | ${archived[*]} | $(printf '%s\n' "${archived[@]}" | median) |"
