#!/bin/sh
# Class-data-sharing training run for the extracted application (Spring Boot's CDS recipe): starts the application
# up to the end of its context refresh and writes the JVM's archive of every class loaded so far.
#   train-cds.sh <directory holding app.jar and lib/> <archive, relative to that directory>
# The run needs a database (Flyway, Hibernate and Camunda all start during the refresh). It uses the embedded
# PostgreSQL (cdtt.embedded-db) on a throw-away data directory, so an image build needs no database server; the
# archive holds classes, never data. Run it as a non-root user (PostgreSQL refuses root), with the same JVM and
# the same `-jar app.jar` from the same directory as the real launches, or the JVM ignores the archive.
set -eu
cd "$1"
archive=$2
work=$(mktemp -d)
stop_postgres() {
  # spring.context.exit=onRefresh halts the JVM without running shutdown hooks, so the embedded server outlives it.
  for pid_file in "$work"/epg*/postmaster.pid; do
    [ -f "$pid_file" ] || continue
    pid=$(head -n 1 "$pid_file")
    kill -INT "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  done
  rm -rf "$work"
}
trap stop_postgres EXIT
mkdir -p "$(dirname "$archive")"
rm -f "$archive"
# A throw-away admin password: the database it lands in is deleted at the end of this script.
if ! env -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE CDTT_ADMIN_PASSWORD="Cds-Training-$(date +%s)" \
  java -Djava.io.tmpdir="$work" -Xlog:cds=error -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh \
  -jar app.jar --cdtt.embedded-db.enabled=true --cdtt.embedded-db.data-dir= --server.port=0; then
  # The JVM writes an archive even when the start failed; it would hold only part of the classes.
  rm -f "$archive"
  echo "CDS training run failed" >&2
  exit 1
fi
test -s "$archive"
echo "CDS archive written: $(pwd)/$archive"
