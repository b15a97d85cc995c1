#!/usr/bin/env bash
# Floods the service with the reads that used to exhaust its memory: REQUESTS distinct anonymous
# GETs, each with a ~3.8 KB valid-looking query and a ~15 KB Accept-Encoding (bench/hostile.lua),
# and prints what that did to it as Markdown: the answers by status (5xx must be 0; 429 is the rate
# limiter refusing the flood), the heap, full GCs and RSS before, during and after, and the
# latency of ordinary uncached reads before, during and after. Not part of the tests; see
# bench/README.md.
#
#   bench/hostile.sh [--shape refused|valid] [--requests N] [--connections N] [--limit SECONDS]
#                    [--setting NAME=VALUE]...
#
# --shape refused (the default) sends the reads that exhausted memory before (unknown parameters,
# over-long lists of values); --shape valid sends distinct reads the API accepts and answers in full
# (compare and exports in random orders), each one a new snapshot.
#
# --setting passes a setting to the service, as the environment would (repeatable), e.g.
# --setting CATALOG_RATE_LIMIT_ENABLED=false to measure memory with no limiter in the way;
# JAVA_OPTS replaces the README's JVM options (-Dname=value included). --limit bounds the flood.
set -euo pipefail
cd "$(dirname "$0")/.."

SHAPE=refused
REQUESTS=50000
CONNECTIONS=16
LIMIT=210
SETTINGS=()
while (($#)); do
  case "$1" in
    --shape) SHAPE=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --limit) LIMIT=$2; shift 2 ;;
    --setting) SETTINGS+=("$2"); shift 2 ;;
    *) echo "usage: bench/hostile.sh [--shape refused|valid] [--requests N] [--connections N] [--limit SECONDS] [--setting NAME=VALUE]..." >&2; exit 2 ;;
  esac
done

PORT=18093
PROBE_SECONDS=10
source bench/lib.sh

SERVICE_PID=
trap 'stop_service "$SERVICE_PID" "$WORK/postgres"; cleanup' EXIT

install_missing wrk=wrk jstat=openjdk-17-jdk-headless

if curl -s -m 2 -o /dev/null "http://127.0.0.1:$PORT/"; then
  say "something already answers on port $PORT"
  exit 1
fi
build_service
start_service "$WORK/catalog.log" "$SERVICE_JVM" \
  CATALOG_DATA_DIR="$WORK/postgres" QUARKUS_HTTP_PORT=$PORT ${SETTINGS[@]+"${SETTINGS[@]}"}
SERVICE_PID=${PIDS[-1]}
deadline=$((SECONDS + 120))
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
  if ((SECONDS > deadline)) || ! kill -0 "$SERVICE_PID" 2>/dev/null; then
    say "the service did not start; its log:"
    tail -20 "$WORK/catalog.log" >&2
    exit 1
  fi
  sleep 0.2
done

sample_memory "$SERVICE_PID"
# a phase's samples are the lines the logs gained while it ran
declare -A FROM_GC FROM_RSS TO_GC TO_RSS
begin() { FROM_GC[$1]=$(wc -l <"$WORK/gc.log"); FROM_RSS[$1]=$(wc -l <"$WORK/rss.log"); }
end() { TO_GC[$1]=$(wc -l <"$WORK/gc.log"); TO_RSS[$1]=$(wc -l <"$WORK/rss.log"); }

probe() { # seconds: ordinary reads that miss the snapshots, a fresh crates?q=<number> each time
  PATTERN="/api/v1/crates?q=%d" N=900000 BASE=100000 \
    wrk -t1 -c4 -d"$1s" --latency -s bench/random-path.lua "http://127.0.0.1:$PORT"
}

say "warming up"
begin idle
probe 5 >/dev/null
end idle

say "ordinary reads before the flood"
begin before
BEFORE=$(probe $PROBE_SECONDS)
end before

say "flooding with $REQUESTS hostile reads (at most ${LIMIT} s)"
begin flood
flood_start=$(date +%s%N)
mkdir "$WORK/finished"
SHAPE=$SHAPE REQUESTS=$REQUESTS THREADS=2 FINISHED="$WORK/finished" wrk -t2 -c"$CONNECTIONS" -d"${LIMIT}s" \
  --timeout 10s -s bench/hostile.lua "http://127.0.0.1:$PORT" >"$WORK/flood.txt" 2>&1 &
FLOOD_PID=$!
PIDS+=("$FLOOD_PID")
sleep 3
DURING=$(probe $PROBE_SECONDS)
# once both threads have had their share, SIGINT ends wrk's wait for its duration, report and all
while kill -0 "$FLOOD_PID" 2>/dev/null && (($(ls "$WORK/finished" | wc -l) < 2)); do sleep 0.5; done
kill -INT "$FLOOD_PID" 2>/dev/null || true
wait "$FLOOD_PID" || true
FLOOD_SECONDS=$(awk -v ns=$(($(date +%s%N) - flood_start)) 'BEGIN {printf "%.1f", ns / 1e9}')
end flood

