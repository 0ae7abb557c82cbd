#!/bin/sh
# Builds kontor-bench-core in Release and runs it. Arguments go to the benchmark, e.g.
#   bench/run-core-bench.sh --contacts 20000
# Default: 1,000,000 contacts in a temporary folder. On the 2-core development machine a 1M run takes about
# 10 minutes: 8 for the write path (~2,100 rows/s), 0.5 for the raw baseline, 1.2 for walking 10,000 pages.
# To measure the reads again without writing a million rows, keep the files and reuse them:
#   bench/run-core-bench.sh --contacts 1000000 --dir /var/tmp/kontor-bench            (first run, writes)
#   bench/run-core-bench.sh --contacts 1000000 --dir /var/tmp/kontor-bench --reuse    (later runs, reads only)
# The list part (ListBench.cpp) adds a custom field "Branche" filled by one SQL statement on the first run.
# 1M figures (2026-11-23, p50, Kontor vs hand-written SQL in the same run): three-condition filter count 189 ms
# vs 462 ms and first 50 rows 209 ms vs 430 ms; page 9,999 by -created 6.3 ms vs 0.55 ms; page 9,999 by a custom
# field 2.9 ms vs 0.28 ms; the last page of a custom-field sort 1.3 s vs 0.6 ms (the walk past the rows without a
# value is a scan of all contacts, ContactListRepository::list).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${KONTOR_BENCH_BUILD:-$root/build-bench}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKONTOR_BUILD_TESTS=OFF
cmake --build "$build" --target kontor-bench-core -- -j2
exec "$build/bench/kontor-bench-core" "$@"
