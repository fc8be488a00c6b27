#!/usr/bin/env bash
# Two nodes, one database (a test run by this script, not part of `mvn clean verify`: it needs PostgreSQL and two
# servers). Starts two WildFly instances of the built EAR (scratch copies of the provisioned server, port offsets
# OFFSET_A and OFFSET_B) on one fresh PostgreSQL database and checks over HTTP:
#   1. case numbers stay unique and gap-free when registrations run in parallel on both nodes;
#   2. a retry of a registration with the same Idempotency-Key on the other node returns the same complaint;
#   3. optimistic locking holds across nodes: a stale If-Match on the other node gets 412;
#   4. each daily EJB timer (complaint deadline check, measure follow-up) fires on both nodes but runs once: both
#      nodes' daily jobs are set to the same coming minute (valvonta.timers.daily-at) and exactly one of them runs.
# Prints one line per check and "N passed, N failed"; exit status 0 when all passed.
#
#   config/src/main/scripts/two-nodes-test.sh
#
# Needs the built EAR (mvn -B install -DskipTests), PostgreSQL at PGHOST:PGPORT (trust or the postgres user), curl,
# psql. Settings: NODES_DB (valvonta_nodes, dropped and created), OFFSET_A (200), OFFSET_B (300), WRITERS (6),
# REGISTRATIONS (60 in all), TIMER_LEAD (300 s from the start to the timers' minute), WILDFLY_HOME.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
root=$(pwd)
db=${NODES_DB:-valvonta_nodes}
pghost=${PGHOST:-127.0.0.1}
pgport=${PGPORT:-5432}
offset_a=${OFFSET_A:-200}
offset_b=${OFFSET_B:-300}
writers=${WRITERS:-6}
registrations=${REGISTRATIONS:-60}
wildfly=${WILDFLY_HOME:-$root/config/target/wildfly}
work=$(mktemp -d /tmp/valvonta-nodes.XXXXXX)
api_a=http://localhost:$((8080 + offset_a))/valvonta/api/v1
api_b=http://localhost:$((8080 + offset_b))/valvonta/api/v1
passed=0
failed=0
pids=()

psql_admin() {
  if psql -h "$pghost" -p "$pgport" -U postgres -d postgres -tAc "SELECT 1" >/dev/null 2>&1; then
    psql -h "$pghost" -p "$pgport" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"
  else
    su postgres -c "psql -d postgres -v ON_ERROR_STOP=1 -q $(printf '%q ' "$@")"
  fi
}
psql_db() { PGPASSWORD=valvonta psql -h "$pghost" -p "$pgport" -U valvonta -d "$db" -v ON_ERROR_STOP=1 -tAq "$@"; }
check() {  # name, condition result (0 = pass), detail
  if [ "$2" = 0 ]; then passed=$((passed + 1)); echo "PASS $1 ($3)"; else failed=$((failed + 1)); echo "FAIL $1 ($3)"; fi
}
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

[ -f "$root/ear/target/valvonta.ear" ] || { echo "build first: mvn -B install -DskipTests"; exit 2; }
psql_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'valvonta') THEN CREATE ROLE valvonta LOGIN PASSWORD 'valvonta'; END IF; END \$\$"
psql_admin -c "DROP DATABASE IF EXISTS $db"
psql_admin -c "CREATE DATABASE $db OWNER valvonta"

