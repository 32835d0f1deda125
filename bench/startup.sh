#!/usr/bin/env bash
# Time from launching the service to its first answered query, as a new user sees it.
#   bash bench/startup.sh            # builds the jar if needed; a cold start (empty data folder,
#                                    # schema and seeds loaded) and then a warm one (same folder)
#   DATA=./data PORT=8085 bash bench/startup.sh   # only the warm start, on a loaded folder
# Prints per run: "<cold|warm> launch-to-first-query <seconds> s", the embedded Neo4j's own start
# as logged and the ratio of the two, the schema check, and the time to stop on SIGTERM. Not a test.
# Since the service starts Neo4j while Spring builds the rest, the logged start shares the CPU
# with Spring; so between the two runs it also starts Neo4j alone on the same folder in a JVM
# of its own ("neo4j-alone", launch to ready) and prints the warm start's ratio to that too.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/vinculos.jar ] || ./mvnw -B -q -DskipTests package
port=${PORT:-18080}
# The service as the README starts it: with the class-data-sharing archive the build makes
# (target/cds), or the plain jar when there is none (-DskipCds) or JAR names another jar.
if [ -z "${JAR:-}" ] && [ -f target/cds/vinculos.jsa ]; then
  launch=(-XX:SharedArchiveFile=target/cds/vinculos.jsa -jar target/cds/vinculos.jar)
  echo "service: target/cds/vinculos.jar with its class-data-sharing archive; Neo4j alone: target/vinculos.jar, no archive"
else
  launch=(-jar "${JAR:-target/vinculos.jar}")
  echo "service: ${JAR:-target/vinculos.jar}, no class-data-sharing archive"
fi
# DATA=<folder of a loaded database>: only Neo4j alone and the warm start, on that folder (kept)
if [ -n "${DATA:-}" ]; then
  data=$DATA
  trap 'kill "$pid" 2>/dev/null || true' EXIT
else
  data=$(mktemp -d)
  trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
fi
run() {
  local label=$1 start end
  start=$(date +%s.%N)
  java "${launch[@]}" --server.port="$port" --vinculos.data-dir="$data" \
    --vinculos.embedded.bolt-port=0 > "$data/$label.log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/api/cypher" -H 'Content-Type: application/json' \
      -d '{"query":"RETURN 1 AS one"}' >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "service died: see $data/$label.log"; tail -20 "$data/$label.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  local total neo4j
  total=$(echo "$end - $start" | bc)
  printf '%s launch-to-first-query %.1f s\n' "$label" "$total"
  [ "$label" = warm ] && warm_s=$total
  # Neo4j's own start, as the service logs it ("Embedded Neo4j started in N ms"), and the ratio
  neo4j=$(sed -n 's/.*Embedded Neo4j started in \([0-9][0-9]*\) ms.*/\1/p' "$data/$label.log" | head -1)
  if [ -n "$neo4j" ]; then
    printf '%s embedded-neo4j-start %.1f s (launch-to-first-query is %.2fx that)\n' "$label" \
      "$(echo "$neo4j / 1000" | bc -l)" "$(echo "$total * 1000 / $neo4j" | bc -l)"
  fi
  grep -o 'Schema up to date.*' "$data/$label.log" | sed "s/^/$label /" || true
  local t0=$(date +%s.%N)
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  printf '%s shutdown-on-SIGTERM %.2f s\n' "$label" "$(echo "$(date +%s.%N) - $t0" | bc)"
}
alone() {
  local start end
  start=$(date +%s.%N)
  java -cp "${JAR:-target/vinculos.jar}" -Dloader.main=mx.vinculos.embedded.EmbeddedNeo4j \
    org.springframework.boot.loader.launch.PropertiesLauncher "$data" > "$data/alone.log" 2>&1 &
  pid=$!
  until grep -q 'Embedded Neo4j started in' "$data/alone.log"; do
    kill -0 "$pid" 2>/dev/null || { echo "Neo4j alone died: see $data/alone.log"; tail -20 "$data/alone.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  wait "$pid" 2>/dev/null || true
  alone_s=$(echo "$end - $start" | bc)
  printf 'neo4j-alone launch-to-ready %.1f s (its own log: %.1f s)\n' "$alone_s" \
    "$(echo "$(sed -n 's/.*Embedded Neo4j started in \([0-9][0-9]*\) ms.*/\1/p' "$data/alone.log" | head -1) / 1000" | bc -l)"
}
[ -n "${DATA:-}" ] || run cold
alone
run warm
printf 'warm launch-to-first-query is %.2fx neo4j-alone launch-to-ready\n' "$(echo "$warm_s / $alone_s" | bc -l)"
