#!/usr/bin/env bash
# Where an uncached read's CPU goes, once the JIT has compiled the read path: for a cursor page, a
# single crate and a search at 100,000 crates, the statements one request sends to PostgreSQL and
# on how many backends, then under wrk with 32 connections the CPU time per request of the
# service, of PostgreSQL (from /proc) and of wrk. Last, what PostgreSQL alone serves of the
# page statement and of a single crate's statements on the same cores, with pgbench (in C) as the
# client: the ceiling the service's own work has to fit under. Not part of the tests; see
# bench/README.md.
#
#   bench/cost.sh [--size CRATES] [--duration SECONDS] [--warm-up SECONDS] [--data-dir DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=100000
DURATION=10
WARM_UP=120
DATA_DIR=
while (($#)); do
  case "$1" in
    --size) SIZE=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warm-up) WARM_UP=$2; shift 2 ;;
    --data-dir) DATA_DIR=$(realpath -m "$2"); shift 2 ;;
    *) echo "usage: bench/cost.sh [--size CRATES] [--duration SECONDS] [--warm-up SECONDS] [--data-dir DIR]" >&2; exit 2 ;;
  esac
done

PORT=18090
CONNECTIONS=32
source bench/lib.sh

install_missing wrk=wrk psql=postgresql-client pgbench=postgresql-contrib

build_service
LOG=$WORK/catalog.log
start_service "$LOG" "$SERVICE_JVM" CATALOG_DATA_DIR="${DATA_DIR:-$WORK/postgres}" QUARKUS_HTTP_PORT=$PORT \
  "${LIMITS_OUT_OF_REACH[@]}"
SERVICE=${PIDS[-1]}
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.2; done
embedded_postgres "$LOG"

say "growing the catalog to $SIZE crates"
psql_ -v target="$SIZE" -f bench/synthetic-catalog.sql
categories=$(psql_ -At -c "select count(*) from category")
positions=$(psql_ -At -c "select max(position) from crate")

# The three reads, each a different request every time: a cursor at a random place; each crate and
# each text once, in an order spread over them all (bench/each-once.lua). The warm-up reads crates
# and texts in Chinese, so that no read measured (in English) was asked before, and none is
# answered from a snapshot; the table's "snapshot hits" column shows it.
cursor() { # seconds
  PATH_AND_QUERY="/api/v1/crates?maturity=mature&limit=20" CATEGORIES=$categories POSITIONS=$positions \
    wrk -t2 -c$CONNECTIONS -d"$1s" --latency -s bench/random-cursor.lua "http://127.0.0.1:$PORT"
}
single() { # seconds [language]
  PATTERN="/api/v1/crates/synthetic-%06d${2:+?lang=$2}" N=$((SIZE - 17)) BASE=1 THREADS=2 \
    wrk -t2 -c$CONNECTIONS -d"$1s" --latency -s bench/each-once.lua "http://127.0.0.1:$PORT"
}
search() { # seconds [language]
  PATTERN="/api/v1/crates?q=%d&limit=20${2:+&lang=$2}" N=$SIZE BASE=0 THREADS=2 \
    wrk -t2 -c$CONNECTIONS -d"$1s" --latency -s bench/each-once.lua "http://127.0.0.1:$PORT"
}
snapshot_hits() {
  curl -sf "http://127.0.0.1:$PORT/q/metrics" | awk '/^catalog_snapshot_hits_total/ {printf "%d", $2}'
}
one_request() { # read: the path of one request of its kind
  case $1 in
    cursor) echo "/api/v1/crates?maturity=mature&limit=20&after=$(printf '3.%d.0' $((positions / 2)) | base64 | tr '+/' '-_' | tr -d '=')" ;;
    single) echo "/api/v1/crates/synthetic-$(printf '%06d' $((SIZE / 2)))" ;;
    search) echo "/api/v1/crates?q=$((SIZE / 3))&limit=20" ;;
  esac
}

say "warming up: the JIT compiles the read path for about a minute and a half of load"
for read in cursor single search; do "$read" $((WARM_UP / 3)) zh >/dev/null; done

