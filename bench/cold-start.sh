#!/usr/bin/env bash
# Cold starts of the jar (a measurement, not a test): each run is a new JVM, as a user starts it.
#   1. `check` of one document (demo/traject-2017-vmr2-bbl-onder-16-fout.json), the rules unchanged since the last run;
#   2. `check` of one unreadable document (a trajectory cut short);
#   3. `serve`: from launch to /actuator/health/readiness answering 200, on a fresh H2 database each time.
# Before the measured runs, one run of each fills what the jar keeps between runs (compiled rules, the note that the
# fixtures passed): "unchanged since the last run". The jar runs in an empty folder of its own (MODE=bundled: the jar
# alone, its bundled rules and fixtures) or beside copies of rules/ and test-fixtures/ (MODE=folder, which a jar
# without bundled rules for serve needs); XDG_CACHE_HOME points into that folder, so the user's cache is never used.
#
#   mvn -B -ntp package -DskipTests && bench/cold-start.sh                  # from the repository root
#   JAR=/tmp/before/routetoets.jar MODE=folder bench/cold-start.sh          # another build, for before and after
#
# Prints per row the median, lowest and highest of RUNS runs: wall time and CPU time (user + system; for serve, of
# the process up to ready), the load average before the row, and the floor: `--help` of the same jar (JVM start,
# the jar's launcher, the command line). Environment: JAR (target/routetoets.jar), MODE (bundled), RUNS (7), PORT (18090).
set -euo pipefail
JAR=$(realpath "${JAR:-target/routetoets.jar}")
MODE=${MODE:-bundled}
RUNS=${RUNS:-7}
PORT=${PORT:-18090}
DOC=demo/traject-2017-vmr2-bbl-onder-16-fout.json
[ -f "$JAR" ] || { echo "build first: mvn -B -ntp package -DskipTests" >&2; exit 2; }
command -v curl >/dev/null || { echo "needs curl" >&2; exit 2; }

WORK=$(mktemp -d)
SERVER=
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
cp "$JAR" "$WORK/routetoets.jar"
cp "$DOC" "$WORK/document.json"
printf '{"type": "trajectory", "id": "S-1", "asOf": "2020-08-01", "birthDate": ' > "$WORK/unreadable.json"
if [ "$MODE" = folder ]; then cp -r rules test-fixtures "$WORK/"; fi
cd "$WORK"
export XDG_CACHE_HOME="$WORK/cache"
unset ROUTETOETS_CACHE ROUTETOETS_RULES ROUTETOETS_FIXTURES
TICK=$(getconf CLK_TCK)

# median, lowest and highest of the numbers on standard input
stats() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f (%.2f–%.2f)", m, a[1], a[NR]}'; }

# one row: label, then the command; each run's wall and CPU seconds from /usr/bin/time
row() {
  local label=$1; shift
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  "$@" >/dev/null 2>&1 || true # the run that fills what is kept between runs
  : > walls; : > cpus
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %U %S' -o t.txt "$@" >/dev/null 2>&1 || true
    read -r wall user sys < <(tail -1 t.txt) # the last line: before it, time notes a non-zero exit
    echo "$wall" >> walls
    echo "$user + $sys" | bc >> cpus
  done
  printf '%-58s wall %s s   CPU %s s   (load %s)\n' "$label" "$(stats < walls)" "$(stats < cpus)" "$load"
}

# the service from launch to ready; its CPU time read from /proc at that moment
serve_once() {
  rm -rf db*
  local start ready
  start=$(date +%s.%N)
  ROUTETOETS_ADMIN_USER=bench ROUTETOETS_ADMIN_PASSWORD=bench-password-$$ java -jar routetoets.jar serve --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$WORK/db" --logging.level.nl.routetoets.access=WARN > server.log 2>&1 &
  SERVER=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null; do
    kill -0 "$SERVER" 2>/dev/null || { cat server.log >&2; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s.%N)
  read -r -a stat < "/proc/$SERVER/stat"
  echo "$ready - $start" | bc >> walls
  echo "scale=2; (${stat[13]} + ${stat[14]}) / $TICK" | bc >> cpus
  kill "$SERVER"
  wait "$SERVER" 2>/dev/null || true
  SERVER=
}

echo "jar: $JAR ($MODE), $RUNS runs each, $(nproc) processors, $(java -version 2>&1 | head -1)"
row "--help (the floor: JVM, launcher, command line)" java -jar routetoets.jar --help
row "check, one document, rules unchanged since the last run" java -jar routetoets.jar check document.json
row "check, one unreadable document" java -jar routetoets.jar check unreadable.json

load=$(cut -d' ' -f1-3 /proc/loadavg)
: > walls; : > cpus
serve_once # fills what is kept between runs
first=$(tail -1 walls)
: > walls; : > cpus
for _ in $(seq "$RUNS"); do serve_once; done
printf '%-58s wall %s s   CPU %s s   (load %s)\n' "serve, launch to ready (first start: $first s)" "$(stats < walls)" "$(stats < cpus)" "$load"
echo
echo "the last start, as its log tells it:"
grep -o '"message":"[^"]*' server.log | sed 's/"message":"/  /' \
  | grep -E 'Starting Main|Root WebApplicationContext|Successfully applied|Successfully validated|rule set .* loaded|Tomcat started|Started Main' || true
