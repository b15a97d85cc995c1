# Sourced by the benchmark scripts, from the repository's root: a scratch folder, the processes a
# script starts (stopped by PID, and the folder removed, when it exits), and the service run as the
# README runs it.

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }

# The README's JVM options, unless JAVA_OPTS says otherwise; the class archive comes with them.
SERVICE_JVM="-XX:SharedArchiveFile=app-cds.jsa ${JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError}"

# The benchmarks load the service from one client, this machine, at tens of thousands of requests
# a second: far beyond the rate limits a client gets. These settings raise the limits out of reach,
# so that the limiter still counts every request (its cost is in the figures) but refuses none.
LIMITS_OUT_OF_REACH=(CATALOG_RATE_LIMIT_READS_LIMIT=1000000000 CATALOG_RATE_LIMIT_WRITES_LIMIT=1000000000)

# install_missing COMMAND=PACKAGE ...: installs, from Debian, the package of each command this
# machine lacks, in one apt-get run.
install_missing() {
  local needed=() pair
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null || needed+=("${pair#*=}")
  done
  if ((${#needed[@]})); then
    say "installing ${needed[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
  fi
}

# The packaged service, built first if it is not, or if a source changed since it was.
build_service() {
  if [[ ! -f target/quarkus-app/app-cds.jsa ||
    -n $(find src db pom.xml -newer target/quarkus-app/app-cds.jsa -print -quit) ]]; then
    ./mvnw -B -q package -DskipTests
  fi
}

# start_service LOG "JVM OPTIONS" [NAME=VALUE ...]: the packaged service in the background, from
# its folder (where its class archive applies), with those settings; its PID ends PIDS.
start_service() {
  local log=$1 options=$2
  shift 2
  # shellcheck disable=SC2086 # the options are words
  (cd target/quarkus-app && exec env "$@" java $options -jar quarkus-run.jar) >"$log" 2>&1 &
  PIDS+=($!)
}

# embedded_postgres LOG: sets PG_PORT to the port of the embedded PostgreSQL that the service
# logging to LOG started; psql_ then runs psql on its database, as its superuser.
embedded_postgres() {
  PG_PORT=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$1" | head -1 | sed 's/.*://')
}
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -X -q "$@"; }

# stop_service PID DATA_DIR: a service out of heap may never act on SIGTERM. It gets 30 s, then it is
# killed, and so is the PostgreSQL it started in DATA_DIR, which would otherwise outlive it.
stop_service() {
  local pid=$1 data=$2
  [[ -n $pid ]] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  say "the service ignored SIGTERM; killing it and its PostgreSQL"
  kill -9 "$pid" 2>/dev/null || true
  if [[ -f $data/postmaster.pid ]]; then
    kill -INT "$(head -1 "$data/postmaster.pid")" 2>/dev/null || true
  fi
}

# sample_memory PID: a line a second while the service runs, its heap (jstat -gc, in KB) in
# $WORK/gc.log and its RSS (KB) in $WORK/rss.log; both files exist from the start.
sample_memory() {
  local pid=$1
  touch "$WORK/gc.log" "$WORK/rss.log"
  jstat -gc "$pid" 1000 >"$WORK/gc.log" 2>&1 &
  PIDS+=($!)
  while kill -0 "$pid" 2>/dev/null; do
    awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true
    sleep 1
  done >"$WORK/rss.log" &
  PIDS+=($!)
}