ticks() { # CPU ticks (1/100 s) so far of the service and of every postgres process
  local service postgres=0 pid
  service=$(awk '{print $14 + $15}' "/proc/$SERVICE/stat")
  for pid in $(pgrep -x postgres); do
    postgres=$((postgres + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$service $postgres"
}

echo "$(date -u +%FT%TZ) on $(nproc) cores; $SIZE crates; wrk -t2 -c$CONNECTIONS -d${DURATION}s per read, after ${WARM_UP}s of warm-up;"
echo "the service run with $SERVICE_JVM"
echo
echo "| read | statements (backends) per request | requests/s | p99 ms | snapshot hits | CPU ms per request: service | PostgreSQL | wrk |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for read in cursor single search; do
  # one request with every statement logged: PostgreSQL's log lines reach the service's log
  psql_ -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
  sleep 0.5
  mark=$(wc -l <"$LOG")
  curl -sf -o /dev/null "http://127.0.0.1:$PORT$(one_request "$read")"
  sleep 0.5
  psql_ -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
  logged=$(tail -n +"$((mark + 1))" "$LOG" | grep -E 'LOG:  (statement|execute)' |
    grep -vE 'alter system|pg_reload_conf|<unnamed>: select revision, modified_at from dataset$' || true)
  statements=$(grep -c . <<<"$logged" || true)
  backends=$(grep -oE '\[[0-9]+\] LOG' <<<"$logged" | sort -u | grep -c . || true)

  hits=$(snapshot_hits)
  before=($(ticks))
  # wrk's own CPU, user and system, from the shell's timing of it
  { TIMEFORMAT='%U %S'; time "$read" "$DURATION" >"$WORK/wrk.out"; } 2>"$WORK/wrk.time"
  after=($(ticks))
  hits=$(($(snapshot_hits) - hits))
  out=$(cat "$WORK/wrk.out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  per() { awk -v t="$1" -v n="$requests" 'BEGIN {printf "%.2f", t * 10 / n}'; }
  printf '| %s | %s (%s) | %.0f | %s | %s of %s | %s | %s | %s |\n' "$read" "$statements" "$backends" \
    "$(awk '/^Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
    "$hits" "$requests" \
    "$(per $((after[0] - before[0])))" "$(per $((after[1] - before[1])))" \
    "$(awk -v n="$requests" '{printf "%.2f", ($1 + $2) * 1000 / n}' "$WORK/wrk.time")"
done
echo
echo "(statements as PostgreSQL logs them, BEGIN and COMMIT included, on so many backends; the revision"
echo "listener's own poll, once a second, is left out)"
echo

# PostgreSQL alone: the statements as the service prepares them, driven by pgbench with as many
# connections as wrk had, on the same two cores
cat >"$WORK/page.sql" <<'SQL'
\set category random(1, 8)
\set position random(1, :positions)
select * from (select row_number() over () as n, q.* from (select c.id, c.category_position, c.position, null, c.slug from crate c where c.maturity = any(cast('{mature}' as maturity_level[])) and (c.category_position, c.position, c.id) > (:category, :position, 0) order by c.category_position, c.position, c.id limit 21 offset 0) q) page cross join lateral (select d.body from crate_document d where d.crate_id = page.id and d.lang = 'en' limit 1) record order by page.n;
SQL
cat >"$WORK/single.sql" <<'SQL'
\set id random(1, :size)
select c.slug, d.body, c.version, c.deprecated_on, c.sunset_on from crate c join crate_document d on d.crate_id = c.id and d.lang = 'en' where c.slug = 'synthetic-' || lpad(:id::text, 6, '0');
SQL
echo "PostgreSQL alone, pgbench -M prepared -c $CONNECTIONS -j 2 -T $DURATION (generic plans, as the service's connections):"
echo
echo "| statements | transactions/s |"
echo "| --- | ---: |"
for script in page single; do
  tps=$(PGOPTIONS="-c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0" \
    pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -M prepared -c $CONNECTIONS -j 2 -T "$DURATION" \
    -D positions="$positions" -D size=$((SIZE - 17)) -f "$WORK/$script.sql" postgres 2>&1 |
    awk '/^tps/ {print $3}')
  case $script in
    page) echo "| a cursor page's statement alone (21 records) | ${tps%.*} |" ;;
    single) echo "| a single crate's statement alone (its record, version and deprecation) | ${tps%.*} |" ;;
  esac
done
