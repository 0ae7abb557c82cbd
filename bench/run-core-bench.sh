#!/bin/sh
# Builds kontor-bench-core in Release and runs it. Arguments go to the benchmark, e.g.
#   bench/run-core-bench.sh --contacts 20000
# Default: 1,000,000 contacts in a temporary folder. On the 2-core development machine a 1M run takes about
# 10 minutes: 8 for the write path (~2,100 rows/s), 0.5 for the raw baseline, 1.2 for walking 10,000 pages.
# To measure the reads again without writing a million rows, keep the files and reuse them:
#   bench/run-core-bench.sh --contacts 1000000 --dir /var/tmp/kontor-bench            (first run, writes)
#   bench/run-core-bench.sh --contacts 1000000 --dir /var/tmp/kontor-bench --reuse    (later runs, reads only)
# The list part (ListBench.cpp) adds a custom field "Branche" filled by one SQL statement on the first run.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${KONTOR_BENCH_BUILD:-$root/build-bench}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKONTOR_BUILD_TESTS=OFF
cmake --build "$build" --target kontor-bench-core -- -j2
exec "$build/bench/kontor-bench-core" "$@"
