#!/usr/bin/env bash
# Grows the catalog to 1,000, 10,000, 100,000 and 1,000,000 crates (bench/synthetic-catalog.sql) and reports
# how a filtered, paginated list (by cursor and by offset), a q search and a single crate fare at
# each size, with one client and with many. Every request asks for a different page, text or
# crate, so they miss the response snapshots and measure the database path. Then prints the plans
# PostgreSQL uses for them at the largest size (generic plans, as the service's connections use).
#
#   bench/scale.sh [--sizes "1000 10000 100000 1000000"] [--duration SECONDS] [--connections "1 32"]
#                  [--data-dir DIR]
#
# With --data-dir, the service keeps its embedded PostgreSQL's data there rather than in a scratch
# folder: a catalog grown once (a million crates take minutes) serves later runs as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="1000 10000 100000 1000000"
DURATION=10
CONNECTIONS="1 32"
DATA_DIR=
while (($#)); do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --data-dir) DATA_DIR=$(realpath -m "$2"); shift 2 ;;
    *) echo "usage: bench/scale.sh [--sizes \"1000 10000 100000 1000000\"] [--duration SECONDS] [--connections \"1 32\"] [--data-dir DIR]" >&2; exit 2 ;;
  esac
done

PORT=18090
source bench/lib.sh

install_missing wrk=wrk psql=postgresql-client

build_service
start_service "$WORK/catalog.log" "$SERVICE_JVM" CATALOG_DATA_DIR="${DATA_DIR:-$WORK/postgres}" QUARKUS_HTTP_PORT=$PORT \
  "${LIMITS_OUT_OF_REACH[@]}"
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.2; done
embedded_postgres "$WORK/catalog.log"

to_ms() { awk '{v = $1; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}'; }
row() { # name connections wrk-output
  printf '| %s | %s | %s | %.0f | %s | %s | %s |\n' "$size" "$1" "$2" \
    "$(awk '/^Requests\/sec/ {print $2}' <<<"$3")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$3" | to_ms)" \
    "$(awk '$1 == "99%" {print $2}' <<<"$3" | to_ms)" \
    "$(awk '/Non-2xx/ {print $NF}' <<<"$3" | grep . || echo 0)"
}
wrk_() { # connections script url
  wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"${DURATION}s" --latency -s "$2" "$3"
}
random_path() { # name connections pattern n [base]
  row "$1" "$2" "$(PATTERN="$3" N="$4" BASE="${5:-0}" wrk_ "$2" bench/random-path.lua "http://127.0.0.1:$PORT")"
}

echo "$(date -u +%FT%TZ) on $(nproc) cores; wrk -d${DURATION}s per line, a different request each time;"
echo "the service run with $SERVICE_JVM"
echo
echo "| crates | request | connections | requests/s | p50 ms | p99 ms | non-2xx |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
measure() { # connections: one line per read
  local connections=$1
  row "list: maturity=mature, 20 after a random cursor" "$connections" \
    "$(PATH_AND_QUERY="/api/v1/crates?maturity=mature&limit=20" CATEGORIES=$categories POSITIONS=$positions \
      wrk_ "$connections" bench/random-cursor.lua "http://127.0.0.1:$PORT")"
  # offsets stop at 10,000 (deeper pages go by cursor)
  random_path "list: maturity=mature, a random page of 20 by offset" "$connections" \
    "/api/v1/crates?maturity=mature&limit=20&offset=%d" "$((mature < 10000 ? mature : 10000 - 20))"
  random_path "search: q=<random number>, first 20" "$connections" "/api/v1/crates?q=%d&limit=20" "$size"
  # two characters that start every synthetic name: read along the names' index, at any offset
  random_path "search: q=sy (two characters), 20 at a random offset" "$connections" \
    "/api/v1/crates?q=sy&limit=20&offset=%d" "$((size < 10000 ? size : 10000 - 20))"
  random_path "single crate" "$connections" "/api/v1/crates/synthetic-%06d" "$((size - 17))" 1
}

first=true
for size in $SIZES; do
  say "growing the catalog to $size crates"
  psql_ -v target="$size" -f bench/synthetic-catalog.sql
  mature=$(psql_ -At -c "select count(*) from crate where maturity = 'mature'")
  categories=$(psql_ -At -c "select count(*) from category")
  positions=$(psql_ -At -c "select max(position) from crate")
  if $first; then # the JIT compiles the read path before anything is measured
    say "warming up"
    for connections in $CONNECTIONS; do measure "$connections" >/dev/null; done
    first=false
  fi
  for connections in $CONNECTIONS; do measure "$connections"; done
