#!/usr/bin/env bash
# Load measurement of the service (not a test): cold start to ready, then POST /api/v1/checks with one
# application at 50 concurrent clients, signed in with HTTP Basic and with a bearer token.
#
#   mvn -B -ntp package -DskipTests && bench/load.sh            # from the repository root; needs wrk, curl, openssl
#
# Environment: JAVA_OPTS (e.g. a JFR recording), SERVE_ARGS (more options for serve), PORT (18089), DURATION (30s), WARMUP (10s), MODES (basic bearer: the runs, in this order), CONNECTIONS (50), THREADS (2), DOC (demo application), JAR (target/routetoets.jar).
set -euo pipefail
PORT=${PORT:-18089}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
DOC=${DOC:-demo/aanvraag-2016-vmr2-zorg-en-welzijn.json}
JAR=${JAR:-target/routetoets.jar}
BASE=http://localhost:$PORT
[ -f "$JAR" ] || { echo "build first: mvn -B -ntp package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 2; }

WORK=$(mktemp -d)
SERVER=
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# a key pair, so the service also takes bearer tokens (as from an identity provider)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/pub.pem"
b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
# the subject names an account (made below); the role claim must agree with it
payload=$(printf '{"sub":"bench-reviewer","routetoets_role":"REVIEWER","exp":%d}' $(( $(date +%s) + 3600 )) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)
TOKEN="$header.$payload.$signature"

PASSWORD=bench-password-$$
start=$(date +%s.%N)
ROUTETOETS_ADMIN_USER=bench ROUTETOETS_ADMIN_PASSWORD=$PASSWORD java ${JAVA_OPTS:-} -jar "$JAR" serve --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$WORK/db" \
  --spring.security.oauth2.resourceserver.jwt.public-key-location="file:$WORK/pub.pem" \
  --logging.level.nl.routetoets.access=WARN ${SERVE_ARGS:-} > "$WORK/server.log" 2>&1 &
SERVER=$!
until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.1
done
ready=$(date +%s.%N)
printf 'cold start to ready (JVM, rule compilation, %s fixtures, migrations): %.1f s\n' \
  "$(curl -s "$BASE/actuator/info" | sed 's/.*"fixturesPassed":\([0-9]*\).*/\1/')" "$(echo "$ready - $start" | bc)"

cat > "$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTH")
local f = assert(io.open(os.getenv("DOC"), "rb"))
wrk.body = f:read("*a")
f:close()
LUA

code=$(curl -s -o /dev/null -w '%{http_code}' -u "bench:$PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench-reviewer\",\"password\":\"$PASSWORD\",\"role\":\"REVIEWER\"}" "$BASE/api/v1/accounts")
[ "$code" = 201 ] || { echo "POST /api/v1/accounts answered $code" >&2; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' -u "bench:$PASSWORD" -H 'Content-Type: application/json' --data-binary @"$DOC" "$BASE/api/v1/checks")
[ "$code" = 200 ] || { echo "POST /api/v1/checks answered $code" >&2; exit 1; }

TICK=$(getconf CLK_TCK)
cpu_of() { # user + system CPU ticks of a process so far
  local stat; read -r -a stat < "/proc/$1/stat"; echo $(( stat[13] + stat[14] ))
}

run() { # label, Authorization header
  echo
  echo "== POST /api/v1/checks, $1, $CONNECTIONS clients, $DURATION (after a $WARMUP warm-up)"
  AUTH="$2" DOC="$DOC" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/post.lua" "$BASE/api/v1/checks" >/dev/null
  local before after
  before=$(cpu_of "$SERVER")
  AUTH="$2" DOC="$DOC" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/post.lua" "$BASE/api/v1/checks" \
    > "$WORK/wrk.txt"
  after=$(cpu_of "$SERVER")
  grep -E 'Latency|50%|75%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors' "$WORK/wrk.txt"
  # the service's own CPU per request: what the service costs, whatever share of the cores wrk takes beside it
  awk -v ticks=$(( after - before )) -v hz="$TICK" '/requests in/ {n=$1; s=$4+0}
    END {printf "  service CPU: %.0f µs a request; %.2f of %d cores over the run\n", ticks/hz/n*1e6, ticks/hz/s, '"$(nproc)"'}' "$WORK/wrk.txt"
}
for mode in ${MODES:-basic bearer}; do
  case $mode in
    basic) run "HTTP Basic (password verified once, then remembered for 2 min)" "Basic $(printf 'bench:%s' "$PASSWORD" | base64 -w0)" ;;
    bearer) run "bearer token (RS256, verified once, then remembered for 2 min)" "Bearer $TOKEN" ;;
    *) echo "MODES: basic and/or bearer, not $mode" >&2; exit 2 ;;
  esac
done
