#!/usr/bin/env bash
# Creates (once) the Python venv that runs the ChatKit conformance oracle and prints its python path.
#
# The oracle is the reference implementation itself: openai-chatkit 1.6.5, pinned together with the
# exact versions the protocol reference was verified against (chatkit-protocol.md, "Sources and versions").
# The venv is cached under .build/oracle-venv and rebuilt only when the pins below change.
# Only the python path goes to stdout; everything else goes to stderr, so callers can do
#   export CHATKIT_ORACLE_PYTHON="$(Tests/Scripts/oracle-venv.sh)"
set -euo pipefail
cd "$(dirname "$0")/../.."

PINS=(
    "openai-chatkit==1.6.5"
    "openai-agents==0.24.0"
    "openai==3.57.0"
    "pydantic==2.14.4"
)
VENV=".build/oracle-venv"
STAMP="$VENV/.pins"
WANTED="$(printf '%s\n' "${PINS[@]}")"

find_python() {
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 \
            && "$candidate" -c 'import sys; sys.exit(0 if sys.version_info[:2] >= (3, 10) else 1)' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    echo "oracle-venv: no python3 >= 3.10 found (3.11 preferred)" >&2
    return 1
}

if [[ ! -x "$VENV/bin/python" || ! -f "$STAMP" || "$(cat "$STAMP")" != "$WANTED" ]]; then
    PYTHON="$(find_python)"
    rm -rf "$VENV"
    mkdir -p .build
    "$PYTHON" -m venv "$VENV" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PINS[@]}" >&2
    "$VENV/bin/python" -c 'import chatkit.types, chatkit.widgets' >&2
    printf '%s' "$WANTED" > "$STAMP"
fi

echo "$(cd "$VENV/bin" && pwd)/python"
