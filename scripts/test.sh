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
pnpm install --frozen-lockfile
pnpm test