say "ordinary reads after the flood"
sleep 2
begin after
AFTER=$(probe $PROBE_SECONDS)
end after

READY=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready" || true)
[[ $READY != 000 && -n $READY ]] || READY="no answer within 10 s"
HEAP_INFO=$(timeout 20 jcmd "$SERVICE_PID" GC.heap_info 2>&1 | grep generation | sed 's/^ *//' || true)
PEAK_RSS_MB=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE_PID/status" 2>/dev/null || echo "?")
OOM=$(grep -ac OutOfMemoryError "$WORK/catalog.log" || true)

# --- the report ----------------------------------------------------------------------------------
to_ms() { awk '{v = $1; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}'; }
latency_row() { # name wrk-output
  printf '| %s | %.0f | %s | %s | %s | %s |\n' "$1" \
    "$(awk '/^Requests\/sec/ {print $2}' <<<"$2")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$2" | to_ms)" \
    "$(awk '$1 == "99%" {print $2}' <<<"$2" | to_ms)" \
    "$(awk '/Non-2xx/ {print $NF}' <<<"$2" | grep . || echo 0)" \
    "$(awk -F'[ ,]+' '/Socket errors/ {print $5 + $7 + $9 + $11}' <<<"$2" | grep . || echo 0)"
}
memory_row() { # name phase: the heap's and RSS's highest, and the full GCs, over the phase's samples
  local gc
  gc=$(awk -v from="${FROM_GC[$2]}" -v to="${TO_GC[$2]}" '
    $1 == "S0C" {for (i = 1; i <= NF; i++) col[$i] = i; next}
    !("OU" in col) || $1 !~ /^[0-9.]+$/ {next}
    NR <= from {base = $col["FGC"]; next}
    NR <= to {
      used = ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024
      if (used > heap) heap = used
      if ($col["OU"] / 1024 > old) old = $col["OU"] / 1024
      if (base == "") base = $col["FGC"]
      last = $col["FGC"]
    }
    END {printf "%.0f | %.0f | %d", heap, old, last - base}' "$WORK/gc.log")
  printf '| %s | %s | %s |\n' "$1" "$gc" \
    "$(awk -v from="${FROM_RSS[$2]}" -v to="${TO_RSS[$2]}" 'NR > from && NR <= to && $1 > m {m = $1} END {printf "%.0f", m / 1024}' "$WORK/rss.log")"
}
count() { awk -v s="$1" '$1 == "status" && $2 == s {print $3}' "$WORK/flood.txt" | grep . || echo 0; }
fivexx=$(awk '$1 == "status" && $2 >= 500 {n += $3} END {print n + 0}' "$WORK/flood.txt")
answered=$(awk '$1 == "status" {n += $3} END {print n + 0}' "$WORK/flood.txt")

echo "$(date -u +%FT%TZ) on $(nproc) cores; the service run with $SERVICE_JVM" \
  "${SETTINGS[*]:+and ${SETTINGS[*]}}"
echo
if [[ $SHAPE == valid ]]; then
  echo "Flood: wrk -t2 -c$CONNECTIONS with bench/hostile.lua, $REQUESTS distinct valid GETs (compare of 2-10"
  echo "crates and exports by 2-8 categories, in random orders, en or zh; ~15 KB Accept-Encoding):"
else
  echo "Flood: wrk -t2 -c$CONNECTIONS with bench/hostile.lua, $REQUESTS distinct GETs (~3.8 KB query,"
  echo "~15 KB Accept-Encoding) over crates, exports/byor-json, crates/tokio, categories and compare:"
fi
echo "$answered of $REQUESTS answered in $FLOOD_SECONDS s;" \
  "$(grep -a 'Socket errors' "$WORK/flood.txt" | sed 's/^ *//' || echo 'no socket errors')."
echo
echo "| status | answers |"
echo "| --- | ---: |"
awk '$1 == "status" {print $2, $3}' "$WORK/flood.txt" | sort -n | while read -r status n; do
  echo "| $status | $n |"
done
echo "| 429 (rate limited) | $(count 429) |"
echo "| 5xx (must be 0) | $fivexx |"
echo
echo "| phase | heap used, max MB | old generation, max MB | full GCs | RSS, max MB |"
echo "| --- | ---: | ---: | ---: | ---: |"
memory_row "started, warming up" idle
memory_row "ordinary reads before" before
memory_row "the flood" flood
memory_row "ordinary reads after" after
echo
echo "Peak RSS (VmHWM) $PEAK_RSS_MB MB (the README promises under 300 MB); OutOfMemoryError in the"
echo "service's log: $OOM; /q/health/ready after the flood: $READY. Heap at the end (jcmd GC.heap_info):"
echo
echo '```'
echo "$HEAP_INFO"
echo '```'
echo
echo "Ordinary uncached reads, crates?q=<a fresh number> (wrk -t1 -c4, $PROBE_SECONDS s each):"
echo
echo "| when | requests/s | p50 ms | p99 ms | non-2xx | socket errors and timeouts |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
latency_row before "$BEFORE"
latency_row "during the flood" "$DURING"
latency_row after "$AFTER"
