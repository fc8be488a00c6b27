#!/usr/bin/env bash
# The bad-input fuzz of every API endpoint (BadInputFuzzIT) with more rounds of random mutations than the
# suite's one (a benchmark, not a test): every answer must be below 500 and free of stack traces.
#
#   config/src/main/benchmark/fuzz.sh [ROUNDS]      # default 20; the same fixed seed, so a run repeats
#
# Runs on the server an earlier build provisioned (config/target/wildfly); pass -D… options after ROUNDS.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
rounds=${1:-20}
shift || true
mvn -B verify -Dskip.provision=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=BadInputFuzzIT -Dfuzz.rounds="$rounds" "$@"
