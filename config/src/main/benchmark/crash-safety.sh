#!/usr/bin/env bash
# Crash safety (a benchmark, not a test): registers complaints over REST from a few parallel writers against
# the application on PostgreSQL, kills the server with kill -9 in the middle of the writes KILLS times (default
# 10), restarts it, and then checks that every registration answered 2xx is there with its case number and that
# the case numbers of every prefix and year have no gap; and that the audit chains still verify.
#
#   config/src/main/benchmark/crash-safety.sh [KILLS]
#
# Needs: the built EAR (ear/target/valvonta.ear) and the provisioned server (WILDFLY_HOME, default
# config/target/wildfly, copied to a scratch directory), PostgreSQL with an empty database CRASH_DB (default
# valvonta_crash, owner valvonta/valvonta at 127.0.0.1:5432: createdb -O valvonta valvonta_crash), curl, psql.
# PORT_OFFSET (default 500) shifts the server's ports; WRITERS (default 3) parallel writers.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
root=$(pwd)
kills=${1:-10}
db=${CRASH_DB:-valvonta_crash}
pghost=${PGHOST:-127.0.0.1}
pgport=${PGPORT:-5432}
offset=${PORT_OFFSET:-500}
writers=${WRITERS:-3}
http=$((8080 + offset))
base="http://localhost:$http/valvonta/api/v1"
wildfly=${WILDFLY_HOME:-$root/config/target/wildfly}
work=$(mktemp -d /tmp/valvonta-crash.XXXXXX)
server_pid=

[ -f "$root/ear/target/valvonta.ear" ] || { echo "build the EAR first (mvn -B package -DskipTests)"; exit 2; }
psql_db() { PGPASSWORD=valvonta psql -h "$pghost" -p "$pgport" -U valvonta -d "$db" -v ON_ERROR_STOP=1 -tAq "$@"; }
psql_db -c "SELECT 1" >/dev/null || { echo "database $db not reachable as valvonta"; exit 2; }
if [ "$(psql_db -c "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'complaint'")" != "0" ]; then
  echo "database $db is not empty: use a fresh one"; exit 2
fi

cp -a "$wildfly" "$work/wildfly"
rm -rf "$work/wildfly/standalone/"{tmp,data,log} "$work/wildfly/standalone/deployments/"*
cp "$root/ear/target/valvonta.ear" "$work/wildfly/standalone/deployments/"
: > "$work/acked"
: > "$work/attempts"

