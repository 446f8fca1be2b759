#!/usr/bin/env bash
# npm run bench:peers — the bench workload on Emmett's SQLite store, installed in this folder only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

# The workload and the raw baseline come from the project's compiled bench, so both runs measure the same thing.
(cd "$root" && npm run build --silent)
if [ ! -d "$here/node_modules/@event-driven-io/emmett-sqlite" ]; then
  # sqlite3 has no prebuilt binary reachable here and builds from source: a few minutes, once.
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error)
fi
node "$here/emmett.bench.mjs"
