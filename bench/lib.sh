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
SERVICE_JVM="-XX:SharedArchiveFile=app-cds.jsa ${JAVA_OPTS:--Xmx160m -XX:+UseSerialGC}"

# The packaged service, built first if it is not.
build_service() {
  [[ -f target/quarkus-app/app-cds.jsa ]] || ./mvnw -B -q package -DskipTests
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
