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
JVM="-Xmx160m -XX:+UseSerialGC"
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
say() { printf '%s\n' "$*" >&2; }

[[ -f target/quarkus-app/app-cds.jsa ]] || ./mvnw -B -q package -DskipTests
say "starting the database"
(cd target/quarkus-app && CATALOG_DATA_DIR="$WORK/postgres" QUARKUS_HTTP_PORT=$DB_PORT \
  exec java $JVM -jar quarkus-run.jar) >"$WORK/database.log" 2>&1 &
PIDS+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$DB_PORT/q/health/ready"; do sleep 0.2; done
JDBC_URL=$(grep -o 'jdbc:postgresql://localhost:[0-9]*/postgres' "$WORK/database.log" | head -1)

start_once() { # extra JVM options; prints milliseconds to the first answer
  local start pid
  start=$(date +%s%N)
  (cd target/quarkus-app && QUARKUS_DATASOURCE_JDBC_URL=$JDBC_URL QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_HTTP_PORT=$PORT exec java "$@" $JVM -jar quarkus-run.jar) >"$WORK/service.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/crates?maturity=experimental&limit=1"; do
    sleep 0.02
  done
  echo $((($(date +%s%N) - start) / 1000000))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
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
