#!/usr/bin/env bash
# Load benchmark (a benchmark, not a test: it prints figures and asserts nothing). Seeds PostgreSQL with 100 000
# complaints over ten years, their audit trails, measures and inspections (BenchSeed.java, labelled BENCH, in a
# database of its own), starts the application on it (a scratch copy of the provisioned server, benchmark mode)
# or uses a running one, drives it with wrk at 1, 8 and 50 connections, and prints req/s and p50/p95/p99 per case,
# the ratios, and the server's resident memory.
#
#   config/src/main/benchmark/load.sh            # create the database if missing, seed, start, measure, stop
#   config/src/main/benchmark/load.sh remove     # drop the benchmark's database (the audit rows cannot be deleted)
#
# Needs the built EAR and classes (mvn -B install -DskipTests), PostgreSQL at PGHOST:PGPORT (trust or the postgres
# user), psql, curl; installs Debian's wrk when it is missing. Settings (environment):
#   BENCH_DB (valvonta_bench), BENCH_N (100000), BENCH_DURATION (10s a case), BENCH_CONNECTIONS ("1 8 50"),
#   BENCH_WARMUP (10s a case at 8 connections before measuring, not reported; 0 skips), BENCH_JSF_WARMUP (60s, in seconds, for each
#   of the two JSF pages instead, then a third of that each at the most connections), BENCH_SLICES (5: the turns of
#   the audited and unaudited writes, measured side by side),
#   PORT_OFFSET (100: http 8180), BENCH_EAR (ear/target/valvonta.ear), BENCH_JAVA_SIZING (the server's heap, default as README), BENCH_KEEP_SERVER=1
#   leaves the server running, BENCH_URL=http://host:port uses a server already running in benchmark mode,
#   BENCH_SERVE=1 only seeds, starts the server, writes the cases' settings to $work/bench.env and leaves it running
#   (for a profiler: wrk -s $work/get.lua … as below).
set -euo pipefail
cd "$(dirname "$0")/../../../.."
root=$(pwd)
bench=$root/config/src/main/benchmark
db=${BENCH_DB:-valvonta_bench}
pghost=${PGHOST:-127.0.0.1}
pgport=${PGPORT:-5432}
n=${BENCH_N:-100000}
duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-1 8 50}
offset=${PORT_OFFSET:-100}
# the JVM gives freed native memory (the JIT's arenas, mostly) back every 5 s where it can (Java 17.0.9 and later):
# measured after the JSF cases, a trim took resident memory from 756 to 731 MB
trim=""
if java -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1; then
  trim=" -XX:TrimNativeHeapInterval=5000"
fi
# G1, not the serial collector: with the 50 users' views in the heap the serial one's old generation filled every
# ~20 s and its full collections stopped the server for 240-480 ms, most often in the JSF cases; G1 collects the old
# generation concurrently (no full collection in the comparison in README, JVM options)
sizing=${BENCH_JAVA_SIZING:--Xms352m -Xmx352m -XX:MaxMetaspaceSize=256m -Xss512k -XX:+UseG1GC$trim}
wildfly=${WILDFLY_HOME:-$root/config/target/wildfly}
ear=${BENCH_EAR:-$root/ear/target/valvonta.ear}
url=${BENCH_URL:-http://localhost:$((8080 + offset))}
api=$url/valvonta/api/v1

psql_admin() {
  if psql -h "$pghost" -p "$pgport" -U postgres -d postgres -tAc "SELECT 1" >/dev/null 2>&1; then
    psql -h "$pghost" -p "$pgport" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"
  else
    su postgres -c "psql -d postgres -v ON_ERROR_STOP=1 -q $(printf '%q ' "$@")"
  fi
}
psql_db() { PGPASSWORD=valvonta psql -h "$pghost" -p "$pgport" -U valvonta -d "$db" -v ON_ERROR_STOP=1 -tAq "$@"; }

if [ "${1:-}" = remove ]; then
  psql_admin -c "DROP DATABASE IF EXISTS $db"
  echo "database $db dropped"
  exit 0
fi

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -f "$ear" ] || { echo "build first: mvn -B install -DskipTests"; exit 2; }
psql_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'valvonta') THEN CREATE ROLE valvonta LOGIN PASSWORD 'valvonta'; END IF; END \$\$"
[ "$(psql_admin -tAc "SELECT COUNT(*) FROM pg_database WHERE datname = '$db'")" = 1 ] || psql_admin -c "CREATE DATABASE $db OWNER valvonta"

