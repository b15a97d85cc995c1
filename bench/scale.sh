#!/usr/bin/env bash
# Grows the catalog to 1,000, 10,000 and 100,000 crates (bench/synthetic-catalog.sql) and reports
# how a filtered, paginated list, a q search and a single crate fare at each size. Every request
# asks for a different page, text or crate, so they miss the response snapshots and measure the
# database path. Then prints the plans PostgreSQL chooses for the list at the largest size.
#
#   bench/scale.sh [--sizes "1000 10000 100000"] [--duration SECONDS] [--connections N]
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="1000 10000 100000"
DURATION=10
CONNECTIONS=32
while (($#)); do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    *) echo "usage: bench/scale.sh [--sizes \"1000 10000 100000\"] [--duration SECONDS] [--connections N]" >&2; exit 2 ;;
  esac
done

PORT=18090
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
say() { printf '%s\n' "$*" >&2; }

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v psql >/dev/null || missing+=(postgresql-client)
if ((${#missing[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests
CATALOG_DATA_DIR="$WORK/postgres" QUARKUS_HTTP_PORT=$PORT \
  java -jar target/quarkus-app/quarkus-run.jar >"$WORK/catalog.log" 2>&1 &
PIDS+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.2; done
PG_PORT=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$WORK/catalog.log" | head -1 | sed 's/.*://')
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -X -q "$@"; }

to_ms() { awk '{v = $1; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}'; }
load() { # name pattern n [base]
  local out
  out=$(PATTERN="$2" N="$3" BASE="${4:-0}" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/random-path.lua \
    "http://127.0.0.1:$PORT")
  printf '| %s | %s | %.0f | %s | %s | %s |\n' "$size" "$1" \
    "$(awk '/^Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out" | to_ms)" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms)" \
    "$(awk '/Non-2xx/ {print $NF}' <<<"$out" | grep . || echo 0)"
}

echo "$(date -u +%FT%TZ) on $(nproc) cores; wrk -t2 -c$CONNECTIONS -d${DURATION}s, a different request each time"
echo
echo "| crates | request | requests/s | p50 ms | p99 ms | non-2xx |"
echo "| ---: | --- | ---: | ---: | ---: | ---: |"
for size in $SIZES; do
  say "growing the catalog to $size crates"
  psql_ -v target="$size" -f bench/synthetic-catalog.sql
  mature=$(psql_ -At -c "select count(*) from crate where maturity = 'mature'")
  load "list: maturity=mature, a random page of 20" "/api/v1/crates?maturity=mature&limit=20&offset=%d" "$mature"
  load "search: q=<random number>, first 20" "/api/v1/crates?q=%d&limit=20" "$size"
  load "single crate" "/api/v1/crates/synthetic-%06d" "$((size - 17))" 1
done

echo
echo "The list's queries at the largest size, a deep page (as CrateSearch sends them):"
echo
echo '```'
psql_ -c "explain (analyze, costs off, timing off, summary on)
  select c.id from crate c join category k on k.id = c.category_id
  where c.maturity = any(cast('{mature}' as maturity_level[])) and c.ring = any(cast('{adopt,trial,assess,hold}' as ring[]))
  order by k.position, c.position, c.id limit 20 offset 20000"
psql_ -c "explain (analyze, costs off, timing off, summary on)
  select count(*) from crate c join category k on k.id = c.category_id
  where c.maturity = any(cast('{mature}' as maturity_level[])) and c.ring = any(cast('{adopt,trial,assess,hold}' as ring[]))"
psql_ -c "explain (analyze, costs off, timing off, summary on)
  select c.id from crate c join category k on k.id = c.category_id
  where (c.name ilike '%4242%' escape '!'
     or c.id in (select t.crate_id from crate_i18n t where t.lang = 'en' and t.description ilike '%4242%' escape '!')
     or c.id in (select p.crate_id from crate_point p join crate_point_i18n pt on pt.point_id = p.id
                 where pt.lang = 'en' and pt.text ilike '%4242%' escape '!'))
  order by k.position, c.position, c.id limit 20"
echo '```'
