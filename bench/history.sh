#!/usr/bin/env bash
# Reads of the catalog as it was at a past revision (asOf, V17), after a long history: grows the
# catalog to 10,000 crates (bench/synthetic-catalog.sql), records 100,000 curators' writes to them
# (bench/history-writes.sql), each its own revision, then reports how long that took, how large the
# kept versions and the change log grew, how asOf reads fare beside the same reads of the current
# catalog (with one client and with many), diffs between revisions, and the plans PostgreSQL uses
# for the asOf statements (generic plans, as the service's connections use).
#
#   bench/history.sh [--crates 10000] [--writes 100000] [--statements few|api] [--api-sample 0]
#                    [--duration SECONDS] [--connections "1 32"] [--data-dir DIR] [--keep-log FILE]
#
# Every asOf request names a random revision of the history (and a random page or crate), so that it
# misses the response snapshots, where answers of past revisions are kept for good. --statements
# chooses how a write is recorded (see bench/history-writes.sql): few (the default) changes only
# what differs; api runs the ~30 statements of the API's write, about fifteen times slower.
# --api-sample N records the last N of the writes as the API runs them, to time those with the
# history at its full length. With --data-dir the service keeps its PostgreSQL there: a history
# recorded once serves later runs, and only the writes missing up to --writes are recorded.
# --keep-log copies the service's log there at the end (the migrations it ran at start, any error).
set -euo pipefail
cd "$(dirname "$0")/.."

CRATES=10000
WRITES=100000
STATEMENTS=few
API_SAMPLE=0
DURATION=8
CONNECTIONS="1 32"
DATA_DIR=
KEEP_LOG=
usage="usage: bench/history.sh [--crates N] [--writes N] [--statements few|api] [--api-sample N] [--duration SECONDS] [--connections \"1 32\"] [--data-dir DIR] [--keep-log FILE]"
while (($#)); do
  case "$1" in
    --crates) CRATES=$2; shift 2 ;;
    --writes) WRITES=$2; shift 2 ;;
    --statements) STATEMENTS=$2; shift 2 ;;
    --api-sample) API_SAMPLE=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --data-dir) DATA_DIR=$(realpath -m "$2"); shift 2 ;;
    --keep-log) KEEP_LOG=$(realpath -m "$2"); shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
[[ $STATEMENTS == few || $STATEMENTS == api ]] || { echo "$usage" >&2; exit 2; }

PORT=18094
source bench/lib.sh

SERVICE_PID=
trap 'stop_service "$SERVICE_PID" "${DATA_DIR:-$WORK/postgres}"; [[ -z $KEEP_LOG ]] || cp "$WORK/catalog.log" "$KEEP_LOG" 2>/dev/null || true; cleanup' EXIT

install_missing wrk=wrk psql=postgresql-client jstat=openjdk-17-jdk-headless

build_service
start_service "$WORK/catalog.log" "$SERVICE_JVM" CATALOG_DATA_DIR="${DATA_DIR:-$WORK/postgres}" QUARKUS_HTTP_PORT=$PORT \
  "${LIMITS_OUT_OF_REACH[@]}"
SERVICE_PID=${PIDS[-1]}
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$WORK/catalog.log" >&2; exit 1; }
  sleep 0.2
done
sample_memory "$SERVICE_PID"
embedded_postgres "$WORK/catalog.log"
load() { awk '{print $1, $2, $3}' /proc/loadavg; }

echo "$(date -u +%FT%TZ) on $(nproc) cores; the service run with $SERVICE_JVM"
echo
# the migrations the service ran at start (Flyway's lines), with their time
migrations=$(grep -aE 'Migrating schema|Successfully applied|Schema .* is up to date' "$WORK/catalog.log" |
  sed -E 's/^([0-9-]+ [0-9:,.]+).*(Migrating|Successfully|Schema)/\1 \2/' || true)
if [[ -n $migrations ]]; then
  printf 'Migrations at the service'"'"'s start:\n\n```\n%s\n```\n' "$migrations"
else
  echo "Migrations at the service's start: none to run."
fi
echo

