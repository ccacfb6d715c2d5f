#!/usr/bin/env bash
# Crash probe (not a test; CrashDurabilityTest is the test): does every write the service answered
# 201 survive `kill -9`? Runs the jar on its default embedded database (./routetoets-data in a fresh
# folder), lets WRITERS clients submit applications and decide them over HTTP, kills the JVM with
# SIGKILL while they write (once WRITES submissions of the round were answered 201, plus a random
# 0-1 s), starts it again on the same database, and compares what was acknowledged with what the
# database holds: the applications, the decisions and their audit entries. ROUNDS times.
#
#   mvn -B -ntp package -DskipTests && bench/crash-probe.sh     # from the repository root; needs curl, unzip
#
# Environment: ROUNDS (5), WRITERS (4), WRITES (40 acknowledged submissions per round), PORT (18091).
# Exit status 0: nothing acknowledged was lost; 1: something was (listed); 2: could not run.
set -euo pipefail
ROUNDS=${ROUNDS:-5}
WRITERS=${WRITERS:-4}
WRITES=${WRITES:-40}
PORT=${PORT:-18091}
ROOT=$(pwd)
JAR=$ROOT/target/routetoets.jar
DOC=$ROOT/demo/aanvraag-2016-beroepsroute-drie-jaar-fout.json
BASE=http://localhost:$PORT/api/v1
[ -d "$ROOT/rules" ] || { echo "run from the repository root" >&2; exit 2; }
[ -f "$JAR" ] || { echo "build first: mvn -B -ntp package -DskipTests" >&2; exit 2; }
command -v curl >/dev/null && command -v unzip >/dev/null || { echo "needs curl and unzip" >&2; exit 2; }

WORK=$(mktemp -d)
SERVER=
cleanup() {
  touch "$WORK/stop"
  if [ -n "$SERVER" ]; then kill -9 "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 2' INT TERM

# H2's own command line tool, from the jar, reads the database after each crash
unzip -p "$JAR" 'BOOT-INF/lib/h2-*.jar' > "$WORK/h2.jar"
sed 's/"APP-2016-0241"/"@ID@"/' "$DOC" > "$WORK/template.json"
grep -q '@ID@' "$WORK/template.json" || { echo "$DOC: no application id APP-2016-0241 to replace" >&2; exit 2; }
PASSWORD=probe-password-$$
touch "$WORK/acked-submissions" "$WORK/acked-decisions"

start_service() {
  # the working folder is $WORK, so the default spring.datasource.url puts the database in $WORK/routetoets-data
  (cd "$WORK" && ROUTETOETS_ADMIN_USER=admin ROUTETOETS_ADMIN_PASSWORD=$PASSWORD exec java -jar "$JAR" serve \
    --server.port="$PORT" --routetoets.rules="$ROOT/rules" --routetoets.fixtures="$ROOT/test-fixtures" \
    --logging.level.nl.routetoets.access=WARN >> "$WORK/server.log" 2>&1) &
  SERVER=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null; do
    kill -0 "$SERVER" 2>/dev/null || { tail -50 "$WORK/server.log" >&2; echo "the service did not start" >&2; exit 2; }
    sleep 0.2
  done
}

writer() { # round, writer: submit an application, then decide its route; record what was answered 201
  local i=0 id code
  while [ ! -e "$WORK/stop" ]; do
    i=$((i + 1))
    id="CRASH-$1-$2-$i"
    code=$(sed "s/@ID@/$id/" "$WORK/template.json" | curl -s -o /dev/null -w '%{http_code}' --max-time 30 \
      -u "school:$PASSWORD" -H 'Content-Type: application/json' --data-binary @- "$BASE/applications" || true)
    [ "$code" = 201 ] || continue
    echo "$id" >> "$WORK/acked-submissions"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -u "reviewer:$PASSWORD" -H 'Content-Type: application/json' \
      -d '{"routeId":"R1","outcome":"REJECTED","motivation":"Crash probe."}' "$BASE/applications/$id/decisions" || true)
    [ "$code" = 201 ] && echo "$id" >> "$WORK/acked-decisions"
  done
}

query() { # SQL, output file: one value per line
  java -cp "$WORK/h2.jar" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/routetoets-data/routetoets;IFEXISTS=TRUE" \
    -user routetoets -password '' -sql "CALL CSVWRITE('$WORK/q.csv', '$1', 'writeColumnHeader=false')" >/dev/null
  tr -d '"' < "$WORK/q.csv" | sort > "$2"
}

missing() { # acknowledged file, found file: how many acknowledged are not found
  comm -23 <(sort "$1") "$2" | tee -a "$WORK/missing" | wc -l
}

start_service
for account in '"username":"school","role":"SCHOOL","brins":["04XU"]' '"username":"reviewer","role":"REVIEWER"'; do
  curl -sf -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{$account,\"password\":\"$PASSWORD\"}" "$BASE/accounts"
done

lost=0
for round in $(seq 1 "$ROUNDS"); do
  rm -f "$WORK/stop"
  for w in $(seq 1 "$WRITERS"); do writer "$round" "$w" & done
  until [ "$(grep -c "^CRASH-$round-" "$WORK/acked-submissions")" -ge "$WRITES" ]; do
    kill -0 "$SERVER" 2>/dev/null || { tail -50 "$WORK/server.log" >&2; echo "the service stopped by itself" >&2; exit 2; }
    sleep 0.05
  done
  sleep "0.$((RANDOM % 10))"
  kill -9 "$SERVER"                      # SIGKILL while the writers are sending
  wait "$SERVER" 2>/dev/null || true
  SERVER=
  touch "$WORK/stop"
  wait                                   # the writers see the connection refused and stop
  query "SELECT document_id FROM application" "$WORK/found-applications"
  query "SELECT a.document_id FROM decision d JOIN application_version v ON v.id = d.version_id JOIN application a ON a.id = v.application_id" "$WORK/found-decisions"
  query "SELECT SUBSTRING(object_id, 18) FROM audit_log WHERE action = ''APPLICATION_SUBMITTED''" "$WORK/found-submitted-audit"
  query "SELECT SUBSTRING(object_id, 18) FROM audit_log WHERE action = ''DECISION_RECORDED''" "$WORK/found-decided-audit"
  lost_a=$(missing "$WORK/acked-submissions" "$WORK/found-applications")
  lost_d=$(missing "$WORK/acked-decisions" "$WORK/found-decisions")
  lost_sa=$(missing "$WORK/acked-submissions" "$WORK/found-submitted-audit")
  lost_da=$(missing "$WORK/acked-decisions" "$WORK/found-decided-audit")
  echo "after kill -9 number $round: acknowledged so far $(wc -l < "$WORK/acked-submissions") submissions and" \
    "$(wc -l < "$WORK/acked-decisions") decisions; missing: $lost_a submissions, $lost_d decisions," \
    "$lost_sa + $lost_da audit entries"
  lost=$((lost_a + lost_d + lost_sa + lost_da))   # counted over everything acknowledged so far
  [ "$round" = "$ROUNDS" ] || start_service   # the restart after a crash must work too
done

if [ "$lost" -gt 0 ]; then
  echo "LOST $lost acknowledged writes; the first of them:"
  sort -u "$WORK/missing" | head -20
  exit 1
fi
echo "every acknowledged write was found after $ROUNDS kill -9 rounds"
