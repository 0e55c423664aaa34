#!/usr/bin/env bash
# Install everything the tests need, then lint and run the whole suite on SQLite and on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
export ROLLCALL_DEMO_MODE=true
.venv/bin/ruff check .
echo "== test suite on SQLite"
.venv/bin/pytest -q -p no:cacheprovider "$@"
echo "== test suite on PostgreSQL"
ROLLCALL_TEST_DATABASE_URL="${ROLLCALL_TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test}" \
  .venv/bin/pytest -q -p no:cacheprovider "$@"
