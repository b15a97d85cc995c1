#!/usr/bin/env bash
# One client, this machine, reads one crate at full speed with wrk, from the service started with
# the rate limits off, with them out of reach (every request counted, none refused), and with a
# client's default quota of reads, in turn, every round. Prints the medians of requests/s, latency,
# the share of 429s and the bytes per response: what counting costs, and how cheap a refusal is.
# Not part of the tests; see bench/README.md.
#
#   bench/rate-limit.sh [--duration SECONDS] [--rounds N] [--connections N]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=10
ROUNDS=3
CONNECTIONS=32
while (($#)); do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    *) echo "usage: bench/rate-limit.sh [--duration SECONDS] [--rounds N] [--connections N]" >&2; exit 2 ;;
  esac
done

PORT=18091
URL="http://127.0.0.1:$PORT/api/v1/crates/tokio"
source bench/lib.sh

install_missing wrk=wrk
build_service

to_ms() { awk '{v = $1; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

CONFIGURATIONS=(off "out of reach" default)
settings() { # configuration: the service's settings for it
  case "$1" in
    off) echo CATALOG_RATE_LIMIT_ENABLED=false ;;
    "out of reach") echo "${LIMITS_OUT_OF_REACH[@]}" ;;
    default) ;; # 1,200 reads a minute, as application.properties ships
  esac
}

declare -A RPS P50 P99 ANSWERED REFUSED BYTES
measure() { # configuration
  # shellcheck disable=SC2046 # the settings are words
  start_service "$WORK/service.log" "$SERVICE_JVM" CATALOG_DATA_DIR="$WORK/postgres" QUARKUS_HTTP_PORT=$PORT $(settings "$1")
  local pid=${PIDS[-1]}
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 0.2; done
  wrk -t2 -c"$CONNECTIONS" -d5s "$URL" >/dev/null # the JIT compiles the path, the 429's included
  # the warm-up used the default quota up: a minute later it is whole again, as a new client's is
  [[ $1 == default ]] && sleep 60
  local out total refused
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  refused=$(awk '/Non-2xx/ {print $NF}' <<<"$out" | grep . || echo 0)
  RPS[$1]+="$(awk '/^Requests\/sec/ {print $2}' <<<"$out") "
  P50[$1]+="$(awk '$1 == "50%" {print $2}' <<<"$out" | to_ms) "
  P99[$1]+="$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms) "
  ANSWERED[$1]+="$((total - refused)) "
  REFUSED[$1]+="$(awk -v r="$refused" -v t="$total" 'BEGIN {printf "%.1f", 100 * r / t}') "
  # bytes read per response, headers included (wrk counts in units of 1024)
  BYTES[$1]+="$(awk -v n="$total" '/requests in/ {v = $5; u = 1;
    if (v ~ /GB$/) u = 1024 ^ 3; else if (v ~ /MB$/) u = 1024 ^ 2; else if (v ~ /KB$/) u = 1024;
    sub(/[KMG]?B$/, "", v); printf "%.0f", v * u / n}' <<<"$out") "
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

for ((round = 1; round <= ROUNDS; round++)); do
  for configuration in "${CONFIGURATIONS[@]}"; do
    say "round $round/$ROUNDS: rate limits $configuration"
    measure "$configuration"
  done
done

echo "$(date -u +%FT%TZ) on $(nproc) cores; wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency $URL, $ROUNDS rounds (medians)"
echo "the service run with $SERVICE_JVM"
echo
echo "| rate limits | requests/s | p50 ms | p99 ms | answered (200) | refused (429) | bytes per response |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for configuration in "${CONFIGURATIONS[@]}"; do
  printf '| %s | %.0f | %s | %s | %s | %s%% | %s |\n' "$configuration" \
    "$(median <<<"${RPS[$configuration]}")" "$(median <<<"${P50[$configuration]}")" \
    "$(median <<<"${P99[$configuration]}")" "$(median <<<"${ANSWERED[$configuration]}")" \
    "$(median <<<"${REFUSED[$configuration]}")" "$(median <<<"${BYTES[$configuration]}")"
done
