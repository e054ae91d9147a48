#!/usr/bin/env bash
# The one test command (README, .ci/run): starts what the tests need, runs every test, cleans up.
#   - a throwaway PostgreSQL on a free loopback port (Tests/Scripts/postgres.sh)
#   - a Python venv with openai-chatkit 1.6.5, the conformance oracle (Tests/Scripts/oracle-venv.sh)
# External services are required here: a test that needs one fails instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."

cleanup() { Tests/Scripts/postgres.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

export PROFESSOR_LOCK_REQUIRE_EXTERNAL=1
export PROFESSOR_LOCK_TEST_DATABASE_URL="$(Tests/Scripts/postgres.sh start)"
export CHATKIT_ORACLE_PYTHON="$(Tests/Scripts/oracle-venv.sh)"

echo "PostgreSQL: $PROFESSOR_LOCK_TEST_DATABASE_URL"
echo "Oracle:     $CHATKIT_ORACLE_PYTHON"

swift build --build-tests
swift test --skip-build "$@"
