#!/usr/bin/env bash
# Install Rollcall and serve it on the embedded default: SQLite in ./var, the demo school,
# no credentials. Open http://127.0.0.1:8000/ afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/rollcall serve "$@"
