#!/usr/bin/env bash
# Benchmark, not a test: puts 100 000 synthetic complaints (case prefix BENCH) into a PostgreSQL database the
# application has migrated, then times the complaint list, its filters, an inbox, deep paging and the
# statistics over HTTP, as the UI and API meet them. Prints figures; asserts nothing. BENCH rows are
# removed at the end (keep them with BENCH_KEEP=1).
#
#   mvn -B install -Prun,postgresql -DskipTests &      # the application on PostgreSQL (README)
#   config/src/main/benchmark/complaint-list.sh
#
# Settings: BENCH_PSQL (psql connection arguments), BENCH_URL (API base), BENCH_USER, BENCH_COMPLAINTS, BENCH_RUNS.
set -euo pipefail
PSQL_ARGS=${BENCH_PSQL:-"-h 127.0.0.1 -U valvonta -d valvonta"}
BASE=${BENCH_URL:-http://localhost:8080/valvonta/api/v1}
USER_PASS=${BENCH_USER:-tarkastaja:demo}
N=${BENCH_COMPLAINTS:-100000}
RUNS=${BENCH_RUNS:-7}
FIRST_ID=900000000
export PGPASSWORD=${PGPASSWORD:-valvonta}

sql() { psql $PSQL_ARGS -v ON_ERROR_STOP=1 -q "$@"; }

cleanup() {
  sql -c "DELETE FROM complaint_theme WHERE complaint_id >= $FIRST_ID; DELETE FROM complaint WHERE id >= $FIRST_ID;"
}
cleanup

start=$(date +%s.%N)
sql <<SQL
INSERT INTO complaint (id, version, case_prefix, case_serial, case_year, received_date, registered_at, registered_by,
    channel, anonymous, complainant_name, complainant_language, complainant_key, power_of_attorney, entity_id,
    pilot_area_id, conduct_from, description, te_office_matter, proceedings_language, sami_applies, state,
    state_changed_at, assignee, processing_target, next_deadline, overdue, outcome, decided_by, decided_at, resolved_on)
SELECT $FIRST_ID + g, 0, 'BENCH', g, 2021 + g % 6, r.received, r.received::timestamptz, 'kirjaamo',
    'EMAIL', FALSE, 'BENCH kantelija ' || g, 'FI', 'bench' || (g % 20000) || '@example.fi', FALSE, e.id,
    e.pilot_area_id, r.received - 30, 'BENCH: synthetic complaint for the list benchmark', FALSE, 'FI', FALSE, s.state,
    now(), CASE WHEN g % 3 = 0 THEN NULL ELSE (ARRAY['tarkastaja','tarkastaja2'])[1 + g % 2] END,
    (r.received + INTERVAL '8 months')::date,
    CASE WHEN s.closed THEN NULL ELSE (r.received + INTERVAL '8 months')::date END,
    NOT s.closed AND (r.received + INTERVAL '8 months')::date < CURRENT_DATE,
    CASE WHEN s.closed THEN 'OPINION' END, CASE WHEN s.closed THEN 'ratkaisija' END,
    CASE WHEN s.closed THEN (r.received + 120)::timestamptz END, CASE WHEN s.closed THEN r.received + 120 END
FROM generate_series(1, $N) g
JOIN (SELECT id, pilot_area_id, row_number() OVER (ORDER BY id) - 1 AS rn FROM supervised_entity WHERE kind = 'MUNICIPALITY') e
  ON e.rn = g % 118
CROSS JOIN LATERAL (SELECT DATE '2021-03-01' + (g % 2000) AS received) r
CROSS JOIN LATERAL (SELECT st AS state, st IN ('DECIDED', 'SERVED', 'CLOSED') AS closed
                    FROM (SELECT (ARRAY['REGISTERED','PRELIMINARY_ASSESSMENT','STATEMENT_REQUESTED','REPLY_REQUESTED',
                                        'IN_PREPARATION','PROPOSED','DECIDED','SERVED','CLOSED','CLOSED'])[1 + g % 10] AS st) x) s;
INSERT INTO complaint_theme (complaint_id, theme)
SELECT $FIRST_ID + g, (ARRAY['DATA_PROTECTION','EQUAL_TREATMENT','LANGUAGE_RIGHTS','SERVICE_AVAILABILITY','BENEFITS','OTHER'])[1 + g % 6]
FROM generate_series(1, $N) g;
ANALYZE complaint;
ANALYZE complaint_theme;
SQL
printf 'ComplaintListBenchmark: %s complaints inserted in %.1f s; %s in all\n' "$N" \
  "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')" "$(sql -tAc 'SELECT COUNT(*) FROM complaint')"

time_it() {  # label, path: median and max of $RUNS requests, after one warm-up
  local label=$1 path=$2 times=()
  curl -sf -u "$USER_PASS" -o /dev/null "$BASE$path"
  for _ in $(seq "$RUNS"); do
    times+=("$(curl -sf -u "$USER_PASS" -o /dev/null -w '%{time_total}' "$BASE$path")")
  done
  printf '  %-44s median %6.0f ms   max %6.0f ms\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}')" \
    "$(printf '%s\n' "${times[@]}" | sort -n | tail -1 | awk '{print $1 * 1000}')"
}
echo "HTTP, $RUNS requests each (HTTP Basic with bcrypt included), $(nproc) CPUs:"
time_it "first page, newest first"              "/complaints?max=50"
time_it "filter: state IN_PREPARATION"          "/complaints?state=IN_PREPARATION&max=50"
time_it "filter: pilot area 3"                  "/complaints?area=3&max=50"
time_it "filter: theme LANGUAGE_RIGHTS"         "/complaints?theme=LANGUAGE_RIGHTS&max=50"
time_it "inbox: overdue"                        "/complaints?inbox=OVERDUE&max=50"
time_it "inbox: mine (tarkastaja)"              "/complaints?inbox=MINE&max=50"
time_it "sort by deadline, page 100"            "/complaints?sort=DEADLINE&first=5000&max=50"
time_it "statistics (counts, median time)"      "/statistics/complaints"
time_it "baseline: GET /me (auth only)"         "/me"

[ "${BENCH_KEEP:-0}" = 1 ] || cleanup
