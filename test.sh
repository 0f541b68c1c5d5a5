#!/usr/bin/env bash
# Runs every PerfEval test: unit, golden, integration (real DuckDB, SQLite, PostgreSQL) and browser tests.
set -euo pipefail
cd "$(dirname "$0")"
source ./deps.sh
perfeval_ensure_deps

log=$(mktemp)
status=0
dotnet test PerfEval.sln -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log" || status=$?

# One closing line over all test assemblies, so a reader (or CI) sees the totals at once.
passed=$( (grep -oE 'Passed: +[0-9]+' "$log" || true) | awk '{s+=$2} END {print s+0}')
failed=$( (grep -oE 'Failed: +[0-9]+' "$log" || true) | awk '{s+=$2} END {print s+0}')
skipped=$( (grep -oE 'Skipped: +[0-9]+' "$log" || true) | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