done

echo "The plans of the service's statements at the largest size, as its connections run them"
echo "(plan_cache_mode=force_generic_plan: planned once, whatever the values):"
echo
echo '```'
psql_ <<'SQL'
SET plan_cache_mode = force_generic_plan;
SET max_parallel_workers_per_gather = 0;
\echo -- a page after a cursor, in document order; then the records of its rows, by key
PREPARE after_cursor(text, smallint, smallint, bigint, bigint, text) AS
  SELECT page.*, record.slug, record.body FROM (SELECT q.*, row_number() OVER () AS n FROM (
    SELECT c.id, c.category_position, c.position FROM crate c
    WHERE c.maturity = any(cast($1 AS maturity_level[])) AND (c.category_position, c.position, c.id) > ($2, $3, $4)
    ORDER BY c.category_position, c.position, c.id LIMIT $5) q) page
  CROSS JOIN LATERAL (SELECT c.slug, d.body FROM crate c JOIN crate_document d ON d.crate_id = c.id AND d.lang = $6
                      WHERE c.id = page.id LIMIT 1) record
  ORDER BY page.n;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE after_cursor('{mature}', 5, 6000, 0, 21, 'en');
\echo -- a two-letter search: names from the prefix, in their order, along one index
PREPARE short_search(text, text, bigint, int) AS
  SELECT c.id, c.category_position, c.position FROM crate c
  WHERE c.name_key >= $1 AND c.name_key < $2
  ORDER BY c.name_key, c.category_position, c.position, c.id LIMIT $3 OFFSET $4;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE short_search('sy', 'sz', 21, 9980);
\echo -- a deep page by offset
PREPARE at_offset(text, bigint, int) AS
  SELECT c.id, c.category_position, c.position FROM crate c
  WHERE c.maturity = any(cast($1 AS maturity_level[]))
  ORDER BY c.category_position, c.position, c.id LIMIT $2 OFFSET $3;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE at_offset('{mature}', 21, 20000);
\echo -- a page sorted by name, descending: read from that order, no sort
PREPARE by_name(text, bigint, int) AS
  SELECT c.id, c.category_position, c.position FROM crate c
  WHERE c.maturity = any(cast($1 AS maturity_level[]))
  ORDER BY c.name DESC, c.category_position, c.position, c.id LIMIT $2 OFFSET $3;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE by_name('{mature}', 21, 0);
\echo -- the total, counted once per filter and revision
PREPARE total(text) AS SELECT count(*) FROM crate c WHERE c.maturity = any(cast($1 AS maturity_level[]));
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE total('{mature}');
\echo -- a search: trigram matches gathered by id, then ranked; the records of the page then read as above
PREPARE search(text, text, text, bigint) AS
  SELECT c.id, c.category_position, c.position FROM crate c
  WHERE c.id = any(array(
    SELECT n.id FROM crate n WHERE n.name ILIKE $2 ESCAPE '!'
    UNION SELECT t.crate_id FROM crate_i18n t WHERE t.lang = $1 AND t.description ILIKE $2 ESCAPE '!'
    UNION SELECT p.crate_id FROM crate_point p WHERE p.id = any(array(
      SELECT pt.point_id FROM crate_point_i18n pt WHERE pt.lang = $1 AND pt.text ILIKE $2 ESCAPE '!'))))
  ORDER BY CASE WHEN lower(c.name) = $3 THEN 0 WHEN c.name ILIKE $2 ESCAPE '!' THEN 1
    WHEN c.id IN (SELECT t.crate_id FROM crate_i18n t WHERE t.lang = $1 AND t.description ILIKE $2 ESCAPE '!') THEN 2
    ELSE 3 END, c.category_position, c.position, c.id
  LIMIT $4;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE search('en', '%4242%', '4242', 21);
\echo -- a single crate: its ready record, by slug
PREPARE single(text, text) AS
  SELECT c.slug, d.body FROM unnest(cast($1 AS text[])) WITH ORDINALITY AS named (slug, n)
  JOIN crate c ON c.slug = named.slug
  JOIN crate_document d ON d.crate_id = c.id AND d.lang = $2
  ORDER BY named.n;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE single('{synthetic-004242}', 'en');
SQL
echo '```'
