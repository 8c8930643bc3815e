#!/usr/bin/env bash
# Builds and runs the benchmarks: the lazy models against a load-everything client on a
# generated sandbox (100,000 secrets in 2,000 folders, 20 ms per request). Not part of ctest.
# Extra arguments go to scanvault-bench (e.g. --latency-ms 50, --bounds 1,2,4,8).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SCANVAULT_BUILD:-$root/build}"
if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target scanvault-bench scanvault-sandbox
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false;*.info=false}"
exec "$build/bench/scanvault-bench" --json "$build/bench/bench-results.json" "$@"
