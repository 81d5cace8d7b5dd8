# Environment shared by every make target: the project's venv, bun from the npm registry,
# and Reflex kept off the network. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "$(uname -m)" in
  x86_64|amd64) BUN_PKG="@oven/bun-linux-x64" ;;
  aarch64|arm64) BUN_PKG="@oven/bun-linux-aarch64" ;;
  *) echo "Unsupported CPU $(uname -m) for bun" >&2; BUN_PKG="@oven/bun-linux-x64" ;;
esac
export BUN_PKG BUN_VERSION=1.4.4
export PATH="$ROOT/.tools/node_modules/$BUN_PKG/bin:$ROOT/.venv/bin:$PATH"
export REFLEX_USE_SYSTEM_BUN=1
export REFLEX_TELEMETRY_ENABLED=false
export REFLEX_CHECK_LATEST_VERSION=0
export REFLEX_HTTP_CLIENT_BIND_ADDRESS=0.0.0.0
export NPM_CONFIG_REGISTRY="${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org}"
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