start_node() {  # name, offset, daily-at
  local name=$1 offset=$2 at=$3 dir=$work/$1
  cp -a "$wildfly" "$dir"
  rm -rf "$dir/standalone/"{tmp,data,log} "$dir/standalone/deployments/"*
  cp "$root/ear/target/valvonta.ear" "$dir/standalone/deployments/"
  JBOSS_JAVA_SIZING="-Xms128m -Xmx384m -XX:MaxMetaspaceSize=256m" VALVONTA_DB_DRIVER=postgresql \
  VALVONTA_DB_URL="jdbc:postgresql://$pghost:$pgport/$db" VALVONTA_DB_USER=valvonta VALVONTA_DB_PASSWORD=valvonta \
    "$dir/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" -Djboss.node.name="$name" \
    -Djboss.tx.node.id="$name" -Djboss.as.management.blocking.timeout=900 -Dvalvonta.demo=true -Dvalvonta.timers.enabled=true -Dvalvonta.timers.daily-at="$at" \
    > "$work/$name.log" 2>&1 &
  local launcher=$! t0=$SECONDS
  local api=http://localhost:$((8080 + offset))/valvonta/api/v1
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -u kirjaamo:demo "$api/clock")" = 200 ]; do
    sleep 1
    kill -0 "$launcher" 2>/dev/null || { echo "node $name stopped"; tail -30 "$work/$name.log"; exit 2; }
    [ $((SECONDS - t0)) -lt 600 ] || { echo "node $name did not start"; exit 2; }
  done
  pids+=("$(pgrep -P "$launcher" java || echo "$launcher")")
  echo "node $name up in $((SECONDS - t0)) s (offset $offset, log $work/$name.log)"
}

# both nodes' daily jobs at one minute (Finnish time), far enough ahead for both nodes to be up by then
at_epoch=$(( ( $(date +%s) + ${TIMER_LEAD:-300} + 59 ) / 60 * 60 ))
at=$(TZ=Europe/Helsinki date -d "@$at_epoch" +%H:%M)
start_node node-a "$offset_a" "$at"   # migrates the database and creates the demo users
start_node node-b "$offset_b" "$at"
both_up=$(date +%s)
echo "both nodes' daily jobs at $at Finnish time"

