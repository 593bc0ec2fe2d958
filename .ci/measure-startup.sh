#!/usr/bin/env bash
# Prints start-up time (JVM start to "Started", from Spring's log) and resident memory (RSS) after start-up and
# after a warm-up of requests, for the packaged jar. Usage:
#   ./mvnw -q -DskipTests package && bash .ci/measure-startup.sh demo          # embedded PostgreSQL, demo data
#   SPRING_DATASOURCE_URL=... SPRING_DATASOURCE_USERNAME=... SPRING_DATASOURCE_PASSWORD=... \
#     CDTT_ADMIN_PASSWORD=... bash .ci/measure-startup.sh production           # a PostgreSQL server
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:?usage: measure-startup.sh demo|production}
port=${PORT:-18080}
jar=$(ls target/cdtt-drive-*.jar | head -n 1)
log=$(mktemp)
PORT=$port java -jar "$jar" --spring.profiles.active="$profile" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  grep -q 'Started CdttApplication' "$log" && break
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
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
