#!/usr/bin/env bash
# One command on a fresh machine: pinned toolchain, dependencies, build, then the API + admin
# on http://127.0.0.1:${PORT:-8787} with an embedded SQLite file (./data/ctip.sqlite).
# The server replaces this script's process (exec): Ctrl-C or `kill <pid>` stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
echo "› installing dependencies (pnpm install)"
pnpm install --frozen-lockfile
echo "› building the library, its reference (/docs/library), the API and the admin app (about 2 minutes the first time, seconds after)"
pnpm exec turbo run build docs:api --filter=@ctip-vn/api --filter=@ctip-vn/admin --filter=@ctip-vn/domain --output-logs=new-only --log-prefix=task
echo "› starting the server"
exec node apps/api/dist/node.js