# 1. registrations in parallel on both nodes
register() {  # api, key, email
  curl -s -m 60 -w '\n%{http_code}' -u kirjaamo:demo -H 'Content-Type: application/json' -H "Idempotency-Key: $2" \
    -d "{\"receivedDate\":\"2026-03-02\",\"channel\":\"EMAIL\",\"complainant\":{\"anonymous\":false,\"name\":\"Klusteri Testi\",\"email\":\"$3@example.fi\",\"language\":\"FI\"},\"entityId\":1,\"conductFrom\":\"2024-11-05\",\"description\":\"Kaksi solmua $2\",\"themes\":[\"DATA_PROTECTION\"],\"teOfficeMatter\":false,\"maskIdentityNumbers\":false}" \
    "$1/complaints"
}
: > "$work/registered"
writer() {
  local w=$1 i
  for i in $(seq "$w" "$writers" "$registrations"); do
    local api=$api_a
    [ $((i % 2)) = 0 ] && api=$api_b
    local reply status
    reply=$(register "$api" "nodes-$i-$RANDOM" "nodes$i") || true
    status=${reply##*$'\n'}
    echo "$status $(grep -o '"caseNumber":"[^"]*"' <<< "$reply" | head -1 | cut -d'"' -f4)" >> "$work/registered"
  done
}
writer_pids=()
for w in $(seq 1 "$writers"); do writer "$w" & writer_pids+=($!); done
wait "${writer_pids[@]}"
ok=$(grep -c '^201 ' "$work/registered" || true)
check "registrations on both nodes answered 201" "$([ "$ok" = "$registrations" ] && echo 0 || echo 1)" "$ok of $registrations"
numbers=$(awk '$1 == 201 {print $2}' "$work/registered" | sort | uniq | wc -l)
check "case numbers unique" "$([ "$numbers" = "$ok" ] && echo 0 || echo 1)" "$numbers distinct of $ok"
gaps=$(psql_db -c "SELECT COALESCE(SUM(max_s - cnt), 0) FROM (SELECT MAX(case_serial) AS max_s, COUNT(*) AS cnt FROM complaint GROUP BY case_prefix, case_year) g")
counter=$(psql_db -c "SELECT COUNT(*) FROM case_number_counter c WHERE c.last_serial <> (SELECT COALESCE(MAX(case_serial), 0) FROM complaint m WHERE m.case_prefix = c.case_prefix AND m.case_year = c.case_year)")
check "case numbers gap-free, counters at their last number" "$([ "$gaps" = 0 ] && [ "$counter" = 0 ] && echo 0 || echo 1)" "gaps $gaps, counters off $counter"

# 2. the same Idempotency-Key again on the other node
first=$(register "$api_a" "nodes-retry-$RANDOM" nodesretry)
key=$(grep -o 'Kaksi solmua [^"]*' <<< "$first" | head -1 | sed 's/Kaksi solmua //')
id_a=$(grep -o '"id":[0-9]*' <<< "$first" | head -1 | cut -d: -f2)
retry=$(curl -s -D "$work/retry.headers" -u kirjaamo:demo -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
  -d "{\"receivedDate\":\"2026-03-02\",\"channel\":\"EMAIL\",\"complainant\":{\"anonymous\":false,\"name\":\"Klusteri Testi\",\"email\":\"nodesretry@example.fi\",\"language\":\"FI\"},\"entityId\":1,\"conductFrom\":\"2024-11-05\",\"description\":\"Kaksi solmua $key\",\"themes\":[\"DATA_PROTECTION\"],\"teOfficeMatter\":false,\"maskIdentityNumbers\":false}" \
  "$api_b/complaints")
id_b=$(grep -o '"id":[0-9]*' <<< "$retry" | head -1 | cut -d: -f2)
replayed=$(grep -ci '^Idempotent-Replayed: true' "$work/retry.headers" || true)
check "Idempotency-Key retry on the other node returns the same complaint" \
  "$([ -n "$id_a" ] && [ "$id_a" = "$id_b" ] && [ "$replayed" = 1 ] && echo 0 || echo 1)" "node A id $id_a, node B id $id_b, replayed $replayed"

# 3. optimistic locking across nodes
etag=$(curl -s -D - -o /dev/null -u tarkastaja:demo "$api_b/complaints/$id_a" | grep -i '^ETag:' | tr -d '\r' | cut -d' ' -f2)
status_a=$(curl -s -o /dev/null -w '%{http_code}' -u tarkastaja:demo -H 'Content-Type: application/json' -H "If-Match: $etag" \
  -d '{}' "$api_a/complaints/$id_a/start-assessment")
status_b=$(curl -s -o /dev/null -w '%{http_code}' -u tarkastaja:demo -H 'Content-Type: application/json' -H "If-Match: $etag" \
  -d '{"note":"stale"}' "$api_b/complaints/$id_a/request-supplement")
check "optimistic locking across nodes" "$([ "$status_a" = 200 ] && [ "$status_b" = 412 ] && echo 0 || echo 1)" \
  "If-Match $etag: node A $status_a, then node B $status_b"

# 4. the daily timers: wait for their minute on both nodes, then one run each
if [ "$both_up" -ge "$at_epoch" ]; then
  check "timers run once across the cluster" 1 "node B was up only after $at: too slow to tell, raise TIMER_LEAD"
else
  now=$(date +%s)
  [ "$now" -ge $((at_epoch + 20)) ] || sleep $(( at_epoch + 20 - now ))
  # the second node waits for the first one's commit: give a loaded machine a few minutes to log both
  for _ in $(seq 60); do
    [ "$(cat "$work"/node-*.log | grep -c "already run for today (another node)" || true)" -ge 2 ] && break
    sleep 5
  done
  for job in "Complaint deadline check" "Measure follow-up"; do
    skipped=$(cat "$work"/node-*.log | grep -c "$job: already run for today (another node)" || true)
    check "$job fired on both nodes and ran on one" "$([ "$skipped" = 1 ] && echo 0 || echo 1)" \
      "$skipped node(s) found the day taken"
  done
  runs=$(psql_db -c "SELECT COUNT(*) FROM job_run WHERE job IN ('complaint.deadline-check', 'measure.follow-up') AND last_day = (now() AT TIME ZONE 'Europe/Helsinki')::date")
  check "job_run holds today's run of both jobs" "$([ "$runs" = 2 ] && echo 0 || echo 1)" "$runs of 2"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