work=$(mktemp -d /tmp/valvonta-load.XXXXXX)
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && [ "${BENCH_KEEP_SERVER:-0}" != 1 ]; then kill "$server_pid" 2>/dev/null || true; wait 2>/dev/null || true; fi
}
trap cleanup EXIT

if [ -z "${BENCH_URL:-}" ]; then
  cp -a "$wildfly" "$work/wildfly"
  rm -rf "$work/wildfly/standalone/"{tmp,data,log} "$work/wildfly/standalone/deployments/"*
  cp "$ear" "$work/wildfly/standalone/deployments/valvonta.ear"
  t0=$(date +%s.%N)
  # the collector's pauses logged (one line a pause), to tell which cases they fell on (end of the run)
  MALLOC_ARENA_MAX=2 JBOSS_JAVA_SIZING="$sizing -Xlog:gc:file=$work/gc.log:time" VALVONTA_DB_DRIVER=postgresql \
  VALVONTA_DB_URL="jdbc:postgresql://$pghost:$pgport/$db" VALVONTA_DB_USER=valvonta VALVONTA_DB_PASSWORD=valvonta \
    "$work/wildfly/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" -Djboss.as.management.blocking.timeout=900 -Dvalvonta.demo=true \
    -Dvalvonta.benchmark=true -Dvalvonta.timers.enabled=false > "$work/server.out" 2>&1 &
  launcher=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -u kirjaamo:demo "$api/clock")" = 200 ]; do
    sleep 0.5
    kill -0 "$launcher" 2>/dev/null || { echo "server stopped"; tail -40 "$work/server.out"; exit 1; }
  done
  server_pid=$(pgrep -P "$launcher" java || echo "$launcher")
  printf 'server up in %.1f s (start and deployment; log %s)\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$work/server.out"
fi

# the seed: the model's classes (HashChain, AuditRecord), EclipseLink and the API they are woven against, the driver
m2=${MAVEN_REPO:-$HOME/.m2/repository}
cp_seed="$root/model/target/classes:$(ls "$m2"/org/eclipse/persistence/eclipselink/*/eclipselink-*.jar | head -1)"
cp_seed="$cp_seed:$(ls "$m2"/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar)"
cp_seed="$cp_seed:$(find "$wildfly/modules" -name 'postgresql*.jar' | head -1)"
java -cp "$cp_seed" "$bench/BenchSeed.java" "jdbc:postgresql://$pghost:$pgport/$db" valvonta valvonta "$n"
# earlier runs' writes leave dead rows and stale statistics (autovacuum has not always come by): each run starts
# from a vacuumed, analysed database, so runs on a reused database compare
# (the shared catalogs are the superuser's: their warnings are not shown)
PGOPTIONS='-c client_min_messages=error' psql_db -c "VACUUM ANALYZE"

# fixtures: a few complaints to read, the draft plan, a signed-in UI session
sample_ids=$(psql_db -c "SELECT string_agg(id::text, ',') FROM (SELECT id FROM complaint WHERE case_prefix = 'BENCH' AND id % 997 = 0 LIMIT 100) x")
plan_id=$(psql_db -c "SELECT id FROM inspection_plan WHERE state = 'DRAFT' ORDER BY id LIMIT 1")
# signed-in UI sessions, one per simulated user (50 users are 50 sessions, as in the office; one session's
# views are few at a time, as JSF keeps a limited number of them per session)
sign_in() {  # prints a JSESSIONID of a fresh UI session
  local jar=$work/cookies-$1 page view_state nonce
  page=$(curl -s -c "$jar" -b "$jar" "$url/valvonta/login.xhtml" -D "$work/login.headers")
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')
  nonce=$(grep -io "nonce-[^']*" "$work/login.headers" | head -1 | cut -d- -f2-)
  curl -s -o /dev/null -c "$jar" -b "$jar" "$url/valvonta/login.xhtml" --data-urlencode "login=login" \
    --data-urlencode "login:username=tarkastaja" --data-urlencode "login:password=demo" --data-urlencode "login:next=" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce"
  awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
}
max_connections=$(tr ' ' '\n' <<< "$connections" | sort -n | tail -1)
sessions=
for i in $(seq 1 "$max_connections"); do
  session=$(sign_in "$i")
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$session" "$url/valvonta/complaints/list.xhtml")" = 200 ] \
    || { echo "the UI sign-in failed"; exit 1; }
  sessions=${sessions:+$sessions,}$session
