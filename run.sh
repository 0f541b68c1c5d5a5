#!/usr/bin/env bash
# Runs PerfEval: the dashboard, the scheduled loader and the warehouse in one process, on http://127.0.0.1:5080.
# Data (warehouse, job store, inbox, users.db) lives in ./data unless PERFEVAL_DATA is set.
# Sign-in is required. With no user yet, PERFEVAL_ADMIN_PASSWORD=… ./run.sh creates the first 管理员 (name
# PERFEVAL_ADMIN_USER, default admin); otherwise create one with `perfeval user add` (printed below).
set -euo pipefail
cd "$(dirname "$0")"
source ./deps.sh
perfeval_ensure_deps
export PERFEVAL_DATA=${PERFEVAL_DATA:-$PWD/data}
if [[ ! -s "$PERFEVAL_DATA/users.db" && -z "${PERFEVAL_ADMIN_PASSWORD:-}" ]]; then
    if [[ -t 0 ]]; then
        # First start at a terminal: ask for the first 管理员's password rather than invent one.
        read -r -s -p "No dashboard user yet. Choose a password (8+ characters) for the 管理员 '${PERFEVAL_ADMIN_USER:-admin}': " PERFEVAL_ADMIN_PASSWORD
        echo >&2
        export PERFEVAL_ADMIN_PASSWORD
    else
        echo "No dashboard user yet. Either start with PERFEVAL_ADMIN_PASSWORD=<password> ./run.sh (creates user 'admin'), or run:" >&2
        echo "  dotnet run --project loader/PerfEval.Loader -- user add <name> --role 管理员 --data \"$PERFEVAL_DATA\"" >&2
    fi
fi
exec dotnet run -c Release --project dashboard/PerfEval.Dashboard -- --urls "${PERFEVAL_URLS:-http://127.0.0.1:5080}" "$@"
