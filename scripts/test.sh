#!/usr/bin/env bash
# One command on a fresh machine: pinned toolchain, dependencies, a browser for the end-to-end
# tests, then every check: lint, typecheck, unit, integration, package, browser e2e, Workers smoke.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
if ! command -v "${CHROMIUM_PATH}" >/dev/null 2>&1; then
  echo "› installing Debian chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
fi
# A real PostgreSQL server for the API's storage suites (the test run starts and stops its own
# cluster in a temporary folder; under root it runs as the package's `postgres` user).
if ! command -v pg_ctl >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "› installing Debian postgresql for the storage tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
pnpm install --frozen-lockfile
# From here on nothing may need the network: the registry and proxies point at an address where
# nothing listens, so a test that reached out would fail here instead of passing by luck.
offline=(npm_config_registry=http://127.0.0.1:9/ npm_config_offline=true)
env "${offline[@]}" pnpm test
# The README's first command: start.sh serves, stops on SIGTERM/SIGINT, reports a busy port.
env "${offline[@]}" pnpm test:start
