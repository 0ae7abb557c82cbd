#!/bin/sh
# Builds kontor-bench-bulk in Release and runs it. Arguments go to the benchmark, e.g.
#   bench/run-bulk-bench.sh --contacts 50000 --selected 5000
#   bench/run-bulk-bench.sh --db /var/tmp/kontor-bench-bulk/1m.sqlite     (1M contacts, 100k selected)
# Default: 1,000,000 contacts, 100,000 selected (every 10th by id), in a temporary folder. Generating 1M contacts
# through the write path takes about 8 minutes; with --db PATH the generated database is kept there as a template
# (generated on the first run, copied on later runs, never changed), so only the first run pays for it.
# Steps, each a real job through BulkService / JobService / ContactService, then the raw-SQL baseline on the same
# rows: tag add, undo of the tag job, delete to the trash, restore by undoing the delete job, delete again,
# restore with ContactService::restore. Prints seconds, contacts/s, the ratio to raw SQL and the peak RSS.
# Figures: bench/README.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${KONTOR_BENCH_BUILD:-$root/build-bench}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKONTOR_BUILD_TESTS=OFF
cmake --build "$build" --target kontor-bench-bulk -- -j2
exec "$build/bench/kontor-bench-bulk" "$@"