say "growing the catalog to $CRATES crates"
psql_ -v target="$CRATES" -f bench/synthetic-catalog.sql
# The history needs every record's open version. synthetic-catalog.sql fills the tables the records
# are read from with triggers off, then assembles the records with them on, so the versions are
# written; should they not be, they are opened at the current revision here, once.
unversioned=$(psql_ -At -c "select count(*) from crate_document d where not exists (
  select from crate_record_version v where v.crate_id = d.crate_id and v.lang = d.lang and upper_inf(v.revisions))")
if ((unversioned)); then
  say "opening the versions of $unversioned records the catalog's growth left without one"
  psql_ -c "insert into crate_record_version
    select d.crate_id, d.lang, int8range((select revision from dataset), null), c.slug, c.category_position, c.position, d.body
    from crate_document d join crate c on c.id = d.crate_id
    where not exists (select from crate_record_version v
                      where v.crate_id = d.crate_id and v.lang = d.lang and upper_inf(v.revisions))"
fi
echo "Records without an open version after the catalog grew: $unversioned."

record() { # count statements: that many writes, timed
  local count=$1 statements=$2 started elapsed
  ((count > 0)) || return 0
  say "recording $count writes ($statements statements each), load average $(load)"
  started=$(date +%s%N)
  psql_ -v writes="$count" -v statements="$statements" -f bench/history-writes.sql 2>"$WORK/writes.log"
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  say "recorded in $((elapsed / 1000)) s, load average $(load)"
  echo
  echo "$count writes recorded ($statements statements each, one transaction and revision each) in" \
    "$(awk -v ms=$elapsed 'BEGIN {printf "%.1f s", ms / 1000}'): $(awk -v ms=$elapsed -v n="$count" \
    'BEGIN {printf "%.2f ms a write, %.0f writes/s", ms / n, n * 1000 / ms}'); load average after: $(load)."
  echo "Progress (writes, and seconds since the first): $(sed -n 's/.*NOTICE: *\([0-9]*\) writes in \([0-9.]*\) s/\1 in \2 s/p' \
    "$WORK/writes.log" | paste -sd ';' | sed 's/;/; /g')."
}
recorded=$(psql_ -At -c "select count(*) from change where actor = 'bench'")
remaining=$((WRITES > recorded ? WRITES - recorded : 0))
sample=$((API_SAMPLE < remaining ? API_SAMPLE : remaining))
((recorded == 0)) || { echo; echo "$recorded writes were recorded before (--data-dir)."; }
record $((remaining - sample)) "$STATEMENTS"
# the last writes as the API runs them: what a write costs with the history at its full length
record "$sample" api
say "vacuuming and analyzing, as autovacuum would"
psql_ -c "VACUUM ANALYZE"

first=$(psql_ -At -c "select coalesce(min(revision) - 1, (select revision from dataset)) from change where actor = 'bench'")
last=$(psql_ -At -c "select revision from dataset")
mature=$(psql_ -At -c "select count(*) from crate where maturity = 'mature'")
echo
echo "History: revisions $first (the catalog grown, before the first write) to $last; kept since" \
  "$(psql_ -At -c "select min(revision) from dataset_revision"). Crates: $(psql_ -At -c "select count(*) from crate"), $mature of them mature now."
echo
echo "| table | rows | total MB (heap, TOAST, indexes) | heap MB | indexes MB |"
echo "| --- | ---: | ---: | ---: | ---: |"
for table in crate_record_version category_record_version change dataset_revision crate_document; do
  psql_ -At -c "select format('| %s | %s | %s | %s | %s |', '$table', (select count(*) from $table),
    round(pg_total_relation_size('$table') / 1048576.0, 1), round(pg_relation_size('$table') / 1048576.0, 1),
    round(pg_indexes_size('$table') / 1048576.0, 1))"
done
echo
echo "| index | MB |"
echo "| --- | ---: |"
psql_ -At -c "select format('| %s | %s |', indexrelid::regclass, round(pg_relation_size(indexrelid) / 1048576.0, 1))
  from pg_index where indrelid in ('crate_record_version'::regclass, 'category_record_version'::regclass,
                                   'change'::regclass, 'dataset_revision'::regclass)
  order by indrelid::regclass::text, indexrelid::regclass::text"
