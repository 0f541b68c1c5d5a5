#!/usr/bin/env bash
# Runs PerfEval: the dashboard, the scheduled loader and the warehouse in one process, on http://127.0.0.1:5080.
# Data (warehouse, job store, inbox) lives in ./data unless PERFEVAL_DATA is set.
set -euo pipefail
cd "$(dirname "$0")"
source ./deps.sh
perfeval_ensure_deps
export PERFEVAL_DATA=${PERFEVAL_DATA:-$PWD/data}
exec dotnet run -c Release --project dashboard/PerfEval.Dashboard -- --urls "${PERFEVAL_URLS:-http://127.0.0.1:5080}" "$@"
