#!/usr/bin/env bash
# Prints start-up time (launch to the first healthy answer, and Spring's "Started" line) and resident memory (RSS)
# after start-up and after a warm-up of requests, for the packaged jar. Usage:
#   ./mvnw -q -DskipTests package && bash .ci/measure-startup.sh demo          # embedded PostgreSQL, demo data
#   SPRING_DATASOURCE_URL=... SPRING_DATASOURCE_USERNAME=... SPRING_DATASOURCE_PASSWORD=... \
#     CDTT_ADMIN_PASSWORD=... bash .ci/measure-startup.sh production           # a PostgreSQL server
# CDS=1 launches as the Docker image does (README "Start-up time"): the jar extracted to target/cds/ and its
# class-data-sharing archive, made by docker/train-cds.sh when missing or older than the jar (about a minute).
# JAVA_OPTS adds JVM options to the measured launch.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
profile=${1:?usage: measure-startup.sh demo|production}
port=${PORT:-18080}
jar=$(ls target/cdtt-drive-*.jar | grep -v -e '-sources.jar' -e '-javadoc.jar' | head -n 1)
log=$(mktemp)
# shellcheck disable=SC2206
launch=(java ${JAVA_OPTS:-} -jar "$jar")
if [ "${CDS:-0}" = 1 ]; then
  if [ ! -f target/cds/cds/app.jsa ] || [ "$jar" -nt target/cds/cds/app.jsa ]; then
    rm -rf target/cds
    java -Djarmode=tools -jar "$jar" extract --destination target/cds --application-filename app.jar
    mkdir -p target/cds/cds
    sh docker/train-cds.sh target/cds cds/app.jsa >target/cds/training.log 2>&1 \
      || { tail -n 40 target/cds/training.log; exit 1; }
  fi
  # The archive matches only `-jar app.jar` launched from the directory of the training run.
  cd target/cds
  # shellcheck disable=SC2206
  launch=(java -XX:SharedArchiveFile=cds/app.jsa ${JAVA_OPTS:-} -jar app.jar --cdtt.data-dir="$root/.data")
fi
started=$(date +%s%N)
PORT=$port "${launch[@]}" --spring.profiles.active="$profile" >"$log" 2>&1 &
pid=$!
cd "$root"
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 1800); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
healthy=$(date +%s%N)
echo "Healthy $(( (healthy - started) / 1000000 )) ms after launch (${launch[*]})"
for _ in $(seq 1 50); do grep -q 'Started CdttApplication' "$log" && break; sleep 0.1; done
grep -o 'Started CdttApplication in [0-9.]* seconds (process running for [0-9.]*)' "$log"
rss() { awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$1/status"; }
echo "RSS after start-up: JVM $(rss $pid)"
for app in tasklist cockpit admin; do
  echo "GET /camunda/app/$app/default/ -> $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/camunda/app/$app/default/")"
done
user=${CDTT_ADMIN_USER:-admin}
password=${CDTT_ADMIN_PASSWORD:-Demo@2022cds}
for _ in $(seq 1 200); do
  curl -fsS -o /dev/null -u "$user:$password" "http://127.0.0.1:$port/engine-rest/task?maxResults=50"
  curl -fsS -o /dev/null -u "$user:$password" "http://127.0.0.1:$port/engine-rest/filter"
done
echo "RSS after 400 REST calls: JVM $(rss $pid)"
# The embedded server's postmaster runs with our data directory; its backends are its children.
postmaster=$(pgrep -f "bin/postgres -D .*" | while read -r p; do
  [ "$(readlink -f /proc/"$p"/cwd 2>/dev/null)" != "" ] && grep -qa "$(pwd)/.data/postgres" /proc/"$p"/cmdline && echo "$p"
done | head -n 1 || true)
if [ -n "$postmaster" ]; then
  total=0
  for p in $postmaster $(pgrep -P "$postmaster"); do
    kb=$(awk '/VmRSS/ {print $2}' /proc/"$p"/status 2>/dev/null || echo 0); total=$((total + kb))
  done
  echo "Embedded PostgreSQL: $((total / 1024)) MiB RSS summed over its processes (shared memory counted in each)"
fi