cleanup() {
  touch "$work/stop"
  [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

start_server() {
  VALVONTA_DB_DRIVER=postgresql VALVONTA_DB_URL="jdbc:postgresql://$pghost:$pgport/$db" \
  VALVONTA_DB_USER=valvonta VALVONTA_DB_PASSWORD=valvonta \
    "$work/wildfly/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" -Dvalvonta.demo=true \
    -Dvalvonta.timers.enabled=false >> "$work/server.out" 2>&1 &
  local launcher=$!
  local t0=$SECONDS
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -u kirjaamo:demo "$base/clock")" = "200" ]; do
    sleep 1
    if [ $((SECONDS - t0)) -gt 300 ]; then echo "server did not start"; tail -50 "$work/server.out"; exit 1; fi
  done
  # the JVM, not the launcher script: kill -9 must hit the process that writes
  server_pid=$(pgrep -P "$launcher" java || echo "$launcher")
  echo "  server up in $((SECONDS - t0)) s (pid $server_pid)"
}

writer() {
  local n=$1 i=0
  while [ ! -e "$work/stop" ]; do
    i=$((i + 1))
    local key="crash-$n-$i-$RANDOM$RANDOM"
    echo "$key" >> "$work/attempts"
    local body="{\"receivedDate\":\"2026-03-02\",\"channel\":\"EMAIL\",\"complainant\":{\"anonymous\":false,\"name\":\"Kaatumis Testi\",\"email\":\"$key@example.fi\",\"language\":\"FI\"},\"entityId\":1,\"conductFrom\":\"2024-11-05\",\"description\":\"Kaatumistesti $key\",\"themes\":[\"DATA_PROTECTION\"],\"teOfficeMatter\":false,\"maskIdentityNumbers\":false}"
    local reply status
    reply=$(curl -s -m 20 -w '\n%{http_code}' -u kirjaamo:demo -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $key" -d "$body" "$base/complaints" 2>/dev/null) || true
    status=${reply##*$'\n'}
    if [[ "$status" == 2* ]]; then
      local id number
      id=$(grep -o '"id":[0-9]*' <<< "$reply" | head -1 | cut -d: -f2)
      number=$(grep -o '"caseNumber":"[^"]*"' <<< "$reply" | head -1 | cut -d'"' -f4)
      echo "$key $id $number" >> "$work/acked"
    fi
  done
}

echo "crash safety: $kills kills, $writers writers, database $db, scratch $work"
t_start=$SECONDS
for k in $(seq 1 "$kills"); do
  echo "round $k/$kills"
  start_server
  rm -f "$work/stop"
  for w in $(seq 1 "$writers"); do writer "$w" & done
  # kill mid-write: once this round has had a few acknowledgements (or a minute), after 0–3 s more
  round_start=$(wc -l < "$work/acked")
  t_round=$SECONDS
  until [ $(($(wc -l < "$work/acked") - round_start)) -ge 5 ] || [ $((SECONDS - t_round)) -ge 60 ]; do sleep 0.5; done
  sleep $((RANDOM % 4))
  before=$(wc -l < "$work/acked")
  kill -9 "$server_pid"
  echo "  killed with kill -9 after $before acknowledged writes in all"
  touch "$work/stop"
  wait $(jobs -p | grep -v "^$server_pid$") 2>/dev/null || true
  sleep 1
done

echo "final restart and checks"
start_server
# registering goes on after the restart: the numbers the last kill left reserved (given back as the server started)
# are the next registrations' numbers, so a few more registrations close the series again
rm -f "$work/stop"
resumed=$(wc -l < "$work/acked")
writer_pids=()
for w in $(seq 1 "$writers"); do writer "$w" & writer_pids+=($!); done
t_resume=$SECONDS
until [ $(($(wc -l < "$work/acked") - resumed)) -ge "$writers" ] || [ $((SECONDS - t_resume)) -ge 60 ]; do sleep 0.5; done
touch "$work/stop"
wait "${writer_pids[@]}" 2>/dev/null || true
reserved=$(psql_db -c "SELECT COUNT(*) FROM case_number_reservation")
attempts=$(wc -l < "$work/attempts")
acked=$(wc -l < "$work/acked")
missing=0
while read -r key id number; do
  got=$(curl -s -u auditor:demo "$base/complaints/$id" | grep -o '"caseNumber":"[^"]*"' | cut -d'"' -f4 || true)
  if [ "$got" != "$number" ]; then
    missing=$((missing + 1))
    echo "  MISSING: $key id $id $number (found '$got')"
  fi
done < "$work/acked"
stored=$(psql_db -c "SELECT COUNT(*) FROM complaint WHERE description LIKE 'Kaatumistesti %'")
gaps=$(psql_db -c "SELECT COALESCE(SUM(MAX_S - CNT), 0) FROM (SELECT MAX(case_serial) AS MAX_S, COUNT(*) AS CNT FROM complaint GROUP BY case_prefix, case_year) g")
dups=$(psql_db -c "SELECT COUNT(*) FROM (SELECT 1 FROM complaint GROUP BY case_prefix, case_serial, case_year HAVING COUNT(*) > 1) d")
counter=$(psql_db -c "SELECT COUNT(*) FROM case_number_counter c WHERE c.last_serial <> (SELECT COALESCE(MAX(case_serial), 0) FROM complaint m WHERE m.case_prefix = c.case_prefix AND m.case_year = c.case_year)")
chains=$(curl -s -u auditor:demo "$base/audit/verification" | grep -o '"intact":[a-z]*' | head -1 | cut -d: -f2)

echo
echo "CrashSafety: $kills kills (kill -9), $writers writers, PostgreSQL, $((SECONDS - t_start)) s"
echo "  registrations attempted           $attempts"
echo "  acknowledged with 2xx             $acked"
echo "  stored (incl. unacknowledged)     $stored"
echo "  acknowledged but missing          $missing"
echo "  case-number gaps                  $gaps"
echo "  duplicate case numbers            $dups"
echo "  counters off their last number    $counter"
echo "  case numbers still reserved       $reserved"
echo "  audit chains intact               $chains"
[ "$missing" = 0 ] && [ "$gaps" = 0 ] && [ "$dups" = 0 ] && [ "$counter" = 0 ] && [ "$reserved" = 0 ] && [ "$chains" = true ] \
  && [ "$acked" -gt 0 ] && echo "OK" || { echo "FAILED"; exit 1; }