echo
echo "Versions per record: $(psql_ -At -c "select format('%s on average, %s at most (crate records, both languages)',
  round(avg(n), 1), max(n)) from (select count(*) n from crate_record_version group by crate_id, lang) v")."

to_ms() { awk '{v = $1; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}'; }
# the answers by status where the read counted them ("status N COUNT" lines), else wrk's non-2xx
answers() {
  if grep -q '^status ' <<<"$1"; then
    awk '$1 == "status" {print $2, $3}' <<<"$1" | sort -n | awk '{printf "%s%s × %s", (NR > 1 ? ", " : ""), $1, $2}'
  else
    echo "non-2xx: $(awk '/Non-2xx/ {print $NF}' <<<"$1" | grep . || echo 0)"
  fi
}
# bytes read per answer, headers included: "N requests in Ts, X MB read"
bytes() {
  awk '/requests in .* read$/ {n = $1; v = $(NF - 1); u = v; sub(/[0-9.]+/, "", u); sub(/[A-Za-z]+$/, "", v)
    m = u == "KB" ? 1024 : u == "MB" ? 1048576 : u == "GB" ? 1073741824 : 1
    if (n > 0) printf "%.0f", v * m / n; else printf "-"}' <<<"$1"
}
# the heap's highest (MB), RSS's highest (MB) and the full GCs over the samples from line $1 and $2 on
memory() {
  printf '%s | %s' "$(awk -v from="$1" '
    $1 == "S0C" {for (i = 1; i <= NF; i++) col[$i] = i; next}
    !("OU" in col) || $1 !~ /^[0-9.]+$/ {next}
    NR <= from {base = $col["FGC"]; next}
    {used = ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024; if (used > heap) heap = used
     if (base == "") base = $col["FGC"]; last = $col["FGC"]}
    END {if (last == "") printf "- | -"; else printf "%.0f | %d", heap, last - base}' "$WORK/gc.log")" \
    "$(awk -v from="$2" 'NR > from && $1 > m {m = $1} END {if (m) printf "%.0f", m / 1024; else printf "-"}' "$WORK/rss.log")"
}
row() { # name connections wrk-output gc-line rss-line [note]
  printf '| %s | %s | %.0f | %s | %s | %s | %s | %s | %s |\n' "$1${6:+ ($6)}" "$2" \
    "$(awk '/^Requests\/sec/ {print $2}' <<<"$3")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$3" | to_ms)" \
    "$(awk '$1 == "99%" {print $2}' <<<"$3" | to_ms)" \
    "$(answers "$3")" \
    "$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$3" | grep . || echo 0)" \
    "$(bytes "$3")" \
    "$(memory "$4" "$5")"
}
answering=true
random() { # name connections pattern ranges [sorted] [statuses]
  if ! $answering; then
    printf '| %s | %s | not measured: the service had stopped answering | | | | | | | | |\n' "$1" "$2"
    return
  fi
  local gc_from rss_from output note=
  gc_from=$(wc -l <"$WORK/gc.log")
  rss_from=$(wc -l <"$WORK/rss.log")
  # wrk ends by itself after its duration; should it not, SIGINT (which makes it report) 40 s later
  output=$(PATTERN="$3" RANGES="$4" SORTED="${5:-0}" STATUSES="${6:-0}" timeout -s INT -k 10 $((DURATION + 40)) \
    wrk -t"$(($2 < 2 ? 1 : 2))" -c"$2" -d"${DURATION}s" --timeout 30s --latency -s bench/random-past.lua \
    "http://127.0.0.1:$PORT") || note="wrk cut after $((DURATION + 40)) s"
  row "$1" "$2" "$output" "$gc_from" "$rss_from" "$note"
  # a read that leaves the service unable to answer ends the measurements
  if [[ $(curl -s -m 30 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready") != 200 ]]; then
    answering=false
    say "the service no longer answers after: $1, $2 connections"
  fi
}
offsets="0:$(( (mature < 10000 ? mature : 10000) - 20 ))"
synthetic="1:$((CRATES - 17))"
measure() { # connections: the asOf reads, each beside the same read of the current catalog
  local c=$1
  random "list asOf a random revision: maturity=mature, 20 at a random offset" "$c" \
    "/api/v1/crates?asOf=%d&maturity=mature&limit=20&offset=%d" "$first:$last,$offsets"
  random "list now: maturity=mature, 20 at a random offset" "$c" \
    "/api/v1/crates?maturity=mature&limit=20&offset=%d" "$offsets"
  random "single crate asOf a random revision" "$c" "/api/v1/crates/synthetic-%06d?asOf=%d" "$synthetic,$first:$last"
  random "single crate now" "$c" "/api/v1/crates/synthetic-%06d" "$synthetic"
  random "categories now (one answer: a snapshot hit)" "$c" "/api/v1/categories" "0:0" 0 1
  # last: each holds every crate of its revision in memory, and many at once can exhaust the heap
  random "categories asOf a random revision" "$c" "/api/v1/categories?asOf=%d" "$first:$last" 0 1
}
first_answer() { # path: the first answer of a read of the current catalog, before any snapshot of it
  curl -s -m 60 -o /dev/null -w '%{http_code} in %{time_total} s, %{size_download} bytes' "http://127.0.0.1:$PORT$1" || true
}
heavy() { # one client: reads of the whole catalog at a revision, or between two
  random "diff between two random revisions" 1 "/api/v1/diff?from=%d&to=%d" "$first:$last,$first:$last" 1 1
  if ((last - first > 1000)); then
    random "diff between revisions 1,000 apart" 1 "/api/v1/diff?from=%d&to=%d" "$first:$((last - 1000)),+1000:1000" 0 1
  fi
  random "export byor-csv asOf a random revision" 1 "/api/v1/exports/byor-csv?asOf=%d" "$first:$last" 0 1
}
documents() { # one client, last: the dataset's document (every category and crate, every language)
  # and its description, which carries the document's digest; the current ones are snapshot hits
  # once answered. At 10,000 crates each takes longer than a transaction may (15 s) and can exhaust
  # the heap, after which the service may stop answering.
  $answering || return 0
  FIRST_ANSWERS+=("exports/dataset now: $(first_answer /api/v1/exports/dataset)")
  random "export dataset now" 1 "/api/v1/exports/dataset" "0:0" 0 1
  random "export dataset asOf a random revision" 1 "/api/v1/exports/dataset?asOf=%d" "$first:$last" 0 1
  ! $answering || FIRST_ANSWERS+=("dataset: $(first_answer /api/v1/dataset)")
  random "dataset (its description and digest) now" 1 "/api/v1/dataset" "0:0" 0 1
}
FIRST_ANSWERS=()

say "warming up, load average $(load)"
DURATION=3 measure 1 >/dev/null
say "measuring, load average $(load)"
echo
echo "wrk -d${DURATION}s per line (-t1 for one connection, -t2 otherwise), each request a different revision, page or"
echo "crate. Load average before the reads: $(load)."
echo
echo "| read | connections | requests/s | p50 ms | p99 ms | answers | socket errors | bytes an answer | heap max MB | full GCs | RSS max MB |"
echo "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |"
heavy_done=false
for connections in $CONNECTIONS; do
  measure "$connections"
  # the reads of one client that read the whole catalog, before many clients load the service
  if ! $heavy_done; then heavy; heavy_done=true; fi
done
documents
echo
echo "Load average after the reads: $(load). The service's log holds $(grep -c 'OutOfMemoryError' "$WORK/catalog.log" || true)" \
  "lines naming an OutOfMemoryError; it $($answering && echo still answers || echo no longer answers)." \
  "Its peak RSS (VmHWM): $(awk '/^VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$SERVICE_PID/status" 2>/dev/null || echo unknown)."
echo "Lines of its log at level ERROR: $(grep -ac ' ERROR ' "$WORK/catalog.log" || true)."
for answer in "${FIRST_ANSWERS[@]}"; do echo "First answer of $answer."; done
echo

middle=$(( (first + last) / 2 ))
echo "The plans of the asOf statements at revision $middle, as the service's connections run them"
echo "(plan_cache_mode=force_generic_plan: planned once, whatever the values):"
echo
echo '```'
psql_ -v at="$middle" -v other="$((middle + 1000))" <<'SQL'
SET plan_cache_mode = force_generic_plan;
SET max_parallel_workers_per_gather = 0;
\pset format unaligned
\pset tuples_only on
\echo -- a page of crates as they were: the versions open at the revision, filtered, in document order
PREPARE page(bigint, text, text, text, text, text, int, int) AS
  SELECT v.slug, v.body FROM crate_record_version v
  WHERE v.revisions @> cast($1 AS bigint) AND v.lang = $2
    AND v.body->>'maturity' = any(cast($3 AS text[])) AND v.body->>'ring' = any(cast($4 AS text[]))
    AND (cardinality(cast($5 AS text[])) = 0 OR v.body->'category'->>'slug' = any(cast($6 AS text[])))
  ORDER BY v.category_position, v.position, v.crate_id LIMIT $7 OFFSET $8;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON)
  EXECUTE page(:at, 'en', '{mature}', '{adopt,trial,assess,hold}', '{}', '{}', 20, 1000);
\echo -- the total of the page
PREPARE total(bigint, text, text, text, text, text) AS
  SELECT count(*) FROM crate_record_version v
  WHERE v.revisions @> cast($1 AS bigint) AND v.lang = $2
    AND v.body->>'maturity' = any(cast($3 AS text[])) AND v.body->>'ring' = any(cast($4 AS text[]))
    AND (cardinality(cast($5 AS text[])) = 0 OR v.body->'category'->>'slug' = any(cast($6 AS text[])));
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON)
  EXECUTE total(:at, 'en', '{mature}', '{adopt,trial,assess,hold}', '{}', '{}');