done

basic() { printf 'Basic %s' "$(printf '%s' "$1" | base64)"; }
export BENCH_AUTH_INSPECTOR=$(basic tarkastaja:demo) BENCH_AUTH_REGISTRAR=$(basic kirjaamo:demo) \
  BENCH_SESSIONS=$sessions BENCH_SAMPLE_IDS=$sample_ids BENCH_PLAN=$plan_id

# the action's complaints: BenchSeed leaves every 5th complaint REGISTERED; each action case of this run takes its own
# block of those not yet acted on (state and version as seeded), so no request finds its complaint changed already
psql_db -c "SELECT id FROM complaint WHERE case_prefix = 'BENCH' AND state = 'REGISTERED' AND version = 0 AND (id - 900000000) % 5 = 0 ORDER BY id" > "$work/action.ids"
block=$(( $(wc -l < "$work/action.ids") / (2 * $(wc -w <<< "$connections")) ))
[ "$block" -ge 3000 ] || echo "only $block complaints left for each action case: errors once they run out (load.sh remove, then seed again)"
next_block=0
block_ids() {  # slice s of n of block k's ids, on one line (the action cases run in slices: measure_pair)
  local k=$1 s=$2 n=$3 per
  per=$((block / n))
  [ "$per" -gt 0 ] || return 0
  sed -n "$((k * block + (s - 1) * per + 1)),$((k * block + s * per))p" "$work/action.ids" | paste -sd, -
}
lua() {  # the request script of a case
  local f=$work/$1.lua
  { cat "$bench/wrk-report.lua"; cat; } > "$f"
  echo "$f"
}
get_lua=$(lua get <<'EOF'
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH_INSPECTOR")
wrk.headers["Accept"] = "application/json"
local ids, i = {}, 0
for id in string.gmatch(os.getenv("BENCH_SAMPLE_IDS"), "%d+") do ids[#ids + 1] = id end
request = function()
  local case = os.getenv("BENCH_CASE")
  if case == "get-complaint" then
    i = i % #ids + 1
    return wrk.format("GET", "/valvonta/api/v1/complaints/" .. ids[i])
  end
  return wrk.format("GET", nil)
end
EOF
)
jsf_lua=$(lua jsf <<'EOF'
-- each request in turn from another user's session: no session renders many pages at once
local sessions, s = {}, 0
for id in string.gmatch(os.getenv("BENCH_SESSIONS"), "[^,]+") do sessions[#sessions + 1] = id end
request = function()
  s = s % #sessions + 1
  return wrk.format("GET", nil, {["Cookie"] = "JSESSIONID=" .. sessions[s]})
end
EOF
)
register_lua=$(lua register <<'EOF'
wrk.method = "POST"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH_REGISTRAR")
wrk.headers["Content-Type"] = "application/json"
if os.getenv("BENCH_SKIP_AUDIT") == "1" then wrk.headers["Valvonta-Benchmark"] = "skip-audit" end
local n = 0
local counter = 0
function setup(thread) counter = counter + 1; thread:set("tid", counter) end
-- a new complainant every request, in every run: without a seed each run repeated the one before's names, and
-- each registration was screened against more and more earlier ones of its complainant
function init(args) math.randomseed(os.time() * 100 + (tid or 0)) end
request = function()
  n = n + 1
  local who = "bench-" .. tostring(math.random(1, 1000000000)) .. "-" .. n
  local body = '{"receivedDate":"2026-03-02","channel":"EMAIL","complainant":{"anonymous":false,"name":"BENCH ' .. who ..
    '","email":"' .. who .. '@example.fi","language":"FI"},"entityId":1,"conductFrom":"2024-11-05",' ..
    '"description":"BENCH registration of the load benchmark","themes":["DATA_PROTECTION"],"teOfficeMatter":false,' ..
    '"maskIdentityNumbers":false}'
  return wrk.format("POST", nil, nil, body)
end
EOF
)
action_lua=$(lua action <<'EOF'
wrk.method = "POST"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH_INSPECTOR")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["If-Match"] = '"0"'
if os.getenv("BENCH_SKIP_AUDIT") == "1" then wrk.headers["Valvonta-Benchmark"] = "skip-audit" end
local threads = tonumber(os.getenv("BENCH_THREADS"))
local ids = {}
for id in string.gmatch(os.getenv("BENCH_ACTION_IDS") or "", "%d+") do ids[#ids + 1] = id end
local counter = 0
function setup(thread) counter = counter + 1; thread:set("tid", counter) end
local k, spent = 0, false
request = function()
  -- thread t of T takes the block's ids t, t + T, t + 2T …: no complaint twice
  local i = ((tid or 1) - 1) + threads * k + 1
  k = k + 1
  if ids[i] == nil then
    -- the block is used up: the thread stops at the next answer (its last requests are the no-op)
    spent = true
    return wrk.format("GET", "/valvonta/api/v1/me")
  end
  return wrk.format("POST", "/valvonta/api/v1/complaints/" .. ids[i] .. "/start-assessment", nil, "{}")
end
response = function()
  if spent then wrk.thread:stop() end
end
EOF
)

if [ "${BENCH_SERVE:-0}" = 1 ]; then
  declare -p BENCH_AUTH_INSPECTOR BENCH_AUTH_REGISTRAR BENCH_SESSIONS BENCH_SAMPLE_IDS BENCH_PLAN | sed 's/^declare -x/export/' > "$work/bench.env"
  echo "BENCH_ACTION_IDS=$(head -2000 "$work/action.ids" | paste -sd, -)" >> "$work/bench.env"
  echo "server left running on $url (pid $server_pid); the cases' settings: source $work/bench.env; scripts in $work"
  trap - EXIT
  exit 0
fi

echo
echo "LoadBenchmark: $(psql_db -c "SELECT COUNT(*) FROM complaint") complaints, $(psql_db -c "SELECT COUNT(*) FROM audit_record") audit records,"\
  "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), wrk $duration a case"
declare -A rps p50 p95 p99 errs
# each measured run's case and its start and end, in the server's log time (local, milliseconds), for its pauses
now() { date +%Y-%m-%dT%H:%M:%S.%3N; }
case_started() { printf '%s\t%s' "$1" "$(now)" >> "$work/cases.tsv"; }
case_ended() { printf '\t%s\n' "$(now)" >> "$work/cases.tsv"; }
report() {  # key, connections, RESULT line: kept for the ratios and printed
  local key=$1 c=$2
  read -r _ _ rps["$key/$c"] p50["$key/$c"] p95["$key/$c"] p99["$key/$c"] errs["$key/$c"] <<< "$3"
  printf '  %-30s %3s conn %8s req/s  p50 %8s  p95 %8s  p99 %8s ms  errors %s\n' "$key" "$c" "${rps[$key/$c]}" \
    "${p50[$key/$c]}" "${p95[$key/$c]}" "${p99[$key/$c]}" "${errs[$key/$c]}"
}
measure() {  # key, connections, lua, path, [env...]
  local key=$1 c=$2 script=$3 path=$4; shift 4
  local threads=$(( c < 2 ? 1 : 2 )) r
  case_started "$key/$c"
  r=$(env "$@" BENCH_CASE="$key" BENCH_THREADS=$threads wrk -t"$threads" -c"$c" -d"$duration" --timeout 30s -s "$script" \
      "$url$path" 2>&1 | grep '^RESULT' || echo "RESULT 0 0 0 0 0 -1")
  case_ended
  report "$key" "$c" "$r"
}
# A write and the same write without its audit record are measured side by side: BENCH_SLICES (default 5) turns of
# each, alternating (audited, unaudited, audited, …, each duration ÷ slices long), their latency histograms merged per
# case. Measured one after the other, whatever the machine did meanwhile (the statistics recomputed after the writes
# before, a collection, the JIT) fell on the first one alone and the ratio measured the order.
slices=${BENCH_SLICES:-5}
slice_duration=$(( ${duration%s} / slices )); [ "$slice_duration" -ge 1 ] || slice_duration=1
measure_pair() {  # connections, lua, path, key A, key B, [action block A, action block B]: B without its audit
  local c=$1 script=$2 path=$3 threads=$(( $1 < 2 ? 1 : 2 )) s half key part ids skip
  local -a keys=("$4" "$5") parts=("${6:-}" "${7:-}")
  rm -f "$work/hist.0" "$work/hist.1"
  for s in $(seq 1 "$slices"); do
    for half in 0 1; do
      key=${keys[$half]} part=${parts[$half]} ids= skip=
      # each slice its own part of the case's block: no complaint acted on twice
      [ -z "$part" ] || ids=$(block_ids "$part" "$s" "$slices")
      [ "$half" = 0 ] || skip=BENCH_SKIP_AUDIT=1
      case_started "$key/$c"
      env BENCH_CASE="$key" BENCH_THREADS=$threads BENCH_ACTION_IDS="$ids" BENCH_HISTOGRAM="$work/hist.$half" $skip \
          wrk -t"$threads" -c"$c" -d"${slice_duration}s" --timeout 30s -s "$script" "$url$path" > /dev/null 2>&1 || true
      case_ended
    done
  done
  for half in 0 1; do
    report "${keys[$half]}" "$c" "$(merged "$work/hist.$half")"
  done
}
merged() {  # a case's slices: their histograms merged into one RESULT line
  [ -s "$1" ] || { echo "RESULT 0 0 0 0 0 -1"; return; }
  sort -k1,1 -k2,2n "$1" | awk '
    $1 == "S" { requests += $2; micros += $3; errors += $4; next }
    $1 == "L" { v[++n] = $2; c[n] = $3; total += $3 }
    END {
      split("50 95 99", ps, " "); cum = 0; j = 1
      for (i = 1; i <= n && j <= 3; i++) {
        cum += c[i]
        while (j <= 3 && cum >= total * ps[j] / 100) { q[j++] = v[i] / 1000 }
      }
      printf "RESULT %d %.1f %.1f %.1f %.1f %d\n", requests, requests / (micros / 1000000), q[1], q[2], q[3], errors
    }'
}
# Warm-up, not measured: the figures are of a server in its steady state, as one that has served its users for a
# while. Each read case and register at 8 connections for BENCH_WARMUP (default 10s; 0 skips), so that the
# 1-connection figures measure compiled code rather than the JIT's first minutes (the action cases use up their
# complaints and are left out; register warms the write path). The two JSF pages run longer (BENCH_JSF_WARMUP, default
# 60s, then a third of that at the most connections): a page runs through thousands of methods of Mojarra, PrimeFaces
# and EL, which C2 compiles only after thousands of pages — after 5 s the list page served 130 pages/s at 8 users, on a
# server warm for half an hour 225; after 160 s of warm-up, the JSF pages at 50 users still served 5-24 % fewer pages
# than the same server two minutes later (README, Collector and warm-up). The 50 users' sessions also reach the views
# a session keeps (15) during the warm-up, not during the cases.
warmup=${BENCH_WARMUP:-10s}
jsf_warmup=${BENCH_JSF_WARMUP:-60s}
jsf_warmup_most=$(( ${jsf_warmup%s} / 3 ))s
if [ "$warmup" != 0 ]; then
  echo "warm-up: $warmup a case ($jsf_warmup each JSF page, then $jsf_warmup_most each at $max_connections connections), not measured"
  for w in "$get_lua /valvonta/api/v1/me" "$get_lua /valvonta/api/v1/complaints get-complaint" \
           "$get_lua /valvonta/api/v1/complaints?sort=RECEIVED&desc=true&state=IN_PREPARATION&max=25" \
           "$jsf_lua /valvonta/complaints/list.xhtml" "$get_lua /valvonta/api/v1/benchmark/complaint-list?via=JPA&max=25" \
           "$get_lua /valvonta/api/v1/benchmark/complaint-list?via=JDBC&max=25" \
           "$jsf_lua /valvonta/inspection/plans.xhtml?id=$plan_id" "$get_lua /valvonta/api/v1/plans/$plan_id/entries" \
           "$get_lua /valvonta/api/v1/statistics/complaints" "$register_lua /valvonta/api/v1/complaints"; do
    read -r script path key <<< "$w"
    d=$warmup
    [ "$script" = "$jsf_lua" ] && d=$jsf_warmup
    env BENCH_CASE="${key:-warm-up}" BENCH_THREADS=2 wrk -t2 -c8 -d"$d" --timeout 30s -s "$script" "$url$path" \
      > /dev/null 2>&1 || true
  done
  for path in /valvonta/complaints/list.xhtml "/valvonta/inspection/plans.xhtml?id=$plan_id"; do
    wrk -t2 -c"$max_connections" -d"$jsf_warmup_most" --timeout 30s -s "$jsf_lua" "$url$path" > /dev/null 2>&1 || true
  done
  # On 2 CPUs the JIT's C2 compiler takes minutes to compile what the cases run: measure once its queue is drained
  # (a server this script started; at most BENCH_JIT_WAIT seconds, default 120)
  if [ -n "${server_pid:-}" ] && command -v jcmd > /dev/null; then
    waited=0
    while [ "$waited" -lt "${BENCH_JIT_WAIT:-120}" ]; do
      queued=$(jcmd "$server_pid" Compiler.queue 2>/dev/null | awk '/compile queue:/ {q = 1; next} q && NF && $0 !~ /Empty/ {n++} END {print n + 0}')
      [ "$queued" -le 2 ] && break
      sleep 5; waited=$((waited + 5))
    done
    echo "JIT compile queue: $queued left after waiting ${waited} s"
  fi
fi
[ -z "${server_pid:-}" ] || echo "measuring from $(ps -o etimes= -p "$server_pid" | tr -d ' ') s after the server's start"
for c in $connections; do
  curl -s -o /dev/null -u tarkastaja:demo "$api/plans/$plan_id/entries"   # warm the draft
  measure "me (no-op)"             "$c" "$get_lua" "/valvonta/api/v1/me"
  measure "get-complaint"          "$c" "$get_lua" "/valvonta/api/v1/complaints"
  measure "list API"               "$c" "$get_lua" "/valvonta/api/v1/complaints?sort=RECEIVED&desc=true&state=IN_PREPARATION&max=25"
  measure "list JSF"               "$c" "$jsf_lua" "/valvonta/complaints/list.xhtml"
  measure "list query JPA"         "$c" "$get_lua" "/valvonta/api/v1/benchmark/complaint-list?via=JPA&max=25"
  measure "list query JDBC"        "$c" "$get_lua" "/valvonta/api/v1/benchmark/complaint-list?via=JDBC&max=25"
  measure "plan page JSF"          "$c" "$jsf_lua" "/valvonta/inspection/plans.xhtml?id=$plan_id"
  measure "plan entries API"       "$c" "$get_lua" "/valvonta/api/v1/plans/$plan_id/entries"
  measure "statistics"             "$c" "$get_lua" "/valvonta/api/v1/statistics/complaints"
  measure_pair "$c" "$register_lua" "/valvonta/api/v1/complaints" "register" "register unaudited"
  measure_pair "$c" "$action_lua" "/" "action" "action unaudited" "$next_block" "$((next_block + 1))"
  next_block=$((next_block + 2))
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'; }
echo "ratios (same run):"
for c in $connections; do
  printf '  %2s conn: get-complaint/me throughput %s, p95 %s | JSF list/JSON list p95 %s | audited/unaudited register p95 %s, action p95 %s | EclipseLink/JDBC list p95 %s\n' "$c" \
    "$(ratio "${rps[get-complaint/$c]}" "${rps[me (no-op)/$c]}")" "$(ratio "${p95[get-complaint/$c]}" "${p95[me (no-op)/$c]}")" \
    "$(ratio "${p95[list JSF/$c]}" "${p95[list API/$c]}")" \
    "$(ratio "${p95[register/$c]}" "${p95[register unaudited/$c]}")" "$(ratio "${p95[action/$c]}" "${p95[action unaudited/$c]}")" \
    "$(ratio "${p95[list query JPA/$c]}" "${p95[list query JDBC/$c]}")"
done
if [ -n "$server_pid" ]; then
  echo "server resident memory after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/"$server_pid"/status) / 1024 )) MB (heap: $sizing)"
fi
if [ -s "$work/gc.log" ] && [ -s "$work/cases.tsv" ]; then
  # "[2026-12-03T13:40:01.123+0000] GC(12) Pause Young (Allocation Failure) 200M->50M(340M) 12.345ms"
  echo "collector pauses during each case (count, total and longest ms; full: old-generation collections among them):"
  awk -F'\t' '
    NR == FNR { if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }; k[++m] = $1; from[m] = $2; to[m] = $3; next }
    /Pause/ {
      t = substr($0, 2, 23); ms = $NF; sub(/ms$/, "", ms); ms += 0
      for (i = 1; i <= m; i++) if (t >= from[i] && t <= to[i]) {
        c = k[i]; count[c]++; total[c] += ms; if (ms > longest[c]) longest[c] = ms; if ($0 ~ /Pause Full/) full[c]++
      }
    }
    END {
      for (i = 1; i <= n; i++) { c = order[i]
        printf "  %-36s %4d pauses %8.1f ms, longest %7.1f ms, full %d\n", c, count[c], total[c], longest[c], full[c] }
    }' "$work/cases.tsv" FS=' ' "$work/gc.log"
fi
echo "audit chains intact: $(curl -s -u auditor:demo "$api/audit/verification" | grep -o '"intact":[a-z]*' | head -1 | cut -d: -f2)"
