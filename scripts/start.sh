#!/usr/bin/env bash
# One command on a fresh machine: pinned toolchain, dependencies, build, then the API + admin
# on http://127.0.0.1:${PORT:-8787} with an embedded SQLite file (./data/ctip.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
pnpm install --frozen-lockfile
exec pnpm start