\echo -- a single crate as it was
PREPARE single(bigint, text, text) AS
  SELECT v.slug, v.body FROM crate_record_version v
  WHERE v.revisions @> cast($1 AS bigint) AND v.lang = $2 AND v.slug = $3;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE single(:at, 'en', 'synthetic-004242');
\echo -- the categories as they were; then every crate of then, for their lists
PREPARE categories(bigint, text) AS
  SELECT slug, body FROM category_record_version
  WHERE revisions @> cast($1 AS bigint) AND lang = $2 ORDER BY position;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE categories(:at, 'en');
PREPARE category_crates(bigint, text) AS
  SELECT body->'category'->>'slug', slug, body->>'name', body->>'maturity', body->>'ring'
  FROM crate_record_version WHERE revisions @> cast($1 AS bigint) AND lang = $2
  ORDER BY category_position, position, crate_id;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE category_crates(:at, 'en');
\echo -- a diff: the records of one revision that the other does not share, each way (here 1000 revisions apart)
PREPARE diff(bigint, bigint) AS
  SELECT slug, lang, body FROM crate_record_version
  WHERE revisions @> cast($1 AS bigint) AND NOT revisions @> cast($2 AS bigint)
  ORDER BY category_position, position, crate_id, lang;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE diff(:at, :other);
\echo -- the ring entries of an export: every version up to the revision of every crate exported
PREPARE entries(text, bigint, text) AS
  SELECT w.slug, w.ring, w.revision, r.reached_at, w.description FROM (
    SELECT v.slug, v.body->>'ring' AS ring, lower(v.revisions) AS revision,
           coalesce(v.body->>'positioning', v.body->>'summary') AS description,
           lag(v.body->>'ring') OVER (PARTITION BY v.slug ORDER BY lower(v.revisions)) AS previous
    FROM crate_record_version v
    WHERE v.lang = $1 AND lower(v.revisions) <= $2 AND v.slug = any(cast($3 AS text[]))) w
  JOIN dataset_revision r ON r.revision = w.revision
  WHERE w.previous IS DISTINCT FROM w.ring ORDER BY w.slug, w.revision;
SELECT array_agg(slug)::text AS slugs FROM crate \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE entries('en', :at, :'slugs');
SQL
echo '```'
