#!/bin/sh
# Builds kontor-bench-reminders in Release and runs it. Arguments go to the benchmark, e.g.
#   bench/run-reminder-bench.sh --contacts 100000
#   bench/run-reminder-bench.sh --db /var/tmp/kontor-bench-reminders/1m.sqlite --plans
# Default: 1,000,000 contacts and 100,000 tasks in a temporary folder. Generating them through the write path
# takes about as long as for kontor-bench-bulk (8+ minutes for 1M); with --db PATH the database is kept there and
# reused as it is by later runs (the benchmark only reads).
# Reads, each against hand-written SQL of the same answer, over 30 days or contacts: ReminderService::between
# for one day (all users, one user), nextFireTime, pending after 30 days away, and TaskService::list for one
# assignee's open tasks, the overdue ones and one contact's. Prints p50/p95, the ratio, statements per call, the
# peak RSS and the full scans in the services' query plans (--plans: all plans). Figures: bench/README.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${KONTOR_BENCH_BUILD:-$root/build-bench-reminders}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKONTOR_BUILD_TESTS=OFF
cmake --build "$build" --target kontor-bench-reminders -- -j2
exec "$build/bench/kontor-bench-reminders" "$@"
